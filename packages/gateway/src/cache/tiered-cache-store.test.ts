import { describe, expect, it } from 'vitest';
import type { CacheStore, CachedResponse } from './cached-response';
import { memoryCacheStore } from './memory-cache-store';
import { tieredCacheStore } from './tiered-cache-store';

function counting(store: CacheStore) {
  const calls = { get: 0, set: 0 };
  const counted: CacheStore = {
    get: (key) => (calls.get++, store.get(key)),
    set: (key, entry, ttl) => (calls.set++, store.set(key, entry, ttl)),
  };
  return { store: counted, calls };
}

const entry = (text: string): CachedResponse => ({
  body: Buffer.from(text),
  etag: `"${text}"`,
  contentType: 'application/json',
  status: 200,
  storedAt: 1,
});

describe('tieredCacheStore', () => {
  it('answers from the near store while it holds the entry, without asking the shared one', async () => {
    const far = counting(memoryCacheStore({ maxBytes: 1 << 20 }));
    const tiered = tieredCacheStore({ far: far.store, near: memoryCacheStore({ maxBytes: 1 << 20 }), nearTtlMs: 60_000 });
    await tiered.set('k', entry('a'), 120_000);
    expect((await tiered.get('k'))?.body.toString()).toBe('a');
    expect((await tiered.get('k'))?.body.toString()).toBe('a');
    expect(far.calls).toEqual({ get: 0, set: 1 });
  });

  it('reads what another replica stored, and keeps it near afterwards', async () => {
    const shared = counting(memoryCacheStore({ maxBytes: 1 << 20 }));
    const replicaA = tieredCacheStore({ far: shared.store, near: memoryCacheStore({ maxBytes: 1 << 20 }), nearTtlMs: 60_000 });
    const replicaB = tieredCacheStore({ far: shared.store, near: memoryCacheStore({ maxBytes: 1 << 20 }), nearTtlMs: 60_000 });
    await replicaA.set('k', entry('from A'), 120_000);
    expect((await replicaB.get('k'))?.body.toString()).toBe('from A');
    expect((await replicaB.get('k'))?.body.toString()).toBe('from A');
    expect(shared.calls.get).toBe(1);
  });

  it('keeps nothing near when the fresh window is zero', async () => {
    const far = counting(memoryCacheStore({ maxBytes: 1 << 20 }));
    const tiered = tieredCacheStore({ far: far.store, near: memoryCacheStore({ maxBytes: 1 << 20 }), nearTtlMs: 0 });
    await tiered.set('k', entry('a'), 120_000);
    await tiered.get('k');
    await tiered.get('k');
    expect(far.calls.get).toBe(2);
  });
});
