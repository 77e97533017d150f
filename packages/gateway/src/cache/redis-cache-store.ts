import type { Redis } from 'ioredis';
import { metadataOf, type CachedResponse, type CacheStore, type Metadata } from './cached-response';

export interface RedisCacheStoreOptions {
  readonly redis: Redis;
  /** Prefixes every key, so several gateways (or test runs) can share one Redis. */
  readonly keyPrefix: string;
  /** How long to wait for Redis before treating the operation as failed. Default 150 ms. */
  readonly timeoutMs?: number;
}

/**
 * One Redis hash per entry: the body as raw bytes (no base64 or JSON escaping of a large
 * body) and the metadata as JSON, expiring together. Eviction under memory pressure is the
 * Redis server's `maxmemory-policy`; the TTL bounds how long an entry can outlive its use.
 */
export function redisCacheStore(options: RedisCacheStoreOptions): CacheStore {
  const { redis, keyPrefix } = options;
  const timeoutMs = options.timeoutMs ?? 150;
  const keyOf = (key: string) => `${keyPrefix}:${key}`;
  return {
    async get(key) {
      const [body, metadata] = await withTimeout(redis.hmgetBuffer(keyOf(key), 'body', 'meta'), timeoutMs);
      return body && metadata ? fromMetadata(body, metadata) : undefined;
    },
    async set(key, entry, ttlMs) {
      const fields = { body: entry.body, meta: JSON.stringify(metadataOf(entry)) };
      const transaction = redis
        .multi()
        .hset(keyOf(key), fields)
        .pexpire(keyOf(key), Math.max(1, Math.ceil(ttlMs)));
      // A transaction reports failed commands in its results, not by rejecting.
      const failed = (await withTimeout(transaction.exec(), timeoutMs))?.find(([error]) => error);
      if (failed) throw failed[0];
    },
  };
}

function fromMetadata(body: Buffer, metadata: Buffer): CachedResponse | undefined {
  const parsed: unknown = JSON.parse(metadata.toString('utf8'));
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const { etag, contentType, status, storedAt } = parsed as Record<string, unknown>;
  const valid = typeof etag === 'string' && typeof contentType === 'string' && typeof status === 'number' && typeof storedAt === 'number';
  return valid ? { ...(parsed as Metadata), body } : undefined;
}

// A Redis that accepts commands but does not answer (failover, overload) must cost a request
// a bounded wait, not a hang; the command may still complete later, which is harmless here.
async function withTimeout<T>(operation: Promise<T>, timeoutMs: number): Promise<T> {
  operation.catch(() => undefined); // a late failure after the timeout is not unhandled
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Redis did not answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([operation, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
