import { LRUCache } from 'lru-cache';
import { metadataOf, type CachedResponse, type CacheStore } from './cached-response';

export interface MemoryCacheStoreOptions {
  /** Upper bound on the bytes held: bodies plus an estimate of their metadata. */
  readonly maxBytes: number;
  readonly now?: () => number;
}

export function memoryCacheStore(options: MemoryCacheStoreOptions): CacheStore {
  const now = options.now;
  const entries = new LRUCache<string, CachedResponse>({
    maxSize: options.maxBytes,
    sizeCalculation: (entry) => entry.body.length + Buffer.byteLength(JSON.stringify(metadataOf(entry))),
    // Expiry follows the same clock as the cache policy, so an injected clock governs both.
    ...(now ? { perf: { now }, ttlResolution: 0 } : {}),
  });
  return {
    get: async (key) => entries.get(key),
    set: async (key, entry, ttlMs) => void entries.set(key, entry, { ttl: Math.max(1, Math.ceil(ttlMs)) }),
  };
}
