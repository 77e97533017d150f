import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operations } from '@gongkai/spec';
import type { RunningDepartment } from '@gongkai/department-kit';
import { runConformance, type ConformanceReport } from '../src/index';
import { AREAS } from '../src/run/check';
import { startSampleDepartment, STAFF_TOKEN } from './support/sample-department';

describe('a department-kit department', () => {
  let department: RunningDepartment;
  let report: ConformanceReport;
  beforeAll(async () => {
    // ln-zhangwu has every kind of record and more items than one page holds.
    department = await startSampleDepartment('ln-zhangwu');
    report = await runConformance({ baseUrl: department.url, token: STAFF_TOKEN, allowWrites: true });
  });
  afterAll(() => department.close());

  it('conforms: no check fails', () => {
    expect(
      report.results.filter((result) => result.status === 'failed').map((result) => ({ id: result.id, failures: result.failures })),
    ).toEqual([]);
    expect(report.conforming).toBe(true);
  });

  it('is checked in every area, with every public operation judged against the contract', () => {
    for (const area of AREAS)
      expect(
        report.results.some((result) => result.area === area && result.status === 'passed'),
        area,
      ).toBe(true);
    const judged = report.results
      .filter((result) => result.id.startsWith('contract.') && result.status === 'passed')
      .map((result) => result.id);
    for (const operation of operations.values())
      if (!operation.admin) expect(judged, operation.operationId).toContain(`contract.${operation.operationId}`);
  });

  it('skips nothing it could check with writes and a staff token', () => {
    const skipped = report.results.filter((result) => result.status === 'skipped');
    // Only the staff writes the checks never make (they would change the department's records).
    expect(
      skipped
        .map((result) => result.id)
        .filter((id) => !id.startsWith('admin.') || !/:(create|update|withdraw|register|record|advance|publish)/.test(id)),
    ).toEqual([]);
  });

  it('walks lists at several page sizes and reads every record of a list longer than a page', () => {
    const walk = report.results.find((result) => result.id === 'lists.cursor-walk:listItems');
    expect(walk).toMatchObject({ status: 'passed', detail: '123 records' });
  });

  it('reads only, unless told to write', async () => {
    const readOnly = await runConformance({ baseUrl: department.url, only: ['writes', 'privacy.no-personal-data'] });
    expect(readOnly.results.filter((result) => result.area === 'writes').every((result) => result.status === 'skipped')).toBe(true);
    expect(readOnly.results.find((result) => result.id === 'writes.idempotency:submitRequest')?.detail).toContain('--allow-writes');
  });
});
