/**
 * Named quotas (anonymous reads per IP, anonymous writes, one per API key…) counted in memory
 * for a single gateway, or in Redis so that N replicas enforce one combined limit — counted in
 * batches, within the bound `batched-redis-counter.ts` states, not with a round trip per request.
 *
 * Redis is never allowed to fail a request: when it is down or slow, an in-memory insurance
 * limiter answers instead, so each replica keeps limiting on its own until Redis is back.
 */
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { BatchedRedisCounter, defaultBatch, type QuotaUse } from './batched-redis-counter';

export interface RateLimitPolicy {
  /** Requests (quota units) allowed per window. */
  readonly points: number;
  /** Window length in seconds. */
  readonly duration: number;
}

export type RateLimitPolicies = Readonly<Record<string, RateLimitPolicy>>;

export type RateLimitStore =
  | { readonly store: 'memory' }
  | {
      readonly store: 'redis';
      readonly redis: Redis;
      /** Prefixes every counter key, so several gateways (or test runs) can share one Redis. */
      readonly keyPrefix: string;
      /** How long to wait for Redis before answering from memory. Default 100 ms. */
      readonly timeoutMs?: number;
      /**
       * Gateway replicas sharing this Redis. While Redis is unreachable every replica limits
       * alone, so each allows points / replicas to keep the combined rate near the quota.
       */
      readonly replicas?: number;
    };

export interface RateLimitDecision {
  readonly allowed: boolean;
  readonly policy: string;
  /** The policy's quota per window. */
  readonly limit: number;
  readonly remaining: number;
  /** Seconds until the quota is restored; what `Retry-After` says on a 429. */
  readonly resetSeconds: number;
  readonly windowSeconds: number;
}

export interface RateLimiter {
  readonly policies: RateLimitPolicies;
  /** Counts `cost` units against `key` under the named policy. Never rejects for store failures. */
  consume(policyName: string, key: string, cost?: number): Promise<RateLimitDecision>;
}

export class UnknownPolicyError extends Error {
  override readonly name = 'UnknownPolicyError';

  constructor(readonly policy: string) {
    super(`No rate-limit policy named "${policy}".`);
  }
}

const DEFAULT_REDIS_TIMEOUT_MS = 100;

export function createRateLimiter(store: RateLimitStore, policies: RateLimitPolicies): RateLimiter {
  const limiters = new Map(Object.entries(policies).map(([name, policy]) => [name, { policy, limiter: limiterFor(store, name, policy) }]));
  return {
    policies,
    async consume(policyName, key, cost = 1) {
      const entry = limiters.get(policyName);
      if (!entry) throw new UnknownPolicyError(policyName);
      const { policy, limiter } = entry;
      try {
        return decisionOf(policyName, policy, await limiter(key, cost));
      } catch {
        // Only reachable if the insurance limiter itself failed: let the request through rather
        // than turn a counting problem into an outage of a public-information service.
        const { points, duration } = policy;
        return { allowed: true, policy: policyName, limit: points, remaining: points, resetSeconds: 0, windowSeconds: duration };
      }
    },
  };
}

/** What one policy's counter answers for one request. */
type QuotaCounter = (key: string, cost: number) => Promise<QuotaUse>;

function memoryCounter(limiter: RateLimiterMemory): QuotaCounter {
  return async (key, cost) => {
    try {
      const result = await limiter.consume(key, cost);
      return { allowed: true, remaining: result.remainingPoints, msBeforeNext: result.msBeforeNext };
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      return { allowed: false, remaining: rejection.remainingPoints, msBeforeNext: rejection.msBeforeNext };
    }
  };
}

function limiterFor(store: RateLimitStore, name: string, policy: RateLimitPolicy): QuotaCounter {
  if (store.store === 'memory')
    return memoryCounter(new RateLimiterMemory({ keyPrefix: name, points: policy.points, duration: policy.duration }));
  const insurance = memoryCounter(
    new RateLimiterMemory({
      keyPrefix: `insurance:${name}`,
      points: Math.max(1, Math.floor(policy.points / Math.max(1, store.replicas ?? 1))),
      duration: policy.duration,
    }),
  );
  // Counted locally and told to Redis in batches (see batched-redis-counter.ts for the bound on
  // the combined limit); a client over its quota is refused from memory for the rest of the
  // window, so a flood from one address does not become a flood of Redis commands.
  const shared = new BatchedRedisCounter({
    redis: store.redis,
    keyPrefix: `${store.keyPrefix}:${name}`,
    quota: { points: policy.points, durationSeconds: policy.duration, batch: defaultBatch(policy.points) },
    // Connected but not answering (failover, overload): the timeout bounds the wait.
    timeoutMs: store.timeoutMs ?? DEFAULT_REDIS_TIMEOUT_MS,
  });
  return async (key, cost) => {
    // While disconnected, go to the insurance limiter at once instead of queueing commands.
    if (store.redis.status !== 'ready') return insurance(key, cost);
    try {
      return await shared.consume(key, cost);
    } catch {
      return insurance(key, cost);
    }
  };
}

function decisionOf(policyName: string, policy: RateLimitPolicy, result: QuotaUse): RateLimitDecision {
  const { allowed } = result;
  return {
    allowed,
    policy: policyName,
    limit: policy.points,
    remaining: Math.max(0, result.remaining),
    // A refused client must wait at least a second: `Retry-After: 0` invites an immediate retry.
    resetSeconds: Math.max(allowed ? 0 : 1, Math.ceil(result.msBeforeNext / 1000)),
    windowSeconds: policy.duration,
  };
}
