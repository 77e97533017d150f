import { describe, expect, it } from 'vitest';
import { exampleColumn, reportOf } from './annual-report.arbitrary';
import { checkCarriedOver } from './check-cross-year';

describe('checkCarriedOver (上年结转 = the published 结转下年度)', () => {
  it('passes per column when this year carries over what the published report carried forward', () => {
    const previous = {
      ...reportOf('ln-finance', { naturalPerson: exampleColumn() }),
      year: 2024,
      publishedAt: '2025-01-20T09:00:00+08:00',
    };
    const carried = previous.table3.naturalPerson.carriedForward;
    const report = reportOf('ln-finance', { naturalPerson: { ...exampleColumn(), carriedOver: carried } });
    const checks = checkCarriedOver(report, previous);
    expect(checks.map((c) => c.target)).toEqual([
      'naturalPerson',
      'commercialEnterprise',
      'researchInstitution',
      'socialWelfareOrganization',
      'legalServiceOrganization',
      'otherOrganization',
      'total',
    ]);
    expect(checks[0]).toEqual({
      rule: 'table3.carriedOverMatchesPublished',
      target: 'naturalPerson',
      passed: true,
      detail: `carriedOver ${carried} = carriedForward ${carried} of the 2024 report published at 2025-01-20T09:00:00+08:00`,
    });
  });

  it('fails with the expected figure when they differ, and refuses a report that does not precede', () => {
    const previous = { ...reportOf('ln-finance', {}), year: 2024 };
    const report = reportOf('ln-finance', { naturalPerson: { ...exampleColumn(), carriedOver: 4 } });
    expect(checkCarriedOver(report, previous)[0]).toMatchObject({
      passed: false,
      detail: 'carriedOver 4 ≠ carriedForward 0 of the 2024 report: expected 0',
    });
    expect(() => checkCarriedOver(report, { ...previous, year: 2023 })).toThrow('does not precede');
  });
});
