import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Category, ComplianceReport } from '@gongkai/spec';
import { validateSchema, vocabularies } from '@gongkai/spec';
import { addDays } from '../calendar/calendar-date';
import { deriveAnnualReport } from './annual-report';
import { firstDataYear, measureCompliance, type ComplianceSources } from './compliance';
import { department, history, item, request } from './report-fixtures';

function expectValid(report: ComplianceReport): void {
  const result = validateSchema('ComplianceReport', report);
  expect(result.ok ? [] : result.errors).toEqual([]);
}

const amended = history(
  item({
    category: 'budgetsAndFinalAccounts',
    publishedOn: '2024-03-01',
    timeliness: { dueOn: '2024-03-29', workingDaysTaken: 4, onTime: true, provisional: false, calendarVersion: 'chinese-days@1.5.7' },
  }),
  { on: '2025-05-01', set: { title: '更正' } },
  { on: '2026-02-01', set: { status: 'withdrawn', withdrawal: { withdrawnAt: '2026-02-01T09:00:00+08:00', reason: '已被替代' } } },
);

const report2024 = {
  ...deriveAnnualReport({
    department: department(),
    year: 2024,
    items: [],
    revisions: [],
    budgets: [],
    requests: [],
    generatedAt: '2025-01-10T09:00:00+08:00',
  }),
  publishedAt: '2025-01-20T09:00:00+08:00',
};

const sources: ComplianceSources = {
  department: department(),
  asOf: '2026-11-26',
  items: [amended.item, item({ category: 'emergencies', publishedOn: '2026-11-20' })],
  revisions: amended.revisions,
  requests: [
    request({ receivedOn: '2026-10-20', replyDueOn: '2026-11-17' }),
    request({ receivedOn: '2026-05-11', replyDueOn: '2026-06-08', decided: { on: '2026-06-01', outcome: 'granted' } }),
  ],
  publishedReports: [report2024],
};

describe('measureCompliance', () => {
  const report = measureCompliance(sources);

  it('measures a valid compliance report of the department at the day asked', () => {
    expectValid(report);
    expect(report.departmentId).toBe('ln-finance');
    expect(report.asOf).toBe('2026-11-26');
  });

  it('covers every category', () => {
    expect(report.categories.find((c) => c.category === 'emergencies')).toMatchObject({ itemCount: 1, status: 'current' });
    expect(report.categories.find((c) => c.category === 'budgetsAndFinalAccounts')).toMatchObject({ itemCount: 0, status: 'empty' });
  });

  it('measures timeliness, replies, annual reports, the guide and the history', () => {
    expect(report.timeliness).toMatchObject({ measured: 1, onTime: 1, late: 0 });
    expect(report.requests).toEqual({ open: 1, openOverdue: 1, repliedOnTime: 1, repliedLate: 0 });
    expect(report.annualReports).toEqual([
      { year: 2024, dueOn: '2025-01-31', published: true, publishedAt: '2025-01-20T09:00:00+08:00', onTime: true, consistent: true },
      { year: 2025, dueOn: '2026-01-31', published: false, onTime: false, consistent: false },
    ]);
    expect(report.guide).toEqual({ updatedAt: '2026-01-15T09:00:00+08:00', current: true });
    expect(report.history).toEqual({ revisions: 3, updates: 1, withdrawals: 1 });
  });

  it('counts only the history recorded by the day asked, and calls a guide older than 12 months not current', () => {
    const later = measureCompliance({ ...sources, asOf: '2027-01-16' });
    expect(later.guide.current).toBe(false);
    const before = measureCompliance({ ...sources, asOf: '2025-12-31' });
    expect(before.history).toEqual({ revisions: 2, updates: 1, withdrawals: 0 });
    expect(before.categories.find((c) => c.category === 'budgetsAndFinalAccounts')).toMatchObject({ itemCount: 1, status: 'stale' });
    expectValid(before);
  });

  it('expects no annual report of a department without records', () => {
    const empty = measureCompliance({ ...sources, items: [], revisions: [], requests: [], publishedReports: [] });
    expect(empty.annualReports).toEqual([]);
    expect(firstDataYear({ items: [], revisions: [], requests: [] })).toBeUndefined();
    expectValid(empty);
  });

  it('refuses a day that is not a date, and another department’s report', () => {
    expect(() => measureCompliance({ ...sources, asOf: '2026-02-30' })).toThrow(RangeError);
    expect(() => measureCompliance({ ...sources, publishedReports: [{ ...report2024, departmentId: 'ln-emergency' }] })).toThrow(
      'belongs to ln-emergency',
    );
  });
});

