import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import type { CacheStore, LoadedResponse } from './cached-response';
import { memoryCacheStore } from './memory-cache-store';
import { redisCacheStore } from './redis-cache-store';
import { ResponseCache, type ResponseCacheOptions } from './response-cache';
import { strongEtag } from './strong-etag';
import { deferred } from '../../test/support/deferred';
import { freePort, RedisProcess } from '../../test/support/redis-process';

const TTL = 60_000;
const SWR = 60_000;
const SIE = 60_000;

function json(value: unknown, extra: Partial<LoadedResponse> = {}): LoadedResponse {
  return { body: Buffer.from(JSON.stringify(value)), contentType: 'application/json', status: 200, ...extra };
}

/** A loader that counts its calls and answers version 1, 2, 3… unless told otherwise. */
function countingLoader() {
  const loader = Object.assign(
    async () => {
      loader.calls += 1;
      return json({ version: loader.calls });
    },
    { calls: 0 },
  );
  return loader;
}

const redisKeyPrefix = `gongkai-test:cache:${randomUUID()}`;
const redisClients: Redis[] = [];

function redisClient(port = 6379): Redis {
  const client = new Redis({ host: '127.0.0.1', port, maxRetriesPerRequest: 0, enableOfflineQueue: false, retryStrategy: () => 50 });
  client.on('error', () => undefined);
  redisClients.push(client);
  return client;
}

async function readyRedis(port = 6379): Promise<Redis> {
  const client = redisClient(port);
  if (client.status !== 'ready') await new Promise((resolve) => client.once('ready', resolve));
  return client;
}

afterAll(async () => {
  const admin = new Redis({ host: '127.0.0.1', port: 6379 });
  const keys = await admin.keys(`${redisKeyPrefix}*`);
  if (keys.length > 0) await admin.del(...keys);
  await admin.quit();
  redisClients.forEach((client) => client.disconnect());
});

const stores: [string, (clock: { now: number }) => Promise<CacheStore>][] = [
  ['memory', async (clock) => memoryCacheStore({ maxBytes: 1_000_000, now: () => clock.now })],
  ['Redis', async () => redisCacheStore({ redis: await readyRedis(), keyPrefix: `${redisKeyPrefix}:${randomUUID()}` })],
];

