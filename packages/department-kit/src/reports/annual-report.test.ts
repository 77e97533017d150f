import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnnualReport, ApplicantType, ReplyOutcome } from '@gongkai/spec';
import { validateSchema, vocabularies } from '@gongkai/spec';
import { addDays } from '../calendar/calendar-date';
import { APPLICANT_COLUMNS } from './annual-report-arithmetic';
import { deriveAnnualReport, type AnnualReportSources } from './annual-report';
import { department, finalAccount, history, item, remedyEvent, request } from './report-fixtures';

function expectValid(report: AnnualReport): void {
  const result = validateSchema('AnnualReport', report);
  expect(result.ok ? [] : result.errors).toEqual([]);
}

const repealed = history(item({ genre: 'rule', writtenOn: '2022-05-01', publishedOn: '2022-05-03' }), {
  on: '2025-04-01',
  set: { validity: 'repealed' },
});

const sources: AnnualReportSources = {
  department: department(),
  year: 2025,
  generatedAt: '2026-01-20T09:00:00+08:00',
  items: [
    item({ genre: 'normativeDocument', writtenOn: '2025-03-02', publishedOn: '2025-03-10' }),
    item({ genre: 'normativeDocument', writtenOn: '2024-06-01', publishedOn: '2024-06-05' }),
    item({ genre: 'licensingDecision', category: 'licensing', publishedOn: '2025-07-01' }),
    item({ genre: 'penaltyDecision', category: 'penaltiesAndCoercion', publishedOn: '2025-08-01' }),
    repealed.item,
  ],
  revisions: repealed.revisions,
  budgets: [finalAccount(2025, [{ code: '10304', name: '行政事业性收费收入', amount: '1200000.00' }])],
  requests: [
    request({ receivedOn: '2024-12-25', decided: { on: '2025-01-10', outcome: 'granted' } }),
    request({ receivedOn: '2025-02-01', applicant: 'commercialEnterprise', decided: { on: '2025-02-20', outcome: 'partial' } }),
    request({
      receivedOn: '2025-03-01',
      decided: { on: '2025-03-25', outcome: 'denied.thirdPartyRights' },
      events: [remedyEvent('remedyFiled', '2025-04-10', { kind: 'reconsideration' })],
    }),
    request({ receivedOn: '2025-05-01', withdrawnOn: '2025-05-03' }),
    request({ receivedOn: '2025-12-29', applicant: 'legalServiceOrganization' }),
    request({
      receivedOn: '2025-06-01',
      decided: { on: '2025-06-28', outcome: 'granted' },
      fee: { method: 'perPage', quantity: 60, amount: '300.00', breakdown: [], paidOn: '2025-06-20' },
    }),
  ],
};

