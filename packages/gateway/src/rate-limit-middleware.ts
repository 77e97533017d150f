import { createHash, timingSafeEqual } from 'node:crypto';
import type { Middleware } from 'koa';
import { ApiError, problem } from '@gongkai/spec';
import type { ApiKeyConfig, GatewayConfig } from './config';
import type { RateLimiter, RateLimitPolicies } from './rate-limit';
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

/**
 * Counts every `/v1` request against a quota — the API key's when one is presented, otherwise the
 * client IP's anonymous one; POSTs against the stricter write quota — and announces it in the
 * `RateLimit-Policy` and `RateLimit` fields of every answer. Over the quota: 429 with
 * `Retry-After` and a problem body.
 */
export function rateLimiting(limiter: RateLimiter, apiKeys: readonly ApiKeyConfig[], onLimited?: (policy: string) => void): Middleware<GatewayState> {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/v1/') || ctx.method === 'OPTIONS') return next();
    const write = ctx.method === 'POST';
    const presented = ctx.get('x-api-key');
    let policy: string;
    let subject: string;
    if (presented) {
      const key = findApiKey(apiKeys, presented);
      if (!key) {
        throw new ApiError(problem('unauthorized', 401, { title: 'Unknown API key', detail: 'The X-Api-Key header does not match a key of this gateway; leave it out to read anonymously.' }));
      }
      policy = `key-${key.id}-${write ? 'write' : 'read'}`;
      subject = key.id;
    } else {
      policy = write ? ANONYMOUS_WRITE : ANONYMOUS_READ;
      subject = ctx.ip;
    }
    ctx.state.rateLimitPolicy = policy;
    const decision = await limiter.consume(policy, subject);
    const headers = rateLimitHeaders(decision);
    for (const [name, value] of Object.entries(headers)) ctx.set(name, value);
    if (!decision.allowed) {
      onLimited?.(policy);
      const quota = `${decision.limit} requests per ${decision.windowSeconds} seconds`;
      throw new ApiError(
        problem('rate-limited', 429, { detail: `The ${policy} quota of ${quota} is used up; retry in ${headers['Retry-After']} seconds${presented ? '' : ' or use an API key'}.` }),
        { 'Retry-After': headers['Retry-After'] ?? '1' },
      );
    }
    await next();
  };
}
