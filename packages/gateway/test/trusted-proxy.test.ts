import { afterEach, describe, expect, it } from 'vitest';
import { generatedItems, LoopbackDepartment } from './support/loopback-department';
import { startGateway, type RunningGateway } from './support/start-gateway';

let running: RunningGateway | undefined;
let department: LoopbackDepartment | undefined;

afterEach(async () => {
  await running?.close();
  await department?.stop();
  running = department = undefined;
});

async function setUp(settings: Record<string, unknown>) {
  department = await new LoopbackDepartment({ id: 'ln-finance', items: generatedItems('ln-finance', 3, 1) }).start();
  running = await startGateway([department], {
    rateLimits: { anonymousRead: { points: 3, durationSeconds: 600 }, anonymousWrite: { points: 3, durationSeconds: 600 } },
    ...settings,
  });
}

async function statuses(forwardedFor: (attempt: number) => string, attempts = 6): Promise<number[]> {
  const seen: number[] = [];
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    // A different path each time, so every request reaches the rate limit, not only the fast path's repeats.
    const response = await running!.get(`/v1/items?limit=${attempt + 1}`, { headers: { 'X-Forwarded-For': forwardedFor(attempt) } });
    await response.arrayBuffer();
    seen.push(response.status);
  }
  return seen;
}

describe('per-IP quotas behind a trusted proxy', () => {
  it('count against the address the proxy appended, however the client fills X-Forwarded-For', async () => {
    await setUp({ trustProxy: true });
    expect(await statuses((attempt) => `198.51.100.${attempt}, 203.0.113.7`)).toEqual([200, 200, 200, 429, 429, 429]);
  });

  it('give junk values no fresh quota: they count against the connection’s address', async () => {
    await setUp({ trustProxy: true });
    expect(await statuses((attempt) => `junk-${attempt}`)).toEqual([200, 200, 200, 429, 429, 429]);
  });

  it('take the address trustProxyHops entries from the right with several proxies', async () => {
    await setUp({ trustProxy: true, trustProxyHops: 2 });
    expect(await statuses((attempt) => `198.51.100.${attempt}, 203.0.113.7, 10.1.1.${attempt}`)).toEqual([200, 200, 200, 429, 429, 429]);
    // Another client behind the same proxies has a quota of its own.
    expect(await statuses(() => '203.0.113.8, 10.1.1.1', 1)).toEqual([200]);
  });
});
