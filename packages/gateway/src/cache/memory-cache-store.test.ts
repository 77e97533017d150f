import { describe, expect, it } from 'vitest';
import type { CachedResponse } from './cached-response';
import { memoryCacheStore } from './memory-cache-store';

function entry(body: Buffer): CachedResponse {
  return { body, etag: '"e"', contentType: 'application/json; charset=utf-8', status: 200, storedAt: 0 };
}

describe('the memory cache store', () => {
  it('counts keys against maxBytes: long keys with small bodies cannot outgrow it', async () => {
    const maxBytes = 256 * 1024;
    const store = memoryCacheStore({ maxBytes });
    const keys = Array.from({ length: 2000 }, (_, i) => `list:listItems:json:q=${'公'.repeat(1000)}${i}`);
    for (const key of keys) await store.set(key, entry(Buffer.from('{"data":[]}')), 60_000);
    const kept = (await Promise.all(keys.map((key) => store.get(key)))).filter(Boolean).length;
    // Each key alone is about 2 KB on the heap.
    expect(kept).toBeGreaterThan(0);
    expect(kept * 2000).toBeLessThanOrEqual(maxBytes);
  });

  it('keeps a small body in a buffer of its own, not a view pinning a shared pool slab', async () => {
    const store = memoryCacheStore({ maxBytes: 1024 * 1024 });
    const pooled = Buffer.from('{"data":[]}');
    expect(pooled.buffer.byteLength).toBeGreaterThan(pooled.length); // Node's 8 KiB pool
    await store.set('k', entry(pooled), 60_000);
    const stored = (await store.get('k'))!.body;
    expect(stored.equals(pooled)).toBe(true);
    expect(stored.buffer.byteLength).toBe(stored.length);
  });
});
