import { describe, expect, it } from 'vitest';
import { annualReportRecord } from './compliance-annual-reports';
import { deriveAnnualReport } from './annual-report';
import { department, request } from './report-fixtures';

function published(year: number, publishedAt: string | undefined) {
  const report = deriveAnnualReport({
    department: department(),
    year,
    items: [],
    revisions: [],
    budgets: [],
    requests: [request({ receivedOn: `${year}-03-01` })],
    generatedAt: `${year + 1}-01-10T09:00:00+08:00`,
  });
  return publishedAt === undefined ? report : { ...report, publishedAt };
}

describe('annual reports published (Art. 49, 50)', () => {
  it('lists each year from the first data year to last year, with its due date', () => {
    const record = annualReportRecord({ kind: 'governmentDepartment', level: 'provincial' }, 2023, [], '2026-02-10');
    expect(record.map((r) => [r.year, r.dueOn])).toEqual([
      [2023, '2024-01-31'],
      [2024, '2025-01-31'],
      [2025, '2026-01-31'],
    ]);
  });

  it('marks a report published by its due date as on time, and one published after as late', () => {
    const record = annualReportRecord(
      { kind: 'governmentDepartment', level: 'provincial' },
      2024,
      [published(2024, '2025-01-31T23:00:00+08:00'), published(2025, '2026-02-03T09:00:00+08:00')],
      '2026-11-26',
    );
    expect(record).toEqual([
      { year: 2024, dueOn: '2025-01-31', published: true, publishedAt: '2025-01-31T23:00:00+08:00', onTime: true, consistent: true },
      { year: 2025, dueOn: '2026-01-31', published: true, publishedAt: '2026-02-03T09:00:00+08:00', onTime: false, consistent: true },
    ]);
  });

  it('marks a missing report late once it is due, and says nothing of time before', () => {
    expect(annualReportRecord({ kind: 'peoplesGovernment', level: 'county' }, 2025, [], '2026-03-31')).toEqual([
      { year: 2025, dueOn: '2026-03-31', published: false, consistent: false },
    ]);
    expect(annualReportRecord({ kind: 'peoplesGovernment', level: 'county' }, 2025, [], '2026-04-01')).toEqual([
      { year: 2025, dueOn: '2026-03-31', published: false, onTime: false, consistent: false },
    ]);
  });

  it('runs the checks again on a published report instead of trusting its flag', () => {
    const tampered = published(2025, '2026-01-20T09:00:00+08:00');
    tampered.table3.naturalPerson.carriedForward = 0;
    expect(annualReportRecord({ kind: 'governmentDepartment', level: 'provincial' }, 2025, [tampered], '2026-11-26')[0]?.consistent).toBe(
      false,
    );
  });

  it('does not count a report published after the day measured', () => {
    expect(
      annualReportRecord(
        { kind: 'governmentDepartment', level: 'provincial' },
        2025,
        [published(2025, '2026-03-01T09:00:00+08:00')],
        '2026-02-15',
      )[0],
    ).toMatchObject({ published: false, onTime: false });
  });

  it('expects no report before 2008, when the Regulations took effect', () => {
    expect(annualReportRecord({ kind: 'governmentDepartment', level: 'provincial' }, 2005, [], '2009-06-01').map((r) => r.year)).toEqual([
      2008,
    ]);
  });
});
