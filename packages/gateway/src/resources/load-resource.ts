import type { Operation, ParameterValues } from '@gongkai/spec';
import { cachedResponseOf, type CachedResponse, type LoadedResponse } from '../cache/cached-response';
import type { CacheResult } from '../cache/response-cache';
import { strongEtag } from '../cache/strong-etag';
import type { DepartmentClient, DepartmentResponse } from '../departments/department-client';
import { toQueryString } from '../departments/department-query';
import type { GatewayContext } from '../gateway-context';
import { upstreamProblem } from '../departments/upstream-problem';
import { UpstreamError } from '../departments/upstream-error';
import { problemHeaders, withRequestId } from '../departments/department-problem';
import { UNCACHEABLE_HEADER } from '../cache/uncacheable';
import { fillPath } from './path-template';

const offeredByOperation = new WeakMap<Operation, readonly string[]>();

/** The media types an operation's 200 answer offers, JSON first (worked out once per operation). */
export function offeredTypes(operation: Operation): readonly string[] {
  let offered = offeredByOperation.get(operation);
  if (!offered) {
    const ok = operation.object.responses['200'] as { content?: Record<string, unknown> } | undefined;
    const types = Object.keys(ok?.content ?? { 'application/json': {} });
    offered = Object.freeze(['application/json', ...types.filter((type) => type !== 'application/json')]);
    offeredByOperation.set(operation, offered);
  }
  return offered;
}

/** Text and JSON are sent as UTF-8; say so, as Koa does for the answers it types itself. */
function withCharset(type: string): string {
  return /charset=/i.test(type) || !/^(text\/|application\/json)/i.test(type) ? type : `${type}; charset=utf-8`;
}

export interface ResourceRequest {
  /** The negotiated media type, one of `offeredTypes(operation)`. */
  readonly accept: string;
  /** The client's credential (tracking a disclosure request); such reads are never cached. */
  readonly authorization?: string;
  readonly requestId: string;
}

export type LoadedResource =
  | { readonly result: CacheResult; readonly cacheKey: string }
  | { readonly result: { readonly response: CachedResponse; readonly outcome: 'uncached' }; readonly cacheKey?: undefined };

/**
 * A single resource from the department that owns it, in the representation asked for. Anonymous
 * reads go through the cache and are revalidated with the department's own ETag; a read carrying
 * credentials is never cached. A department failure is an `ApiError` (502/503/504).
 */
export async function loadResource(
  gateway: GatewayContext,
  operation: Operation,
  owner: DepartmentClient,
  params: ParameterValues,
  request: ResourceRequest,
): Promise<LoadedResource> {
  const path = fillPath(operation.path, params.path);
  const query = toQueryString(params.query);
  const call = async (previous: CachedResponse | undefined): Promise<LoadedResponse> => {
    const headers: Record<string, string> = { accept: request.accept, 'x-request-id': request.requestId };
    if (request.authorization) headers['authorization'] = request.authorization;
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
      return {
        status: previous.status,
        contentType: previous.contentType,
        body: previous.body,
        etag: previous.etag,
        ...(previous.headers ? { headers: previous.headers } : {}),
        ...(previous.upstreamEtags ? { upstreamEtags: previous.upstreamEtags } : {}),
      };
    }
    const contentType = withCharset(response.headers['content-type'] ?? 'application/json');
    if (response.status >= 400) {
      // A refusal (401 with its WWW-Authenticate, 404, …) is this request's answer: passed on with
      // its headers and this request's id, and never stored, so a later client gets its own.
      return {
        status: response.status,
        contentType,
        body: withRequestId(response.body, request.requestId),
        headers: { ...problemHeaders(response.headers), [UNCACHEABLE_HEADER]: 'true' },
      };
    }
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

  if (request.authorization) {
    const loaded = await call(undefined);
    return { result: { response: cachedResponseOf(loaded, loaded.etag ?? strongEtag(loaded.body), Date.now()), outcome: 'uncached' } };
  }
  const cacheKey = `resource:${operation.operationId}:${request.accept}:${path}?${query.toString()}`;
  return { result: await gateway.cache.get(cacheKey, call), cacheKey };
}
