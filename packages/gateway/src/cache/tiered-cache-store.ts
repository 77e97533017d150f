import type { CacheStore } from './cached-response';

export interface TieredCacheStoreOptions {
  /** The shared store (Redis), the source of truth across replicas. */
  readonly far: CacheStore;
  /** A small in-process store in front of it. */
  readonly near: CacheStore;
  /** How long an entry read from or written to the far store is kept near: the fresh window. */
  readonly nearTtlMs: number;
}

/**
 * A near cache in process memory in front of the shared store: while an entry is fresh, a replica
 * answers from its own memory instead of asking Redis on every request. Another replica's refresh
 * reaches this one once the near copy expires, so a near copy is never older than the fresh window.
 */
export function tieredCacheStore(options: TieredCacheStoreOptions): CacheStore {
  const { far, near, nearTtlMs } = options;
  return {
    async get(key) {
      const local = await near.get(key);
      if (local) return local;
      const shared = await far.get(key);
      if (shared && nearTtlMs > 0) await near.set(key, shared, nearTtlMs);
      return shared;
    },
    async set(key, entry, ttlMs) {
      if (nearTtlMs > 0) await near.set(key, entry, Math.min(nearTtlMs, ttlMs));
      await far.set(key, entry, ttlMs);
    },
  };
}
