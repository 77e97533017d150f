import { afterEach, describe, expect, it } from 'vitest';
import { validateSchema, type AnnualReport } from '@gongkai/spec';
import { LoopbackDepartment } from './support/loopback-department';
import { startGateway, type RunningGateway } from './support/start-gateway';

let running: RunningGateway | undefined;
let departments: LoopbackDepartment[] = [];

afterEach(async () => {
  await running?.close();
  await Promise.all(departments.map((d) => d.stop()));
  running = undefined;
  departments = [];
});

describe('reports across departments', () => {
  it('sums the annual report tables of every department and the sum still passes the consistency rules', async () => {
    departments = await Promise.all(['ln-a', 'ln-b', 'ln-c'].map((id) => new LoopbackDepartment({ id }).start()));
    running = await startGateway(departments);
    const report = (await (await running.get('/v1/reports/annual?year=2025')).json()) as AnnualReport;
    expect(validateSchema('AnnualReport', report).ok).toBe(true);
    expect(report.departments).toEqual(['ln-a', 'ln-b', 'ln-c']);
    expect(report.departmentId).toBeUndefined();
    expect(report.table3.total.newReceived).toBe(6);
    expect(report.table2.normativeDocuments.issued).toBe(3);
    expect(report.table2.fees.amount).toBe('300.00');
    expect(report.consistent).toBe(true);
    expect(report.checks.every((check) => check.passed)).toBe(true);
  });

  it('passes one department’s report through and marks a sum partial when a department fails', async () => {
    departments = await Promise.all(['ln-a', 'ln-b'].map((id) => new LoopbackDepartment({ id }).start()));
    running = await startGateway(departments);
    const single = (await (await running.get('/v1/reports/annual?year=2025&department=ln-b')).json()) as AnnualReport;
    expect(single.departmentId).toBe('ln-b');
    departments[0]!.behaviour.failWith = 500;
    const partial = (await (await running.get('/v1/reports/annual?year=2025')).json()) as AnnualReport;
    expect(partial.partial).toBe(true);
    expect(partial.failures).toEqual([{ department: 'ln-a', status: 502, detail: 'answered 500' }]);
    expect(partial.table3.total.newReceived).toBe(2);
  });

  it('builds a compliance scoreboard with one entry per department', async () => {
    departments = await Promise.all(['ln-a', 'ln-b'].map((id) => new LoopbackDepartment({ id }).start()));
    running = await startGateway(departments);
    const board = (await (await running.get('/v1/compliance?asOf=2026-11-26')).json()) as {
      asOf: string;
      departments: Array<{ departmentId: string }>;
    };
    expect(board.asOf).toBe('2026-11-26');
    expect(board.departments.map((d) => d.departmentId)).toEqual(['ln-a', 'ln-b']);
  });
});

describe('compliance over a bounded asOf', () => {
  it('refuses a date far ahead or before the Regulations with 400 naming asOf, before asking any department', async () => {
    departments = await Promise.all(['ln-a'].map((id) => new LoopbackDepartment({ id }).start()));
    running = await startGateway(departments);
    for (const asOf of ['9999-12-31', '2007-12-31']) {
      const response = await running.get(`/v1/compliance?asOf=${asOf}`);
      expect(response.status).toBe(400);
      const problem = (await response.json()) as { errors: Array<{ pointer: string }> };
      expect(problem.errors.map((error) => error.pointer)).toEqual(['/query/asOf']);
    }
    expect(departments[0]!.callsTo('/v1/compliance')).toBe(0);
  });

  it('measures a question once and answers its repeats from the cache', async () => {
    departments = await Promise.all(['ln-a', 'ln-b'].map((id) => new LoopbackDepartment({ id }).start()));
    running = await startGateway(departments, { cache: { ttlMs: 60_000, staleWhileRevalidateMs: 0, staleIfErrorMs: 0 } });
    const first = await running.get('/v1/compliance?asOf=2026-11-26');
    const second = await running.get('/v1/compliance?asOf=2026-11-26');
    expect(second.status).toBe(200);
    expect(await second.text()).toBe(await first.text());
    expect(departments.map((d) => d.callsTo('/v1/compliance'))).toEqual([1, 1]);
    await running.get('/v1/compliance?asOf=2026-11-25');
    expect(departments.map((d) => d.callsTo('/v1/compliance'))).toEqual([2, 2]);
  });
});
