import { Redis } from 'ioredis';
import type { Logger } from 'pino';

export function connectRedis(url: string, logger: Logger): Redis {
  // No offline queue and one retry per command: when Redis is away, the limiter's insurance and
  // the cache's fallback answer at once instead of requests piling up behind a reconnect.
  // Auto-pipelining sends the commands of concurrent requests in one write: one round trip for many.
  const redis = new Redis(url, {
    enableAutoPipelining: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    retryStrategy: (times) => Math.min(times * 200, 2000),
  });
  redis.on('error', (error: Error) => logger.warn({ err: error.message }, 'redis error (serving from memory meanwhile)'));
  return redis;
}

/** Resolves true once Redis is ready, false when it is not within `timeoutMs`. */
export function waitForReady(redis: Redis, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => finish(false), timeoutMs);
    const onReady = () => finish(true);
    function finish(ready: boolean) {
      clearTimeout(timer);
      redis.off('ready', onReady);
      resolve(ready);
    }
    redis.once('ready', onReady);
  });
}
