import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DepartmentProcess } from './support/department-process';
import { startFaultGateway, type FaultGateway } from './support/gateway';
import { startTraffic, waitFor } from './support/traffic';

// Each step waits on a condition (bounded at 40 s) rather than a clock: on a loaded 2-core
// machine a test may need far longer than the default 30 s without anything being wrong.
const SLOW_MACHINE = { timeout: 180_000 };

interface ListBody {
  data: Array<{ id: string; departmentId: string }>;
  meta: { partial?: boolean; failures?: Array<{ department: string; status: number }> };
}
interface ReadinessBody {
  departments: Array<{ department: string; circuit: string }>;
}

let finance: DepartmentProcess;
let housing: DepartmentProcess;
let running: FaultGateway;

beforeAll(async () => {
  [finance, housing] = await Promise.all([DepartmentProcess.start('ln-finance'), DepartmentProcess.start('ln-housing')]);
  running = await startFaultGateway(
    [
      { id: 'ln-finance', url: finance.url },
      { id: 'ln-housing', url: housing.url },
    ],
    // A short open window so that the test sees the circuit close again; the threshold is the default's.
    { departmentTimeoutMs: 5000, circuitBreaker: { failureThreshold: 5, openMs: 500 } },
  );
});
afterAll(async () => {
  await running?.close();
  await Promise.all([finance?.kill(), housing?.kill()]);
});

/** The circuit's state as `/readyz` reports it (`/v1/departments` lists only departments that answer). */
const circuitOf = async (id: string) => {
  const body = (await (await running.get('/readyz')).json()) as ReadinessBody;
  return body.departments.find((department) => department.department === id)!.circuit;
};

async function firstItemOf(departmentId: string): Promise<string> {
  const body = (await (await running.get(`/v1/items?department=${departmentId}&limit=1`)).json()) as ListBody;
  return body.data[0]!.id;
}

describe('a department process killed under traffic', SLOW_MACHINE, () => {
  it('answers lists 200 naming it as partial, its records 502–504, opens the circuit and closes it after the restart', async () => {
    const financeItem = await firstItemOf('ln-finance');
    const housingItem = await firstItemOf('ln-housing');
    const traffic = startTraffic(running.url, ['/v1/items?limit=5', `/v1/items/${financeItem}`, `/v1/items/${housingItem}`, '/v1/budgets']);
    await waitFor('traffic to flow', () => traffic.records.length > 20);

    await finance.kill();
    const startOfFault = traffic.records.length;
    const partial = await waitFor('a partial list naming ln-finance', async () => {
      const body = (await (await running.get('/v1/items?limit=5')).json()) as ListBody;
      return body.meta.partial ? body : undefined;
    });
    expect(partial.meta.failures?.map((failure) => failure.department)).toEqual(['ln-finance']);
    expect(partial.data.every((item) => item.departmentId === 'ln-housing')).toBe(true);

    const single = await running.get(`/v1/items/${financeItem}`);
    expect([502, 503, 504]).toContain(single.status);
    expect(single.headers.get('content-type')).toContain('application/problem+json');
    await waitFor('the circuit of ln-finance to open', async () => (await circuitOf('ln-finance')) === 'open');

    const duringFault = traffic.records.slice(startOfFault);
    const endOfFault = traffic.records.length;
    await finance.restart();
    await waitFor('the circuit of ln-finance to close again', async () => (await circuitOf('ln-finance')) === 'closed');
    await waitFor('a complete list again', async () => {
      const body = (await (await running.get('/v1/items?limit=5')).json()) as ListBody;
      return !body.meta.partial;
    });
    const records = await traffic.stop();
    const afterRestart = records.slice(endOfFault);

    // What clients saw while the department was down: lists and the other department's records
    // always 200, the dead department's records a gateway problem, never a broken connection.
    expect(records.filter((r) => r.status === 'network-error')).toEqual([]);
    for (const record of duringFault) {
      if (record.path === `/v1/items/${financeItem}`) expect([200, 502, 503, 504]).toContain(record.status);
      else expect(record).toMatchObject({ status: 200 });
    }
    expect(duringFault.some((r) => r.path === `/v1/items/${financeItem}` && r.status !== 200)).toBe(true);
    // After the restart, every record of the department is served again.
    expect((await running.get(`/v1/items/${financeItem}`)).status).toBe(200);
    expect(afterRestart.filter((r) => r.path !== `/v1/items/${financeItem}`).every((r) => r.status === 200)).toBe(true);
  });
});