describe.each(stores)('ResponseCache with the %s store', (_name, createStore) => {
  async function setup(options: Partial<ResponseCacheOptions> = {}) {
    const clock = { now: 1_000_000 };
    const errors: string[] = [];
    const cache = new ResponseCache({
      store: await createStore(clock),
      ttlMs: TTL,
      swrMs: SWR,
      sieMs: SIE,
      now: () => clock.now,
      onError: (_error, { during }) => errors.push(during),
      ...options,
    });
    return { cache, clock, errors };
  }

  it('answers a fresh entry from the cache without loading', async () => {
    const { cache, clock } = await setup();
    const load = countingLoader();
    const first = await cache.get('/v1/items', load);
    clock.now += TTL - 1;
    const second = await cache.get('/v1/items', load);
    expect(first.outcome).toBe('miss');
    expect(second).toMatchObject({ outcome: 'fresh', ageMs: TTL - 1 });
    expect(second.response.body.toString()).toBe('{"version":1}');
    expect(second.response.etag).toBe(strongEtag(Buffer.from('{"version":1}')));
    expect(load.calls).toBe(1);
  });

  it('keeps the body byte for byte and the metadata alongside', async () => {
    const { cache, clock } = await setup();
    const body = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
    const loaded = {
      body,
      contentType: 'application/octet-stream',
      status: 200,
      headers: { 'cache-control': 'max-age=60' },
      upstreamEtags: { 'ln-finance': '"abc"' },
    };
    await cache.get('binary', async () => loaded);
    clock.now += 1;
    const { response, outcome } = await cache.get('binary', async () => json('unused'));
    expect(outcome).toBe('fresh');
    expect(response).toEqual({ ...loaded, etag: strongEtag(body), storedAt: 1_000_000 });
  });

  it('serves a stale entry at once and refreshes it in the background exactly once', async () => {
    const { cache, clock } = await setup();
    await cache.get('k', async () => json('old'));
    clock.now += TTL;
    const refresh = deferred<LoadedResponse>();
    let refreshes = 0;
    const load = () => {
      refreshes += 1;
      return refresh.promise;
    };
    const stale = await Promise.all(Array.from({ length: 10 }, () => cache.get('k', load)));
    stale.push(await cache.get('k', load));
    expect(stale.every(({ outcome, response }) => outcome === 'stale' && response.body.toString() === '"old"')).toBe(true);
    expect(refreshes).toBe(1);

    refresh.resolve(json('new'));
    await cache.idle();
    const after = await cache.get('k', load);
    expect(after.outcome).toBe('fresh');
    expect(after.response.body.toString()).toBe('"new"');
    expect(refreshes).toBe(1);
  });

  it('keeps serving the stale entry when a background refresh fails', async () => {
    const { cache, clock, errors } = await setup();
    await cache.get('k', async () => json('old'));
    clock.now += TTL;
    await cache.get('k', () => Promise.reject(new Error('department down')));
    await cache.idle();
    const result = await cache.get('k', async () => json('new'));
    expect(result.response.body.toString()).toBe('"old"');
    expect(errors).toEqual(['refresh']);
  });

  it('serves a stale entry when the refresh fails after the revalidation window', async () => {
    const { cache, clock } = await setup();
    await cache.get('k', async () => json('old'));
    clock.now += TTL + SWR;
    const failed = await cache.get('k', () => Promise.reject(new Error('timeout')));
    expect(failed.outcome).toBe('stale-if-error');
    expect(failed.response.body.toString()).toBe('"old"');
    const unavailable = await cache.get('k', async () => json({ title: 'Service Unavailable' }, { status: 503 }));
    expect(unavailable.outcome).toBe('stale-if-error');
    expect(unavailable.response.body.toString()).toBe('"old"');
  });

  it('waits for the refresh after the revalidation window and hands the loader the old entry', async () => {
    const { cache, clock } = await setup();
    await cache.get('k', async () => json('old', { upstreamEtags: { 'ln-finance': '"v1"' } }));
    clock.now += TTL + SWR;
    let previousEtags: unknown;
    const result = await cache.get('k', async (previous) => {
      previousEtags = previous?.upstreamEtags;
      return json('new');
    });
    expect(result.outcome).toBe('revalidated');
    expect(result.response.body.toString()).toBe('"new"');
    expect(previousEtags).toEqual({ 'ln-finance': '"v1"' });
  });

  it('fails like the loader once the entry is too old even to serve on error', async () => {
    const { cache, clock } = await setup();
    await cache.get('k', async () => json('old'));
    clock.now += TTL + SWR + SIE;
    await expect(cache.get('k', () => Promise.reject(new Error('department down')))).rejects.toThrow('department down');
  });

  it('loads a cold key once for 100 concurrent requests', async () => {
    const { cache } = await setup();
    const gate = deferred<LoadedResponse>();
    let loads = 0;
    const load = () => {
      loads += 1;
      return gate.promise;
    };
    const requests = Array.from({ length: 100 }, () => cache.get('cold', load));
    gate.resolve(json('once'));
    const results = await Promise.all(requests);
    expect(loads).toBe(1);
    expect(new Set(results.map(({ response }) => response.etag)).size).toBe(1);
  });

  it('does not store server errors', async () => {
    const { cache } = await setup();
    const load = countingLoader();
    const failing = await cache.get('k', async () => json('oops', { status: 502 }));
    expect(failing.response.status).toBe(502);
    expect((await cache.get('k', load)).outcome).toBe('miss');
  });
});

