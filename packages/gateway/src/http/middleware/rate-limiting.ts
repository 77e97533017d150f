import type { Middleware } from 'koa';
import { ApiError, problem } from '@gongkai/spec';
import type { ApiKeyConfig } from '../../config/config';
import { handedOver } from '../../fast-path/hand-off';
import { quotaOf } from '../../rate-limit/quotas';
import type { RateLimiter } from '../../rate-limit/rate-limiter';
import { rateLimitHeaders } from '../../rate-limit/rate-limit-fields';
import type { GatewayState } from './request-context';

/**
 * Counts every `/v1` request — and the contract and reference (`/openapi.json`, `/docs`), large
 * answers anyone could ask for in a loop — against a quota — the API key's when one is presented, otherwise the
 * client IP's anonymous one; POSTs against the stricter write quota — and announces it in the
 * `RateLimit-Policy` and `RateLimit` fields of every answer. Over the quota: 429 with
 * `Retry-After` and a problem body.
 */
export function rateLimiting(
  limiter: RateLimiter,
  apiKeys: readonly ApiKeyConfig[],
  /** Trusted proxies in front (`trustedProxyHops`), 0 for none. */
  proxyHops: number,
  onLimited?: (policy: string) => void,
): Middleware<GatewayState> {
  return async (ctx, next) => {
    if (!isCounted(ctx.path) || ctx.method === 'OPTIONS') return next();
    const quota = quotaOf(ctx.req, apiKeys, proxyHops);
    if (!quota) {
      throw new ApiError(
        problem('unauthorized', 401, {
          title: 'Unknown API key',
          detail: 'The X-Api-Key header does not match a key of this gateway; leave it out to read anonymously.',
        }),
      );
    }
    ctx.state.rateLimitPolicy = quota.policy;
    // The fast path may have counted the request already: it hands its decision over.
    const decision = handedOver(ctx.req)?.quota ?? (await limiter.consume(quota.policy, quota.subject));
    const headers = rateLimitHeaders(decision);
    ctx.set(headers);
    if (!decision.allowed) {
      onLimited?.(quota.policy);
      const window = `${decision.limit} requests per ${decision.windowSeconds} seconds`;
      throw new ApiError(
        problem('rate-limited', 429, {
          detail: `The ${quota.policy} quota of ${window} is used up; retry in ${headers['Retry-After']} seconds${quota.keyed ? '' : ' or use an API key'}.`,
        }),
        { 'Retry-After': headers['Retry-After'] ?? '1' },
      );
    }
    await next();
  };
}

/** The paths that count against a quota: the API, its contract and its reference. */
function isCounted(path: string): boolean {
  return path.startsWith('/v1/') || path === '/openapi.json' || path === '/docs' || path.startsWith('/docs/');
}