describe('measureCompliance on random records (property)', () => {
  it('always measures a valid report that accounts for every item and every request', () => {
    const categories = vocabularies.category.terms.map((t) => t.value);
    const records = fc.record({
      items: fc.array(
        fc.record({
          day: fc.nat({ max: 1500 }),
          category: fc.constantFrom<Category>(...categories),
          withdrawn: fc.boolean(),
          taken: fc.option(fc.nat({ max: 40 }), { nil: undefined }),
        }),
        { maxLength: 30 },
      ),
      requests: fc.array(
        fc.record({
          day: fc.nat({ max: 1500 }),
          due: fc.nat({ max: 40 }),
          closedAfter: fc.option(fc.nat({ max: 60 }), { nil: undefined }),
          withdrawn: fc.boolean(),
        }),
        { maxLength: 30 },
      ),
      asOf: fc.nat({ max: 1600 }),
    });
    fc.assert(
      fc.property(records, (drawn) => {
        const asOf = addDays('2022-01-01', drawn.asOf);
        const items = drawn.items.map(({ day, category, withdrawn, taken }) =>
          item({
            category,
            publishedOn: addDays('2022-01-01', day),
            ...(withdrawn ? { status: 'withdrawn' as const } : {}),
            ...(taken !== undefined
              ? {
                  timeliness: {
                    dueOn: '2022-02-01',
                    workingDaysTaken: taken,
                    onTime: taken <= 20,
                    provisional: false,
                    calendarVersion: 'chinese-days@1.5.7',
                  },
                }
              : {}),
          }),
        );
        const requests = drawn.requests.map(({ day, due, closedAfter, withdrawn }) => {
          const receivedOn = addDays('2022-01-01', day);
          const closedOn = closedAfter === undefined ? undefined : addDays(receivedOn, closedAfter);
          if (closedOn === undefined) return request({ receivedOn, replyDueOn: addDays(receivedOn, due) });
          return withdrawn
            ? request({ receivedOn, replyDueOn: addDays(receivedOn, due), withdrawnOn: closedOn })
            : request({ receivedOn, replyDueOn: addDays(receivedOn, due), decided: { on: closedOn, outcome: 'granted' } });
        });
        const report = measureCompliance({ ...sources, asOf, items, revisions: [], requests, publishedReports: [] });
        expectValid(report);
        const visible = items.filter((i) => i.status === 'published' && i.publishedAt.slice(0, 10) <= asOf);
        expect(report.categories.reduce((n, c) => n + c.itemCount, 0)).toBe(visible.length);
        const received = requests.filter((r) => r.receivedOn <= asOf);
        const withdrawnByThen = received.filter(
          (r) => r.status === 'withdrawn' && (r.events.find((e) => e.type === 'withdrawn')?.on ?? '') <= asOf,
        );
        const { open, repliedOnTime, repliedLate, openOverdue } = report.requests;
        expect(open + repliedOnTime + repliedLate + withdrawnByThen.length).toBe(received.length);
        expect(openOverdue).toBeLessThanOrEqual(open);
        expect(report.timeliness.onTime + report.timeliness.late).toBe(report.timeliness.measured);
      }),
      { numRuns: 100 },
    );
  });
});