describe('memory cache store', () => {
  it('evicts the least recently used entries to stay within its byte budget', async () => {
    // Two entries of 1 000 bytes with their key, metadata and overhead (about 1 600 bytes each) fit, three do not.
    const store = memoryCacheStore({ maxBytes: 3_800 });
    const entry = (fill: string) => ({ body: Buffer.alloc(1_000, fill), etag: '"x"', contentType: 'text/plain', status: 200, storedAt: 0 });
    await store.set('a', entry('a'), TTL);
    await store.set('b', entry('b'), TTL);
    await store.get('a');
    await store.set('c', entry('c'), TTL);
    expect([await store.get('a'), await store.get('b'), await store.get('c')].map((e) => e?.body[0])).toEqual([97, undefined, 99]);
  });

  it('does not keep a body larger than its whole budget', async () => {
    const store = memoryCacheStore({ maxBytes: 500 });
    await store.set('big', { body: Buffer.alloc(1_000), etag: '"x"', contentType: 'text/plain', status: 200, storedAt: 0 }, TTL);
    expect(await store.get('big')).toBeUndefined();
  });
});

describe('ResponseCache with a store that throws', () => {
  it('treats a store throwing instead of rejecting as a miss, and reports both', async () => {
    const errors: string[] = [];
    const throwing: CacheStore = {
      get: () => {
        throw new Error('store broken');
      },
      set: () => {
        throw new Error('store broken');
      },
    };
    const cache = new ResponseCache({ store: throwing, ttlMs: TTL, onError: (_error, { during }) => errors.push(during) });
    const load = countingLoader();
    expect((await cache.get('k', load)).outcome).toBe('miss');
    expect(await cache.peekFresh('k')).toBeUndefined();
    expect(load.calls).toBe(1);
    expect(errors).toEqual(['read', 'write', 'read']);
  });
});

describe('Redis cache store failures', () => {
  it('degrades to the loader when Redis is unreachable', async () => {
    const errors: string[] = [];
    const store = redisCacheStore({ redis: redisClient(await freePort()), keyPrefix: redisKeyPrefix });
    const cache = new ResponseCache({ store, ttlMs: TTL, onError: (_error, { during }) => errors.push(during) });
    const load = countingLoader();
    expect((await cache.get('k', load)).outcome).toBe('miss');
    expect((await cache.get('k', load)).outcome).toBe('miss');
    expect(load.calls).toBe(2);
    expect(errors).toEqual(['read', 'write', 'read', 'write']);
  });

  it('degrades to the loader, after a bounded wait, when Redis stops replying', async () => {
    // A private Redis, frozen: the connection stays open and nothing answers.
    const server = await RedisProcess.start();
    try {
      const store = redisCacheStore({ redis: await readyRedis(server.port), keyPrefix: redisKeyPrefix, timeoutMs: 20 });
      const cache = new ResponseCache({ store, ttlMs: TTL });
      server.freeze();
      const result = await cache.get('k', async () => json('from the department'));
      expect(result).toMatchObject({ outcome: 'miss' });
    } finally {
      await server.stop();
    }
  });

  it('shares entries between replicas', async () => {
    const keyPrefix = `${redisKeyPrefix}:shared`;
    const replicaA = new ResponseCache({ store: redisCacheStore({ redis: await readyRedis(), keyPrefix }), ttlMs: TTL });
    const replicaB = new ResponseCache({ store: redisCacheStore({ redis: await readyRedis(), keyPrefix }), ttlMs: TTL });
    const load = countingLoader();
    await replicaA.get('k', load);
    const fromB = await replicaB.get('k', load);
    expect(fromB.outcome).toBe('fresh');
    expect(load.calls).toBe(1);
  });
});

describe('strongEtag', () => {
  it('is a quoted digest in the contract’s format that depends only on the bytes', () => {
    const etag = strongEtag(Buffer.from('公开'));
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    expect(strongEtag(Buffer.from('公开'))).toBe(etag);
    expect(strongEtag(Buffer.from('公開'))).not.toBe(etag);
  });
});
