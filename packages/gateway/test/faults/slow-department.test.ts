import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startDepartmentServer, type RunningDepartment } from '@gongkai/department-kit';
import { FaultyProxy } from './support/faulty-proxy';
import { startFaultGateway, type FaultGateway } from './support/gateway';
import { waitFor } from './support/traffic';

// Each step waits on a condition (bounded at 40 s) rather than a clock: on a loaded 2-core
// machine a test may need far longer than the default 30 s without anything being wrong.
const SLOW_MACHINE = { timeout: 180_000 };

interface ListBody {
  data: Array<{ id: string; departmentId: string }>;
  meta: { partial?: boolean; failures?: Array<{ department: string; status: number; detail: string }> };
}

let finance: RunningDepartment;
let housing: RunningDepartment;
let proxy: FaultyProxy;
let running: FaultGateway;
let financeItem: string;

beforeAll(async () => {
  const started = await Promise.all(
    ['ln-finance', 'ln-housing'].map((sample) => startDepartmentServer({ sample, port: 0, host: '127.0.0.1', adminTokens: [] })),
  );
  [finance, housing] = [started[0]!, started[1]!];
  proxy = await new FaultyProxy(finance!.url).start();
  running = await startFaultGateway(
    [
      { id: 'ln-finance', url: proxy.url },
      { id: 'ln-housing', url: housing!.url },
    ],
    // A high threshold: these tests look at one answer at a time, not at the circuit.
    { departmentTimeoutMs: 300, circuitBreaker: { failureThreshold: 1000, openMs: 1000 } },
  );
  const body = (await (await running.get('/v1/items?department=ln-finance&limit=1')).json()) as ListBody;
  financeItem = body.data[0]!.id;
});
afterAll(async () => {
  await running?.close();
  await proxy?.stop();
  await Promise.all([finance?.close(), housing?.close()]);
});
beforeEach(() => {
  proxy.fault = { kind: 'none' };
});

// No durations are asserted: the slow department is still holding the gateway's request when the
// gateway has answered (or has given up on it), which is what "bounded by its timeout" means.
describe('a department that answers slowly', SLOW_MACHINE, () => {
  it('that never answers: lists answer without it, naming it 504, and the gateway gives up its request', async () => {
    proxy.fault = { kind: 'hang' };
    const response = await running.get('/v1/items?limit=5');
    expect(response.status).toBe(200);
    const body = (await response.json()) as ListBody;
    expect(body.meta.partial).toBe(true);
    expect(body.meta.failures).toEqual([{ department: 'ln-finance', status: 504, detail: 'did not answer within 300 ms' }]);
    expect(body.data.every((item) => item.departmentId === 'ln-housing')).toBe(true);
    await waitFor('the gateway to close its request to the department', () => proxy.pending.size === 0);
    expect(proxy.abandoned).toBeGreaterThan(0);
  });

  it('that never answers: its single resources answer 504 with a problem body', async () => {
    proxy.fault = { kind: 'hang' };
    const response = await running.get(`/v1/items/${financeItem}`);
    expect(response.status).toBe(504);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(await response.json()).toMatchObject({ status: 504 });
  });

  it('that stops after the headers: the list answers without it and names it', async () => {
    proxy.fault = { kind: 'stall-after-headers' };
    const response = await running.get('/v1/items?limit=5');
    expect(response.status).toBe(200);
    const body = (await response.json()) as ListBody;
    expect(body.meta.failures?.map((failure) => failure.department)).toEqual(['ln-finance']);
    expect([502, 504]).toContain(body.meta.failures?.[0]?.status);
    const single = await running.get(`/v1/items/${financeItem}`);
    expect([502, 504]).toContain(single.status);
  });

  it('answers completely again once the department is quick again', async () => {
    const body = (await (await running.get('/v1/items?limit=5')).json()) as ListBody;
    expect(body.meta.partial).toBeUndefined();
    expect((await running.get(`/v1/items/${financeItem}`)).status).toBe(200);
  });
});
