import { ifNoneMatchHits } from '@gongkai/spec/etag';
import { cacheControlOf } from '../cache/cache-control';
import type { CachedResponse } from '../cache/cached-response';
import type { CacheResult } from '../cache/response-cache';
import { UNCACHEABLE_HEADER } from '../cache/uncacheable';
import type { GatewayConfig } from '../config/config';
import type { Answer } from './answer';

/** A response loaded for this request alone (a read with credentials): never stored. */
export interface UncachedResult {
  readonly response: CachedResponse;
  readonly outcome: 'uncached';
}

/** Outcomes that served a stored entry: the answer says how old it is (RFC 9111 §5.1). */
const FROM_STORE = new Set<string>(['fresh', 'stale', 'stale-if-error']);

/** Whether later repeats of the request may be answered from this entry (it is stored, and complete). */
export function isRememberable(result: CacheResult | UncachedResult): boolean {
  return result.outcome !== 'uncached' && result.response.headers?.[UNCACHEABLE_HEADER] !== 'true';
}

/**
 * The answer for a response the cache produced: the stored bytes as they are (no JSON work on a
 * hit), its strong ETag, `Age` when it came from the store, a `304` when `If-None-Match` matches,
 * and Cache-Control from the cache policy (`no-store` for what is not stored).
 */
export function cachedAnswer(
  result: CacheResult | UncachedResult,
  ifNoneMatch: string | undefined,
  policy: GatewayConfig['cache'],
): Answer {
  const { response } = result;
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(response.headers ?? {})) if (name !== UNCACHEABLE_HEADER) headers[name] = value;
  // A problem carries this request's id: no validator names it (see withRequestId).
  if (response.status < 400) headers['ETag'] = response.etag;
  headers['Cache-Control'] = isRememberable(result) ? cacheControlOf(policy) : 'no-store';
  // Another replica's clock may run a little ahead: an entry is never younger than zero.
  if (FROM_STORE.has(result.outcome) && 'ageMs' in result) headers['Age'] = String(Math.max(0, Math.floor(result.ageMs / 1000)));
  if (response.status === 200 && ifNoneMatchHits(ifNoneMatch, response.etag)) return { status: 304, headers };
  return { status: response.status, headers, body: { type: response.contentType, bytes: response.body } };
}
