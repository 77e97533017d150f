import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LoopbackDepartment, generatedItems } from './support/loopback-department';
import { RedisProcess } from './support/redis-process';
import { startGateway, type RunningGateway } from './support/start-gateway';

let redis: RedisProcess;
let department: LoopbackDepartment;
let gateways: RunningGateway[] = [];

beforeAll(async () => {
  redis = await RedisProcess.start();
});
afterAll(async () => {
  await redis.stop();
});
afterEach(async () => {
  await Promise.all(gateways.map((g) => g.close()));
  await department.stop();
  gateways = [];
});

/** Two replicas of one deployment: same Redis, same key prefix, same cursor secret. */
async function twoReplicas(settings: Record<string, unknown>, prefix: string) {
  department = await new LoopbackDepartment({ id: 'ln-finance', items: generatedItems('ln-finance', 12, 3) }).start();
  const env = { GONGKAI_REDIS_URL: redis.url };
  gateways = [
    await startGateway([department], settings, env, { redisKeyPrefix: prefix }),
    await startGateway([department], settings, env, { redisKeyPrefix: prefix }),
  ];
  return gateways;
}

describe('several gateway replicas sharing a real Redis', () => {
  it('enforce one combined rate limit', async () => {
    const [a, b] = await twoReplicas({ rateLimits: { anonymousRead: { points: 4, durationSeconds: 60 } } }, `t-limit-${Date.now()}`);
    const statuses = [];
    for (const gateway of [a, b, a, b, a, b]) statuses.push((await gateway!.get('/v1/items')).status);
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
  });

  it('share the response cache', async () => {
    const [a, b] = await twoReplicas({ cache: { ttlMs: 60000, staleWhileRevalidateMs: 0, staleIfErrorMs: 0 } }, `t-cache-${Date.now()}`);
    const first = await (await a!.get('/v1/items?limit=5')).text();
    const second = await (await b!.get('/v1/items?limit=5')).text();
    expect(second).toBe(first);
    expect(department.callsTo('/v1/items')).toBe(1);
  });

  it('accept each other’s cursors', async () => {
    const [a, b] = await twoReplicas({}, `t-cursor-${Date.now()}`);
    const page = (await (await a!.get('/v1/items?limit=5')).json()) as { links: { next: string } };
    expect((await b!.get(page.links.next)).status).toBe(200);
  });

  it('share the quota from memory by the configured number of replicas while Redis is down', async () => {
    const [a] = await twoReplicas(
      { rateLimits: { anonymousRead: { points: 4, durationSeconds: 60 }, replicas: 2 } },
      `t-share-${Date.now()}`,
    );
    expect((await a!.get('/v1/items')).status).toBe(200);
    await redis.stop();
    try {
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await a!.get('/v1/items')).status);
      // Each of the two replicas allows half the quota on its own: together they stay near it.
      expect(statuses).toEqual([200, 200, 429]);
    } finally {
      await redis.restart();
    }
  });

  it('keep serving, and limiting from memory, when Redis stops mid-way', async () => {
    const [a] = await twoReplicas(
      { rateLimits: { anonymousRead: { points: 3, durationSeconds: 60 } }, cache: { ttlMs: 60000 } },
      `t-down-${Date.now()}`,
    );
    expect((await a!.get('/v1/items')).status).toBe(200);
    await redis.stop();
    try {
      expect((await a!.get('/v1/items')).status).toBe(200);
      expect((await a!.get('/v1/items?limit=3')).status).toBe(200);
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await a!.get('/v1/items')).status);
      // The insurance limiter counts from zero in memory: the quota still holds.
      expect(statuses).toContain(429);
    } finally {
      await redis.restart();
    }
  });
});