describe('deriveAnnualReport', () => {
  const report = deriveAnnualReport(sources);

  it('derives a valid report in the 2021 format', () => {
    expectValid(report);
    expect(report).toMatchObject({
      departmentId: 'ln-finance',
      departments: ['ln-finance'],
      year: 2025,
      format: '2021',
      generatedAt: sources.generatedAt,
    });
    expect(report).not.toHaveProperty('publishedAt');
  });

  it('fills table 2 from the catalogue and the final account', () => {
    expect(report.table2).toEqual({
      rules: { issued: 0, repealed: 1, inForce: 0 },
      normativeDocuments: { issued: 1, repealed: 0, inForce: 2 },
      licensing: { decisions: 1 },
      penalties: { decisions: 1 },
      coercion: { decisions: 0 },
      fees: { amount: '1200000.00', tenThousandYuan: '120.0000', source: 'finalAccount' },
    });
  });

  it('fills table 3 from the request log', () => {
    const { naturalPerson, commercialEnterprise, legalServiceOrganization, total } = report.table3;
    expect(naturalPerson).toMatchObject({
      newReceived: 3,
      carriedOver: 1,
      carriedForward: 0,
      outcomes: { granted: 2, denied: { thirdPartyRights: 1 }, other: { other: 1 }, total: 4 },
    });
    expect(commercialEnterprise).toMatchObject({ newReceived: 1, outcomes: { partial: 1, total: 1 } });
    expect(legalServiceOrganization).toMatchObject({ newReceived: 1, carriedForward: 1, outcomes: { total: 0 } });
    expect(total).toMatchObject({ newReceived: 5, carriedOver: 1, carriedForward: 1, outcomes: { total: 5 } });
  });

  it('fills table 4 and the other matters', () => {
    expect(report.table4.reconsideration).toEqual({ upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 });
    expect(report.otherMatters).toEqual({ processingFeesCollected: '300.00', processingFeeCases: 1 });
  });

  it('runs the consistency checks and is consistent', () => {
    expect(report.checks).toHaveLength(42);
    expect(report.checks.find((c) => c.rule === 'table3.balance' && c.target === 'total')?.detail).toBe('5 + 1 = 5 + 1');
    expect(report.consistent).toBe(true);
  });

  it('is due on 31 January for a department and on 31 March for a people’s government (Art. 49)', () => {
    expect(report.dueOn).toBe('2026-01-31');
    const government = department({ kind: 'peoplesGovernment', level: 'county' });
    expect(deriveAnnualReport({ ...sources, department: government }).dueOn).toBe('2026-03-31');
  });

  it('states no fee revenue until the year’s final account is published', () => {
    const draft = deriveAnnualReport({ ...sources, budgets: [] });
    expect(draft.table2.fees).toEqual({ amount: null, tenThousandYuan: null });
    expectValid(draft);
  });

  it('derives an empty year to zeros, consistent and valid', () => {
    const empty = deriveAnnualReport({ ...sources, year: 2019 });
    expect(empty.table3.total.outcomes.total).toBe(0);
    expect(empty.consistent).toBe(true);
    expectValid(empty);
  });

  it('refuses another department’s records', () => {
    const foreign = { ...request({ receivedOn: '2025-03-01' }), departmentId: 'ln-emergency', trackingNumber: 'ln-emergency:YSQ-1' };
    expect(() => deriveAnnualReport({ ...sources, requests: [foreign] })).toThrow(
      'request ln-emergency:YSQ-1 belongs to ln-emergency, not to ln-finance',
    );
  });
});

const OUTCOMES = vocabularies.replyOutcome.terms.map((t) => t.value);

describe('deriveAnnualReport on random request logs (property)', () => {
  it('always derives a valid, consistent report', () => {
    const log = fc.array(
      fc.record({
        received: fc.nat({ max: 3 * 365 }),
        applicant: fc.constantFrom<ApplicantType>(...APPLICANT_COLUMNS),
        decidedAfter: fc.option(fc.nat({ max: 90 }), { nil: undefined }),
        outcome: fc.constantFrom<ReplyOutcome>(...OUTCOMES),
        remedy: fc.option(
          fc.record({
            kind: fc.constantFrom('reconsideration', 'litigationDirect', 'litigationAfterReconsideration'),
            after: fc.nat({ max: 200 }),
            result: fc.option(fc.constantFrom('upheld', 'corrected', 'other'), { nil: undefined }),
          }),
          { nil: undefined },
        ),
      }),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(log, fc.integer({ min: 2023, max: 2026 }), (drawn, year) => {
        const requests = drawn.map(({ received, applicant, decidedAfter, outcome, remedy }) => {
          const receivedOn = addDays('2023-01-01', received);
          if (decidedAfter === undefined) return request({ receivedOn, applicant });
          const decidedOn = addDays(receivedOn, decidedAfter);
          const events = remedy
            ? [
                remedyEvent('remedyFiled', addDays(decidedOn, 10), { kind: remedy.kind }),
                ...(remedy.result
                  ? [remedyEvent('remedyDecided', addDays(decidedOn, 10 + remedy.after), { kind: remedy.kind, result: remedy.result })]
                  : []),
              ]
            : [];
          return request({ receivedOn, applicant, decided: { on: decidedOn, outcome }, events });
        });
        const report = deriveAnnualReport({ ...sources, year, requests });
        expect(report.checks.filter((c) => !c.passed)).toEqual([]);
        expectValid(report);
      }),
      { numRuns: 60 },
    );
  });
});
