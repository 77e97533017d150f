import { afterEach, describe, expect, it } from 'vitest';
import { generatedItems, LoopbackDepartment, type Record_ } from './support/loopback-department';
import { startGateway, type RunningGateway } from './support/start-gateway';

let running: RunningGateway | undefined;
let departments: LoopbackDepartment[] = [];

afterEach(async () => {
  await running?.close();
  await Promise.all(departments.map((d) => d.stop()));
  running = undefined;
  departments = [];
});

async function setUp(settings: Record<string, unknown> = {}) {
  departments = await Promise.all(
    ['ln-finance', 'ln-housing', 'ln-emergency'].map((id, i) =>
      new LoopbackDepartment({ id, items: generatedItems(id, 5, i + 1) }).start(),
    ),
  );
  running = await startGateway(departments, settings);
  return departments;
}

interface ListBody {
  data: Record_[];
  meta: { partial?: boolean; failures?: Array<{ department: string; status: number; detail: string }> };
  links: { next?: string };
}

describe('honest partial answers', () => {
  it('still answers 200 with the others when a department fails, naming it in meta.failures', async () => {
    const [, housing] = await setUp();
    housing!.behaviour.failWith = 500;
    const response = await running!.get('/v1/items?limit=100');
    const body = (await response.json()) as ListBody;
    expect(response.status).toBe(200);
    expect(body.meta.partial).toBe(true);
    expect(body.meta.failures).toEqual([{ department: 'ln-housing', status: 502, detail: 'answered 500' }]);
    expect(body.data).toHaveLength(10);
    expect(body.data.some((item) => item['departmentId'] === 'ln-housing')).toBe(false);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('names a department that does not answer in time as 504, without waiting longer than its timeout', async () => {
    const [finance] = await setUp({ departmentTimeoutMs: 150 });
    finance!.behaviour.delayMs = 2000;
    const response = await running!.get('/v1/items');
    const body = (await response.json()) as ListBody;
    expect(body.meta.failures).toEqual([{ department: 'ln-finance', status: 504, detail: 'did not answer within 150 ms' }]);
  });

  it('names a department whose port is closed', async () => {
    const [, , emergency] = await setUp();
    await emergency!.stop();
    const body = (await (await running!.get('/v1/items')).json()) as ListBody;
    expect(body.meta.failures?.[0]).toMatchObject({ department: 'ln-emergency', status: 502, detail: 'is not reachable (ECONNREFUSED)' });
  });

  it('keeps a failed department’s place, so the next page retries it', async () => {
    const [finance] = await setUp();
    finance!.behaviour.failWith = 503;
    const first = (await (await running!.get('/v1/items?limit=100')).json()) as ListBody;
    expect(first.data).toHaveLength(10);
    expect(first.links.next).toBeDefined();
    finance!.behaviour.failWith = null;
    const second = (await (await running!.get(first.links.next!)).json()) as ListBody;
    expect(second.meta.partial).toBeUndefined();
    expect(second.data.map((item) => item['departmentId'])).toEqual(Array(5).fill('ln-finance'));
  });

  it('answers a single resource of a failed department with 502 or 504 and a problem body', async () => {
    const [finance, housing] = await setUp({ departmentTimeoutMs: 150 });
    finance!.behaviour.failWith = 500;
    housing!.behaviour.delayMs = 2000;
    const failed = await running!.get('/v1/items/ln-finance:2026-000001');
    expect(failed.status).toBe(502);
    expect(failed.headers.get('content-type')).toContain('application/problem+json');
    expect(await failed.json()).toMatchObject({
      type: 'urn:gongkai:problem:upstream-failed',
      status: 502,
      department: 'ln-finance',
      detail: 'ln-finance answered 500.',
    });
    const slow = await running!.get('/v1/items/ln-housing:2026-000001');
    expect(slow.status).toBe(504);
    expect(await slow.json()).toMatchObject({ type: 'urn:gongkai:problem:upstream-timeout', status: 504 });
  });

  it('opens a department’s circuit after consecutive failures, shows it in /v1/departments and fails fast with 503', async () => {
    const [finance] = await setUp({
      circuitBreaker: { failureThreshold: 2, openMs: 60000 },
      cache: { ttlMs: 0, staleWhileRevalidateMs: 0, staleIfErrorMs: 60000 },
    });
    expect((await running!.get('/v1/departments')).status).toBe(200);
    finance!.behaviour.failWith = 500;
    await running!.get('/v1/items/ln-finance:2026-000001');
    await running!.get('/v1/items/ln-finance:2026-000001');
    const callsBefore = finance!.calls.length;
    const fast = await running!.get('/v1/items/ln-finance:2026-000002');
    expect(fast.status).toBe(503);
    expect(Number(fast.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(finance!.calls.length).toBe(callsBefore);

    // The description comes from the stale copy; the health is live.
    const listed = (await (await running!.get('/v1/departments')).json()) as {
      data: Array<{ id: string; name: string; health: Record<string, unknown> }>;
    };
    expect(listed.data.find((d) => d.id === 'ln-finance')).toMatchObject({
      name: 'ln-finance 测试部门',
      health: { status: 'down', circuit: 'open', consecutiveFailures: 2, lastError: 'bad answer' },
    });
    expect(listed.data.find((d) => d.id === 'ln-housing')?.health).toMatchObject({
      status: 'up',
      circuit: 'closed',
      consecutiveFailures: 0,
    });
    expect(finance!.calls.length).toBe(callsBefore);

    const metrics = await (await running!.get('/metrics')).text();
    expect(metrics).toContain('gongkai_department_circuit_state{department="ln-finance"} 2');
    expect(metrics).toContain('gongkai_department_circuit_state{department="ln-housing"} 0');
  });

  it('names a department’s last failure in /v1/departments by a fixed phrase, never by its address', async () => {
    const [finance] = await setUp({
      circuitBreaker: { failureThreshold: 5, openMs: 60000 },
      cache: { ttlMs: 0, staleWhileRevalidateMs: 0, staleIfErrorMs: 60000 },
    });
    expect((await running!.get('/v1/departments')).status).toBe(200);
    const address = new URL(finance!.url).host;
    await finance!.stop();
    await running!.get('/v1/items/ln-finance:2026-000001');
    const text = await (await running!.get('/v1/departments')).text();
    const listed = JSON.parse(text) as { data: Array<{ id: string; health: Record<string, unknown> }> };
    expect(listed.data.find((d) => d.id === 'ln-finance')?.health).toMatchObject({ status: 'down', lastError: 'connection refused' });
    expect(text).not.toContain(address);
    expect(text).not.toContain('ECONNREFUSED');
  });
});
