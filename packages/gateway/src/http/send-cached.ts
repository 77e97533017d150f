import type { Context } from 'koa';
import { ifNoneMatchHits } from '@gongkai/spec/etag';
import type { CachedResponse } from '../cache/cached-response';
import type { CacheResult } from '../cache/response-cache';
import { strongEtag } from '../cache/strong-etag';
import type { GatewayContext } from '../gateway-context';
import { cacheControlOf } from '../cache/cache-control';
import { UNCACHEABLE_HEADER } from '../cache/uncacheable';

/**
 * Sends a response the cache produced: the stored bytes as they are (no JSON work on a hit), its
 * strong ETag, a 304 when `If-None-Match` matches, and Cache-Control from the cache policy.
 */
export function sendCached(
  ctx: Context,
  gateway: GatewayContext,
  result: CacheResult | { response: CachedResponse; outcome: 'uncached' },
  cacheKey?: string,
): void {
  const { response } = result;
  gateway.metrics.cache.inc({ result: result.outcome });
  const uncacheable = response.headers?.[UNCACHEABLE_HEADER] === 'true';
  for (const [name, value] of Object.entries(response.headers ?? {})) {
    if (name !== UNCACHEABLE_HEADER) ctx.set(name, value);
  }
  ctx.set('ETag', response.etag);
  if (uncacheable || result.outcome === 'uncached') {
    ctx.set('Cache-Control', 'no-store');
  } else {
    const cacheControl = cacheControlOf(gateway.config.cache);
    ctx.set('Cache-Control', cacheControl);
    // Repeats of this exact request can now be answered before Koa (see fast-path.ts).
    if (cacheKey && ctx.state['operationId'] && gateway.config.cache.ttlMs > 0)
      gateway.answered.remember(ctx.req, { cacheKey, operationId: String(ctx.state['operationId']), cacheControl });
  }
  if ('ageMs' in result && result.ageMs > 0 && Number.isFinite(result.ageMs)) ctx.set('Age', String(Math.floor(result.ageMs / 1000)));
  ctx.status = response.status;
  if (response.status === 200 && ifNoneMatchHits(ctx.get('if-none-match'), response.etag)) {
    ctx.status = 304;
    ctx.body = null;
    return;
  }
  ctx.type = response.contentType;
  ctx.body = response.body;
}

/**
 * Sends JSON computed for this request alone (not cached): its strong ETag, and a 304 when
 * `If-None-Match` still matches, so pollers of live answers (health, feeds) save the bytes.
 */
export function sendJson(ctx: Context, value: unknown, cacheControl: string): void {
  const body = Buffer.from(JSON.stringify(value));
  const etag = strongEtag(body);
  ctx.set('ETag', etag);
  ctx.set('Cache-Control', cacheControl);
  if (ifNoneMatchHits(ctx.get('if-none-match'), etag)) {
    ctx.status = 304;
    return;
  }
  ctx.type = 'application/json; charset=utf-8';
  ctx.body = body;
}
