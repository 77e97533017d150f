import { describe, expect, it } from 'vitest';
import { annualReportDueOn, checkAnnualReportDueDates } from './due-on';

describe('annualReportDueOn (Art. 49)', () => {
  it('is 31 January of the next year for a government department', () => {
    expect(annualReportDueOn({ kind: 'governmentDepartment', level: 'provincial' }, 2025)).toBe('2026-01-31');
    expect(annualReportDueOn({ kind: 'dispatchedOrInternalUnit', level: 'county' }, 2025)).toBe('2026-01-31');
    expect(annualReportDueOn({ kind: 'publicEnterpriseOrInstitution', level: 'prefecture' }, 2025)).toBe('2026-01-31');
  });

  it('is 31 March of the next year for a people’s government’s own report', () => {
    expect(annualReportDueOn({ kind: 'peoplesGovernment', level: 'county' }, 2025)).toBe('2026-03-31');
  });

  it('Art. 49: takes a configured date by level, since the article sets none below county level', () => {
    const dueDates = { township: '01-31', village: '02-29' };
    expect(annualReportDueOn({ kind: 'peoplesGovernment', level: 'township' }, 2025, dueDates)).toBe('2026-01-31');
    expect(annualReportDueOn({ kind: 'peoplesGovernment', level: 'county' }, 2025, dueDates)).toBe('2026-03-31');
    expect(annualReportDueOn({ kind: 'peoplesGovernment', level: 'village' }, 2025, dueDates)).toBe('2026-02-28');
    expect(annualReportDueOn({ kind: 'peoplesGovernment', level: 'village' }, 2027, dueDates)).toBe('2028-02-29');
  });

  it('refuses a due date that is not a month and day', () => {
    expect(() => checkAnnualReportDueDates({ township: '02-30' })).toThrow('township: "02-30" is not a month and day');
    expect(() => checkAnnualReportDueDates({ township: '1-31' })).toThrow('township');
    expect(() => checkAnnualReportDueDates({ township: '01-31', village: '12-31' })).not.toThrow();
  });
});
