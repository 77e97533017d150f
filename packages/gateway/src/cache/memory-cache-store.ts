import { LRUCache } from 'lru-cache';
import { metadataOf, type CachedResponse, type CacheStore } from './cached-response';
import { ENTRY_OVERHEAD_BYTES, flatString, ownedBytes, stringBytes } from './retained-memory';

export interface MemoryCacheStoreOptions {
  /** Upper bound on the bytes held: keys, bodies, metadata and each entry's own overhead. */
  readonly maxBytes: number;
  readonly now?: () => number;
}

/** What one entry costs against `maxBytes`: with a new key per request, keys and overhead are most of it. */
function entryBytes(entry: CachedResponse, key: string): number {
  return stringBytes(key) + entry.body.length + Buffer.byteLength(JSON.stringify(metadataOf(entry))) + ENTRY_OVERHEAD_BYTES;
}

export function memoryCacheStore(options: MemoryCacheStoreOptions): CacheStore {
  const now = options.now;
  const entries = new LRUCache<string, CachedResponse>({
    maxSize: options.maxBytes,
    sizeCalculation: entryBytes,
    // Expiry follows the same clock as the cache policy, so an injected clock governs both.
    ...(now ? { perf: { now }, ttlResolution: 0 } : {}),
  });
  return {
    get: async (key) => entries.get(key),
    set: async (key, entry, ttlMs) =>
      void entries.set(flatString(key), { ...entry, body: ownedBytes(entry.body) }, { ttl: Math.max(1, Math.ceil(ttlMs)) }),
  };
}
