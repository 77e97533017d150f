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

async function setUp(cache: Record<string, number>) {
  departments = await Promise.all(
    ['ln-finance', 'ln-housing', 'ln-emergency'].map((id, i) => new LoopbackDepartment({ id, items: generatedItems(id, 10, i) }).start()),
  );
  running = await startGateway(departments, { cache });
  return departments;
}

describe('the response cache', () => {
  it('makes one call per department for 100 identical cold requests', async () => {
    const all = await setUp({ ttlMs: 60000, staleWhileRevalidateMs: 0, staleIfErrorMs: 0 });
    for (const department of all) department.behaviour.delayMs = 50; // keep the first call in flight while the others arrive
    const responses = await Promise.all(Array.from({ length: 100 }, () => running!.get('/v1/items?limit=5')));
    const bodies = await Promise.all(responses.map((r) => r.text()));
    expect(new Set(bodies).size).toBe(1);
    expect(all.map((department) => department.callsTo('/v1/items'))).toEqual([1, 1, 1]);
  });

  it('gives a strong ETag and answers 304 to If-None-Match', async () => {
    await setUp({ ttlMs: 60000 });
    const first = await running!.get('/v1/items');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(first.headers.get('cache-control')).toContain('max-age=60');
    const again = await running!.get('/v1/items', { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('serves a stale list while it refreshes, and a stale one when the departments fail', async () => {
    const all = await setUp({ ttlMs: 0, staleWhileRevalidateMs: 0, staleIfErrorMs: 60000 });
    const complete = (await (await running!.get('/v1/items?limit=50')).json()) as { data: unknown[] };
    expect(complete.data).toHaveLength(30);
    all[1]!.behaviour.failWith = 500;
    const stale = await running!.get('/v1/items?limit=50');
    const body = (await stale.json()) as { data: unknown[]; meta: { partial?: boolean } };
    // A partial answer is an error for stale-if-error: the complete copy is served instead.
    expect(body.meta.partial).toBeUndefined();
    expect(body.data).toHaveLength(30);
  });

  it('revalidates a single resource with the department’s ETag', async () => {
    const [finance] = await setUp({ ttlMs: 0, staleWhileRevalidateMs: 0, staleIfErrorMs: 60000 });
    const first = await running!.get('/v1/items/ln-finance:2026-000001');
    const second = await running!.get('/v1/items/ln-finance:2026-000001');
    expect(await second.text()).toBe(await first.text());
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(finance!.callsTo('/v1/items/ln-finance%3A2026-000001')).toBe(2);
    expect(finance!.notModified).toBe(1);
  });
});
