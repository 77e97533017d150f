import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { LoopbackDepartment, generatedItems } from './support/loopback-department';
import { startGateway, type RunningGateway } from './support/start-gateway';

let running: RunningGateway | undefined;
let departments: LoopbackDepartment[] = [];

afterEach(async () => {
  await running?.close();
  await Promise.all(departments.map((d) => d.stop()));
  running = undefined;
  departments = [];
});

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

async function setUp(rateLimits: Record<string, unknown>, env: Record<string, string> = {}) {
  departments = [await new LoopbackDepartment({ id: 'ln-finance', items: generatedItems('ln-finance', 3, 1) }).start()];
  running = await startGateway(departments, { rateLimits }, env);
}

describe('rate limits', () => {
  it('announces the policy and what remains on every answer, errors included', async () => {
    await setUp({ anonymousRead: { points: 5, durationSeconds: 60 } });
    const ok = await running!.get('/v1/items');
    expect(ok.headers.get('ratelimit-policy')).toBe('"anonymous-read";q=5;w=60');
    expect(ok.headers.get('ratelimit')).toMatch(/^"anonymous-read";r=4;t=\d+$/);
    const bad = await running!.get('/v1/items?limit=1000');
    expect(bad.status).toBe(400);
    expect(bad.headers.get('ratelimit')).toMatch(/^"anonymous-read";r=3;t=\d+$/);
  });

  it('answers 429 with Retry-After and a problem body once the quota is used up', async () => {
    await setUp({ anonymousRead: { points: 2, durationSeconds: 60 } });
    await running!.get('/v1/items');
    await running!.get('/v1/items');
    const refused = await running!.get('/v1/items');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(await refused.json()).toMatchObject({ type: 'urn:gongkai:problem:rate-limited', status: 429 });
    expect(refused.headers.get('ratelimit')).toMatch(/r=0/);
    expect(await (await running!.get('/metrics')).text()).toContain('gongkai_rate_limited_total{policy="anonymous-read"} 1');
  });

  it('gives an API key its own quota, and refuses a key it does not know', async () => {
    await setUp({
      anonymousRead: { points: 1, durationSeconds: 60 },
      apiKeys: [
        {
          id: 'newsroom',
          sha256: sha256('s3cret-newsroom-key'),
          read: { points: 50, durationSeconds: 60 },
          write: { points: 5, durationSeconds: 60 },
        },
      ],
    });
    await running!.get('/v1/items');
    expect((await running!.get('/v1/items')).status).toBe(429);
    const keyed = await running!.get('/v1/items', { headers: { 'x-api-key': 's3cret-newsroom-key' } });
    expect(keyed.status).toBe(200);
    expect(keyed.headers.get('ratelimit-policy')).toBe('"key-newsroom-read";q=50;w=60');
    const unknown = await running!.get('/v1/items', { headers: { 'x-api-key': 'guess' } });
    expect(unknown.status).toBe(401);
  });

  it('counts writes against the stricter write quota', async () => {
    await setUp({ anonymousWrite: { points: 1, durationSeconds: 60 } });
    const body = JSON.stringify({ level: 5 });
    const init = { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer t' }, body };
    const first = await running!.get('/v1/feedback/ln-finance:fb-1/rating', init);
    expect(first.headers.get('ratelimit-policy')).toBe('"anonymous-write";q=1;w=60');
    expect((await running!.get('/v1/feedback/ln-finance:fb-1/rating', init)).status).toBe(429);
    expect((await running!.get('/v1/items')).status).toBe(200);
  });

  it('takes quota overrides from the environment', async () => {
    await setUp({ anonymousRead: { points: 1, durationSeconds: 60 } }, { GONGKAI_RATE_LIMIT_ANONYMOUS_READ: '100000/60' });
    const response = await running!.get('/v1/items');
    expect(response.headers.get('ratelimit-policy')).toBe('"anonymous-read";q=100000;w=60');
  });

  it('does not count health checks and metrics scrapes', async () => {
    await setUp({ anonymousRead: { points: 1, durationSeconds: 60 } });
    for (let i = 0; i < 3; i++) expect((await running!.get('/healthz')).status).toBe(200);
    expect((await running!.get('/v1/items')).status).toBe(200);
  });
});
