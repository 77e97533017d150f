import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDepartmentServer, type RunningDepartment } from '@gongkai/department-kit';
import { RedisProcess } from '../support/redis-process';
import { startFaultGateway, type FaultGateway } from './support/gateway';
import { startTraffic, waitFor } from './support/traffic';

// Each step waits on a condition (bounded at 40 s) rather than a clock: on a loaded 2-core
// machine a test may need far longer than the default 30 s without anything being wrong.
const SLOW_MACHINE = { timeout: 180_000 };

// A redis-server of this test's own on its own port: stopping it must not disturb the shared 6379.
let redis: RedisProcess;
let department: RunningDepartment;
let running: FaultGateway;
const prefix = `t-fault-redis-${process.pid}-${Date.now()}`;

beforeAll(async () => {
  redis = await RedisProcess.start();
  department = await startDepartmentServer({ sample: 'ln-finance', port: 0, host: '127.0.0.1', adminTokens: [] });
  running = await startFaultGateway(
    [{ id: 'ln-finance', url: department.url }],
    // A quota the traffic never exhausts, so that every status it sees is the gateway's own doing.
    { rateLimits: { anonymousRead: { points: 1_000_000, durationSeconds: 600 } } },
    { GONGKAI_REDIS_URL: redis.url },
    { redisKeyPrefix: prefix },
  );
});
afterAll(async () => {
  await running?.close();
  await department?.close();
  await redis?.stop();
});

/** The reads counted in Redis for the quota (one fresh connection per look, as Redis comes and goes). */
async function readsCountedInRedis(): Promise<number> {
  const client = new Redis(redis.url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  try {
    await client.connect();
    const keys = await client.keys(`${prefix}:rl*`);
    const values = await Promise.all(keys.map((key) => client.get(key)));
    return values.reduce((sum, value) => sum + (Number(value) || 0), 0);
  } catch {
    return 0;
  } finally {
    client.disconnect();
  }
}

/** `r` of the `RateLimit` field: the units that remain in the window. */
async function remainingReads(): Promise<number> {
  const response = await running.get('/v1/items?limit=1');
  await response.arrayBuffer();
  return Number(/;r=(\d+)/.exec(response.headers.get('ratelimit') ?? '')?.[1]);
}

describe('Redis stopped and restarted under traffic', SLOW_MACHINE, () => {
  it('answers every request, limits from memory while Redis is away and counts in Redis again once it is back', async () => {
    const traffic = startTraffic(running.url, ['/v1/items?limit=5', '/v1/budgets', '/v1/items?q=%E9%A2%84%E7%AE%97', '/v1/departments']);
    await waitFor('reads counted in Redis', async () => (await readsCountedInRedis()) > 10);

    await redis.stop();
    const stoppedAt = traffic.records.length;
    await waitFor('traffic while Redis is down', () => traffic.records.length > stoppedAt + 40);
    // Still limited: each read uses up a unit of a quota that can now only be counted in memory.
    const first = await remainingReads();
    const second = await remainingReads();
    expect(Number.isInteger(first)).toBe(true);
    expect(second).toBeLessThan(first);

    await redis.restart();
    // The restarted Redis is empty (no persistence): reads counted there now are counted anew.
    await waitFor('reads counted in the restarted Redis', async () => (await readsCountedInRedis()) > 10);
    const records = await traffic.stop();

    expect(records.filter((record) => record.status !== 200)).toEqual([]);
  });
});
