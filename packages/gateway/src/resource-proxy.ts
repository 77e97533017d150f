import type { Context } from 'koa';
import { ApiError, problem, type Operation, type ParameterValues } from '@gongkai/spec';
import { strongEtag, type CachedResponse, type LoadedResponse } from './cache';
import type { DepartmentClient, DepartmentResponse } from './department-client';
import { toQueryString } from './department-query';
import type { GatewayContext } from './gateway-context';
import { sendCached } from './send-cached';
import { UpstreamError } from './upstream-error';

/** Fills a contract path template with validated, encoded path values. */
export function fillPath(template: string, values: Readonly<Record<string, unknown>>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(values[name])));
}

/** The media types an operation's 200 answer offers, JSON first. */
function offeredTypes(operation: Operation): string[] {
  const ok = operation.object.responses['200'] as { content?: Record<string, unknown> } | undefined;
  const types = Object.keys(ok?.content ?? { 'application/json': {} });
  return ['application/json', ...types.filter((type) => type !== 'application/json')];
}

/** Turns a department failure into the problem the client gets for a single resource (502/503/504). */
export function upstreamProblem(error: UpstreamError): ApiError {
  const kind = error.status === 504 ? 'upstream-timeout' : error.status === 503 ? 'unavailable' : 'upstream-failed';
  const headers: Record<string, string> = error.retryAfterSeconds ? { 'Retry-After': String(error.retryAfterSeconds) } : {};
  return new ApiError(problem(kind, error.status, { detail: `${error.department} ${error.detail}.`, department: error.department }), headers);
}

/**
 * A single resource, routed by the department prefix of its id (or the department named), with
 * the representation the client asked for among those the contract offers. Anonymous reads go
 * through the cache and are revalidated with the department's own ETag; a request carrying
 * credentials (tracking a disclosure request) is never cached.
 */
export async function proxyResource(ctx: Context, gateway: GatewayContext, operation: Operation, owner: DepartmentClient, params: ParameterValues): Promise<void> {
  const offered = offeredTypes(operation);
  const accept = (ctx.accepts(offered) || 'application/json') as string;
  const path = fillPath(operation.path, params.path);
  const query = toQueryString(params.query);
  const authorization = ctx.get('authorization');
  const call = async (previous: CachedResponse | undefined): Promise<LoadedResponse> => {
    const headers: Record<string, string> = { accept, 'x-request-id': String(ctx.state['requestId'] ?? '') };
    if (authorization) headers['authorization'] = authorization;
    const previousEtag = previous?.upstreamEtags?.[owner.id];
    if (previousEtag) headers['if-none-match'] = previousEtag;
    let response: DepartmentResponse;
    try {
      response = await owner.request({ method: 'GET', path, query, headers });
    } catch (error) {
      if (error instanceof UpstreamError) throw upstreamProblem(error);
      throw error;
    }
    if (response.status === 304 && previous) {
      // The department confirmed our copy: keep the bytes, restart its freshness.
      return { status: previous.status, contentType: previous.contentType, body: previous.body, etag: previous.etag, ...(previous.headers ? { headers: previous.headers } : {}), ...(previous.upstreamEtags ? { upstreamEtags: previous.upstreamEtags } : {}) };
    }
    const contentType = response.headers['content-type'] ?? 'application/json';
    const upstreamEtag = response.headers['etag'];
    return {
      status: response.status,
      contentType,
      body: response.body,
      // The same bytes as the department's: its strong ETag is ours too, no need to hash again.
      ...(upstreamEtag && !upstreamEtag.startsWith('W/') ? { etag: upstreamEtag } : {}),
      headers: { Vary: 'Accept' },
      ...(upstreamEtag ? { upstreamEtags: { [owner.id]: upstreamEtag } } : {}),
    };
  };

  if (authorization) {
    const loaded = await call(undefined);
    sendCached(ctx, gateway, { response: { ...loaded, etag: strongEtag(loaded.body), storedAt: Date.now() }, outcome: 'uncached' });
    ctx.set('Cache-Control', 'private, no-store');
    return;
  }
  const key = `resource:${operation.operationId}:${accept}:${path}?${query.toString()}`;
  sendCached(ctx, gateway, await gateway.cache.get(key, call), key);
}
