import { describe, expect, it } from 'vitest';
import { annualReportDueOn } from './due-on';

describe('annualReportDueOn (Art. 49)', () => {
  it('is 31 January of the next year for a government department', () => {
    expect(annualReportDueOn('governmentDepartment', 2025)).toBe('2026-01-31');
    expect(annualReportDueOn('dispatchedOrInternalUnit', 2025)).toBe('2026-01-31');
    expect(annualReportDueOn('publicEnterpriseOrInstitution', 2025)).toBe('2026-01-31');
  });

  it('is 31 March of the next year for a people’s government’s own report', () => {
    expect(annualReportDueOn('peoplesGovernment', 2025)).toBe('2026-03-31');
  });
});
