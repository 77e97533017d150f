import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BatchedRedisCounter, defaultBatch } from './batched-redis-counter';

const keyPrefix = `gongkai-test:batched:${randomUUID()}`;
let redis: Redis;

beforeAll(async () => {
  redis = new Redis({ host: '127.0.0.1', port: 6379, lazyConnect: true });
  await redis.connect();
});
afterAll(async () => {
  const keys = await redis.keys(`${keyPrefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
});

/** Counts the scripts the counter runs (EVALSHA, or EVAL the first time), by wrapping sendCommand. */
function countingScripts(client: Redis): { readonly count: number } {
  const counted = { count: 0 };
  const send = client.sendCommand.bind(client);
  client.sendCommand = ((command: Parameters<Redis['sendCommand']>[0], stream?: Parameters<Redis['sendCommand']>[1]) => {
    if (command.name === 'evalsha' || command.name === 'eval') counted.count++;
    return send(command, stream);
  }) as Redis['sendCommand'];
  return counted;
}

describe('a quota counted in Redis in batches', () => {
  it('tells Redis once per batch, and says what remains after every request', async () => {
    const client = redis.duplicate();
    const sent = countingScripts(client);
    const counter = new BatchedRedisCounter({
      redis: client,
      keyPrefix: `${keyPrefix}:one`,
      quota: { points: 100, durationSeconds: 60, batch: 10 },
      timeoutMs: 1000,
    });
    const remaining = [];
    for (let i = 0; i < 25; i++) remaining.push((await counter.consume('198.51.100.1', 1)).remaining);
    expect(remaining).toEqual(Array.from({ length: 25 }, (_, i) => 99 - i));
    // The first request opens the window in Redis; then one report per 10 requests (11 and 21).
    expect(sent.count - (sent.count > 3 ? 1 : 0)).toBe(3); // an EVAL after a NOSCRIPT the first time
    expect(Number(await redis.get(`${keyPrefix}:one:198.51.100.1`))).toBe(21);
    client.disconnect();
  });

  it('refuses once the quota is used up, from memory, and says when the window ends', async () => {
    const counter = new BatchedRedisCounter({
      redis,
      keyPrefix: `${keyPrefix}:refuse`,
      quota: { points: 20, durationSeconds: 60, batch: 5 },
      timeoutMs: 1000,
    });
    const allowed = [];
    for (let i = 0; i < 30; i++) allowed.push((await counter.consume('k', 1)).allowed);
    expect(allowed.filter(Boolean)).toHaveLength(20);
    expect(allowed.slice(20)).toEqual(Array(10).fill(false));
    const refused = await counter.consume('k', 1);
    expect(refused).toMatchObject({ allowed: false, remaining: 0 });
    expect(refused.msBeforeNext).toBeGreaterThan(0);
    expect(refused.msBeforeNext).toBeLessThanOrEqual(60_000);
  });

  it('sees what another replica told Redis, at its next report', async () => {
    const quota = { points: 50, durationSeconds: 60, batch: 5 };
    const a = new BatchedRedisCounter({ redis, keyPrefix: `${keyPrefix}:two`, quota, timeoutMs: 1000 });
    const b = new BatchedRedisCounter({ redis, keyPrefix: `${keyPrefix}:two`, quota, timeoutMs: 1000 });
    let allowedA = 0;
    let allowedB = 0;
    for (let i = 0; i < 60; i++) {
      if ((await a.consume('k', 1)).allowed) allowedA++;
      if ((await b.consume('k', 1)).allowed) allowedB++;
    }
    // At most one batch of each replica beyond the quota, less one unit each; never below it.
    expect(allowedA + allowedB).toBeGreaterThanOrEqual(50);
    expect(allowedA + allowedB).toBeLessThanOrEqual(50 + 2 * (5 - 1));
  });

  it('counts every request in Redis first when the batch is 1', async () => {
    const quota = { points: 3, durationSeconds: 60, batch: 1 };
    const a = new BatchedRedisCounter({ redis, keyPrefix: `${keyPrefix}:exact`, quota, timeoutMs: 1000 });
    const b = new BatchedRedisCounter({ redis, keyPrefix: `${keyPrefix}:exact`, quota, timeoutMs: 1000 });
    const results = [];
    for (let i = 0; i < 3; i++) results.push((await a.consume('k', 1)).allowed, (await b.consume('k', 1)).allowed);
    expect(results).toEqual([true, true, true, false, false, false]);
  });

  it('batches a hundredth of the quota, at most 100', () => {
    expect([1, 199, 200, 600, 10_000, 1_000_000].map(defaultBatch)).toEqual([1, 1, 2, 6, 100, 100]);
  });
});
