import { randomUUID } from 'node:crypto';
import { Redis, type RedisOptions } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { createRateLimiter, UnknownPolicyError, type RateLimitPolicies } from './rate-limiter';
import { freePort, RedisProcess } from '../../test/support/redis-process';

const policies: RateLimitPolicies = {
  anonRead: { points: 3, duration: 60 },
  anonWrite: { points: 1, duration: 60 },
};

async function allowedOf(consume: () => Promise<{ allowed: boolean }>, times: number): Promise<boolean[]> {
  const results: boolean[] = [];
  for (let i = 0; i < times; i += 1) results.push((await consume()).allowed);
  return results;
}

describe('rate limiter in memory', () => {
  it('allows the quota, then refuses and says when to come back', async () => {
    const limiter = createRateLimiter({ store: 'memory' }, policies);
    const decisions = [];
    for (let i = 0; i < 4; i += 1) decisions.push(await limiter.consume('anonRead', '203.0.113.7'));
    expect(decisions.map((d) => [d.allowed, d.remaining])).toEqual([
      [true, 2],
      [true, 1],
      [true, 0],
      [false, 0],
    ]);
    const refused = decisions[3]!;
    expect(refused).toMatchObject({ policy: 'anonRead', limit: 3, windowSeconds: 60 });
    expect(refused.resetSeconds).toBeGreaterThanOrEqual(1);
    expect(refused.resetSeconds).toBeLessThanOrEqual(60);
  });

  it('counts each client and each policy separately', async () => {
    const limiter = createRateLimiter({ store: 'memory' }, policies);
    expect(await allowedOf(() => limiter.consume('anonWrite', 'a'), 2)).toEqual([true, false]);
    expect(await allowedOf(() => limiter.consume('anonWrite', 'b'), 1)).toEqual([true]);
    expect(await allowedOf(() => limiter.consume('anonRead', 'a'), 1)).toEqual([true]);
  });

  it('charges a request that costs several units', async () => {
    const limiter = createRateLimiter({ store: 'memory' }, policies);
    expect((await limiter.consume('anonRead', 'a', 2)).remaining).toBe(1);
    expect((await limiter.consume('anonRead', 'a', 2)).allowed).toBe(false);
  });

  it('rejects a policy name it was not configured with', async () => {
    const limiter = createRateLimiter({ store: 'memory' }, policies);
    await expect(limiter.consume('apiKey:unknown', 'a')).rejects.toThrow(UnknownPolicyError);
    await expect(limiter.consume('constructor', 'a')).rejects.toThrow(UnknownPolicyError);
  });
});

describe('rate limiter in Redis', () => {
  const keyPrefix = `gongkai-test:rate-limit:${randomUUID()}`;
  const clients: Redis[] = [];

  function connect(options: RedisOptions = {}): Redis {
    const client = new Redis({ host: '127.0.0.1', port: 6379, maxRetriesPerRequest: 0, ...options });
    client.on('error', () => undefined); // refused connections are the point of some tests
    clients.push(client);
    return client;
  }

  // Until a client is ready the limiter answers from memory by design; tests of the shared
  // limit wait for the connection first.
  async function connected(options: RedisOptions = {}): Promise<Redis> {
    const client = connect(options);
    // Not `once(client, 'ready')`: that rejects on the first refused attempt while a freshly
    // spawned Redis is still starting.
    if (client.status !== 'ready') await new Promise((resolve) => client.once('ready', resolve));
    return client;
  }

  afterAll(async () => {
    const admin = new Redis({ host: '127.0.0.1', port: 6379 });
    const keys = await admin.keys(`${keyPrefix}*`);
    if (keys.length > 0) await admin.del(...keys);
    await admin.quit();
    clients.forEach((client) => client.disconnect());
  });

  it('enforces one combined limit across two gateway replicas', async () => {
    const store = { store: 'redis', keyPrefix: `${keyPrefix}:shared` } as const;
    const replicaA = createRateLimiter({ ...store, redis: await connected() }, policies);
    const replicaB = createRateLimiter({ ...store, redis: await connected() }, policies);
    const results: boolean[] = [];
    for (let i = 0; i < 3; i += 1) {
      results.push((await replicaA.consume('anonRead', '198.51.100.1')).allowed);
      results.push((await replicaB.consume('anonRead', '198.51.100.1')).allowed);
    }
    expect(results).toEqual([true, true, true, false, false, false]);
  });

  it('keeps its counters under the configured prefix', async () => {
    const redis = await connected();
    await createRateLimiter({ store: 'redis', redis, keyPrefix: `${keyPrefix}:keys` }, policies).consume('anonWrite', 'k');
    expect(await redis.keys(`${keyPrefix}:keys:*`)).toEqual([`${keyPrefix}:keys:anonWrite:k`]);
  });

  it('answers from memory when Redis is unreachable', async () => {
    const port = await freePort();
    const redis = connect({ port, enableOfflineQueue: false, retryStrategy: () => 50 });
    const limiter = createRateLimiter({ store: 'redis', redis, keyPrefix }, policies);
    expect(await allowedOf(() => limiter.consume('anonRead', 'c'), 4)).toEqual([true, true, true, false]);
  });

  it('answers from memory when the connection to Redis is lost', async () => {
    const redis = await connected();
    const limiter = createRateLimiter({ store: 'redis', redis, keyPrefix: `${keyPrefix}:lost` }, policies);
    expect((await limiter.consume('anonWrite', 'd')).allowed).toBe(true);
    redis.disconnect();
    const afterLoss = await limiter.consume('anonWrite', 'e');
    expect(afterLoss).toMatchObject({ allowed: true, remaining: 0 });
    expect((await limiter.consume('anonWrite', 'e')).allowed).toBe(false);
  });

  it('answers from memory when Redis stops replying', async () => {
    // A private Redis that can be frozen (SIGSTOP) without stalling anyone else's tests: the
    // connection stays open and commands simply get no answer, as during a failover.
    const server = await RedisProcess.start();
    try {
      const redis = await connected({ port: server.port, retryStrategy: () => 20 });
      const limiter = createRateLimiter({ store: 'redis', redis, keyPrefix, timeoutMs: 20 }, policies);
      expect((await limiter.consume('anonRead', 'f')).remaining).toBe(2);
      server.freeze();
      expect(await allowedOf(() => limiter.consume('anonWrite', 'f'), 2)).toEqual([true, false]);
    } finally {
      await server.stop();
    }
  });

  it('shares the insurance quota among replicas while Redis is down', async () => {
    const redis = connect({ port: await freePort(), enableOfflineQueue: false, retryStrategy: () => 50 });
    const limiter = createRateLimiter({ store: 'redis', redis, keyPrefix, replicas: 3 }, { perMinute: { points: 6, duration: 60 } });
    expect(await allowedOf(() => limiter.consume('perMinute', 'g'), 3)).toEqual([true, true, false]);
  });
});
