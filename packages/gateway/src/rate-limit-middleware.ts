import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Middleware } from 'koa';
import { ApiError, problem } from '@gongkai/spec';
import type { ApiKeyConfig, GatewayConfig } from './config';
import type { RateLimitDecision, RateLimiter, RateLimitPolicies } from './rate-limit';
import { clientIp } from './client-ip';
import { rateLimitHeaders } from './rate-limit-fields';
import type { GatewayState } from './request-context';

export const ANONYMOUS_READ = 'anonymous-read';
export const ANONYMOUS_WRITE = 'anonymous-write';

/** The named quotas of a configuration: anonymous reads and writes, and each API key's own. */
export function policiesOf(config: GatewayConfig): RateLimitPolicies {
  const { anonymousRead, anonymousWrite, apiKeys } = config.rateLimits;
  const policies: Record<string, { points: number; duration: number }> = {
    [ANONYMOUS_READ]: { points: anonymousRead.points, duration: anonymousRead.durationSeconds },
    [ANONYMOUS_WRITE]: { points: anonymousWrite.points, duration: anonymousWrite.durationSeconds },
  };
  for (const key of apiKeys) {
    policies[`key-${key.id}-read`] = { points: key.read.points, duration: key.read.durationSeconds };
    policies[`key-${key.id}-write`] = { points: key.write.points, duration: key.write.durationSeconds };
  }
  return policies;
}

function findApiKey(keys: readonly ApiKeyConfig[], presented: string): ApiKeyConfig | undefined {
  const digest = createHash('sha256').update(presented).digest();
  return keys.find((key) => timingSafeEqual(Buffer.from(key.sha256, 'hex'), digest));
}

/** A decision already taken for this request (by the cached-answer fast path), so it is not counted twice. */
const TAKEN = Symbol('gongkai.rateLimitDecision');

export function rememberDecision(req: IncomingMessage, decision: RateLimitDecision): void {
  (req as IncomingMessage & { [TAKEN]?: RateLimitDecision })[TAKEN] = decision;
}

function takenDecision(req: IncomingMessage): RateLimitDecision | undefined {
  return (req as IncomingMessage & { [TAKEN]?: RateLimitDecision })[TAKEN];
}

/** The quota a request counts against, or `undefined` for a key the gateway does not know. */
export function quotaOf(
  req: IncomingMessage,
  apiKeys: readonly ApiKeyConfig[],
  trustProxy: boolean,
): { policy: string; subject: string; keyed: boolean } | undefined {
  const write = req.method === 'POST';
  const header = req.headers['x-api-key'];
  const presented = Array.isArray(header) ? header[0] : header;
  if (presented) {
    const key = findApiKey(apiKeys, presented);
    return key ? { policy: `key-${key.id}-${write ? 'write' : 'read'}`, subject: key.id, keyed: true } : undefined;
  }
  return { policy: write ? ANONYMOUS_WRITE : ANONYMOUS_READ, subject: clientIp(req, trustProxy), keyed: false };
}

/**
 * Counts every `/v1` request against a quota — the API key's when one is presented, otherwise the
 * client IP's anonymous one; POSTs against the stricter write quota — and announces it in the
 * `RateLimit-Policy` and `RateLimit` fields of every answer. Over the quota: 429 with
 * `Retry-After` and a problem body.
 */
export function rateLimiting(
  limiter: RateLimiter,
  apiKeys: readonly ApiKeyConfig[],
  trustProxy: boolean,
  onLimited?: (policy: string) => void,
): Middleware<GatewayState> {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/v1/') || ctx.method === 'OPTIONS') return next();
    const quota = quotaOf(ctx.req, apiKeys, trustProxy);
    if (!quota) {
      throw new ApiError(
        problem('unauthorized', 401, {
          title: 'Unknown API key',
          detail: 'The X-Api-Key header does not match a key of this gateway; leave it out to read anonymously.',
        }),
      );
    }
    ctx.state.rateLimitPolicy = quota.policy;
    const decision = takenDecision(ctx.req) ?? (await limiter.consume(quota.policy, quota.subject));
    const headers = rateLimitHeaders(decision);
    for (const [name, value] of Object.entries(headers)) ctx.set(name, value);
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
