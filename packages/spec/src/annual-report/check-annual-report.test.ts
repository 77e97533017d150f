import { describe, expect, it } from 'vitest';
import { validateSchema } from '../validate';
import { exampleColumn, remedyRow, reportOf } from './annual-report.arbitrary';
import { checkAnnualReport } from './check-annual-report';

const failed = (report: Parameters<typeof checkAnnualReport>[0]) =>
  checkAnnualReport(report)
    .filter((check) => !check.passed)
    .map(({ rule, target }) => `${rule} ${target}`);

describe('checkAnnualReport', () => {
  it('passes every check of a consistent report: 2 per table-3 column, 1 per table-3 row, 1 per table-4 group', () => {
    const report = reportOf('ln-finance', { naturalPerson: exampleColumn() }, { table4: { reconsideration: remedyRow(2, 1, 0, 1) } });
    const checks = checkAnnualReport(report);
    expect(checks).toHaveLength(7 * 2 + 25 + 3);
    expect(checks.every((check) => check.passed)).toBe(true);
    for (const check of checks) expect(validateSchema('ConsistencyCheck', check).ok).toBe(true);
  });

  it('states the arithmetic of each rule', () => {
    const report = reportOf('ln-finance', { naturalPerson: exampleColumn() }, { table4: { reconsideration: remedyRow(2, 1, 0, 1) } });
    const checks = checkAnnualReport(report);
    const find = (rule: string, target: string) => checks.find((c) => c.rule === rule && c.target === target)?.detail;
    expect(find('table3.balance', 'naturalPerson')).toBe('18 + 3 = 20 + 1');
    expect(find('table3.outcomeTotal', 'naturalPerson')).toBe('20 = 10 + 2 + 2 + 4 + 1 + 1');
    expect(find('table3.totalColumn', 'total.outcomes.unable.notHeld')).toBe('3 + 0 + 0 + 0 + 0 + 0 = 3');
    expect(find('table4.total', 'reconsideration')).toBe('2 + 1 + 0 + 1 = 4');
  });

  it('fails a column whose new and carried-over requests do not equal those handled and carried forward', () => {
    const report = reportOf('ln-finance', { naturalPerson: exampleColumn() });
    report.table3.naturalPerson.carriedForward = 2;
    report.table3.total.carriedForward = 2;
    expect(failed(report)).toEqual(['table3.balance naturalPerson', 'table3.balance total']);
    const check = checkAnnualReport(report).find((c) => c.rule === 'table3.balance' && c.target === 'naturalPerson');
    expect(check?.detail).toBe('18 + 3 ≠ 20 + 2: expected newReceived + carriedOver (21) = outcomes.total + carriedForward (22)');
  });

  it('fails a 总计 of outcomes that is not the sum of the outcome rows, even when the column balances', () => {
    const report = reportOf('ln-finance', { commercialEnterprise: exampleColumn() });
    for (const column of [report.table3.commercialEnterprise, report.table3.total]) {
      column.outcomes.total = 21;
      column.newReceived = 19;
    }
    expect(failed(report)).toEqual(['table3.outcomeTotal commercialEnterprise', 'table3.outcomeTotal total']);
    const check = checkAnnualReport(report).find((c) => c.rule === 'table3.outcomeTotal' && c.target === 'commercialEnterprise');
    expect(check?.detail).toBe('21 ≠ 10 + 2 + 2 + 4 + 1 + 1: expected outcomes.total 20');
  });

  it('fails each row of the total column that is not the sum of the six applicant columns', () => {
    const report = reportOf('ln-finance', { naturalPerson: exampleColumn(), researchInstitution: exampleColumn() });
    report.table3.total.outcomes.denied.thirdPartyRights = 1; // should be 2
    report.table3.total.outcomes.other.noSupplement = 1; // should be 2
    expect(failed(report)).toEqual([
      'table3.outcomeTotal total',
      'table3.totalColumn total.outcomes.denied.thirdPartyRights',
      'table3.totalColumn total.outcomes.other.noSupplement',
    ]);
    const check = checkAnnualReport(report).find((c) => c.target === 'total.outcomes.denied.thirdPartyRights');
    expect(check?.detail).toBe('1 + 0 + 1 + 0 + 0 + 0 ≠ 1: expected 2 in the total column');
  });

  it('fails a table-4 group whose total is not upheld + corrected + other + pending', () => {
    const report = reportOf(
      'ln-finance',
      {},
      { table4: { litigationDirect: { upheld: 2, corrected: 1, other: 0, pending: 1, total: 5 } } },
    );
    expect(failed(report)).toEqual(['table4.total litigationDirect']);
    expect(checkAnnualReport(report).at(-2)?.detail).toBe('2 + 1 + 0 + 1 ≠ 5: expected total 4');
  });

  it('fails exactly the broken checks of a report broken in several places', () => {
    const report = reportOf('ln-finance', { naturalPerson: exampleColumn(), otherOrganization: exampleColumn() });
    report.table3.otherOrganization.carriedOver = 4; // balance of otherOrganization, and the total column's carriedOver
    report.table3.naturalPerson.outcomes.granted = 9; // outcome total of naturalPerson and the total column's granted
    report.table4.reconsideration.total = 1; // table 4
    expect(failed(report)).toEqual([
      'table3.outcomeTotal naturalPerson',
      'table3.balance otherOrganization',
      'table3.totalColumn total.carriedOver',
      'table3.totalColumn total.outcomes.granted',
      'table4.total reconsideration',
    ]);
  });
});
