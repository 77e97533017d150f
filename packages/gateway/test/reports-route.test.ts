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
