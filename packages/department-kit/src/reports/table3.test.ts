import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ApplicantType, DisclosureRequest, ReplyOutcome } from '@gongkai/spec';
import { vocabularies } from '@gongkai/spec';
import { addDays } from '../calendar/calendar-date';
import { APPLICANT_COLUMNS, checkAnnualReport, emptyRemedyCountsRow } from './annual-report-arithmetic';
import { request } from './report-fixtures';
import { table3 } from './table3';

const checksOf = (table: ReturnType<typeof table3>) =>
  checkAnnualReport({
    table3: table,
    table4: {
      reconsideration: emptyRemedyCountsRow(),
      litigationDirect: emptyRemedyCountsRow(),
      litigationAfterReconsideration: emptyRemedyCountsRow(),
    },
  });

describe('table 3: requests received and handled', () => {
  it('counts a request received and decided in the year as new and handled', () => {
    const column = table3([request({ receivedOn: '2025-03-01', decided: { on: '2025-03-20', outcome: 'granted' } })], 2025).naturalPerson;
    expect([column.newReceived, column.carriedOver, column.outcomes.granted, column.outcomes.total, column.carriedForward]).toEqual([
      1, 0, 1, 1, 0,
    ]);
  });

  it('counts a partly granted request only as partial', () => {
    const { outcomes } = table3(
      [request({ receivedOn: '2025-03-01', decided: { on: '2025-03-20', outcome: 'partial' } })],
      2025,
    ).naturalPerson;
    expect(outcomes.partial).toBe(1);
    expect(outcomes.granted).toBe(0);
    expect(outcomes.total).toBe(1);
  });

  it('puts each request in the column of its applicant type, and 总计 sums the six', () => {
    const requests = APPLICANT_COLUMNS.map((applicant, i) =>
      request({
        receivedOn: '2025-05-01',
        applicant,
        decided: { on: '2025-05-10', outcome: i % 2 ? 'denied.thirdPartyRights' : 'granted' },
      }),
    );
    const table = table3([...requests, request({ receivedOn: '2025-05-02', applicant: 'legalServiceOrganization' })], 2025);
    for (const column of APPLICANT_COLUMNS) expect(table[column].newReceived).toBe(column === 'legalServiceOrganization' ? 2 : 1);
    expect(table.legalServiceOrganization.carriedForward).toBe(1);
    expect(table.total.newReceived).toBe(7);
    expect(table.total.outcomes).toMatchObject({ granted: 3, denied: { thirdPartyRights: 3 }, total: 6 });
    expect(table.total.carriedForward).toBe(1);
  });

  it('carries a request received in December and decided in January into the next year', () => {
    const december = request({
      receivedOn: '2024-12-20',
      applicant: 'commercialEnterprise',
      decided: { on: '2025-01-15', outcome: 'unable.notHeld' },
    });
    const in2024 = table3([december], 2024).commercialEnterprise;
    const in2025 = table3([december], 2025).commercialEnterprise;
    expect([in2024.newReceived, in2024.outcomes.total, in2024.carriedForward]).toEqual([1, 0, 1]);
    expect([in2025.newReceived, in2025.carriedOver, in2025.outcomes.unable.notHeld, in2025.carriedForward]).toEqual([0, 1, 1, 0]);
  });

  it('counts a request decided on 31 December as handled that year, and one received on 1 January as new the next', () => {
    const table = table3(
      [request({ receivedOn: '2025-12-01', decided: { on: '2025-12-31', outcome: 'granted' } }), request({ receivedOn: '2026-01-01' })],
      2025,
    );
    expect(table.naturalPerson).toMatchObject({ newReceived: 1, carriedForward: 0, outcomes: { total: 1 } });
  });

  it('leaves out requests closed before the year and requests received after it', () => {
    const table = table3(
      [request({ receivedOn: '2024-03-01', decided: { on: '2024-12-31', outcome: 'granted' } }), request({ receivedOn: '2026-01-01' })],
      2025,
    );
    expect(table.total).toMatchObject({ newReceived: 0, carriedOver: 0, carriedForward: 0, outcomes: { total: 0 } });
  });

  it('counts a request withdrawn without a decision as 其他 (other.other) in the year of withdrawal', () => {
    const withdrawn = request({ receivedOn: '2024-11-01', withdrawnOn: '2025-02-01' });
    expect(table3([withdrawn], 2024).naturalPerson.carriedForward).toBe(1);
    expect(table3([withdrawn], 2025).naturalPerson.outcomes).toMatchObject({ other: { other: 1 }, total: 1 });
  });

  it('keeps a request open for years in 二 and 四 of every year until it is closed', () => {
    const open = request({ receivedOn: '2023-06-01' });
    expect(table3([open], 2025).naturalPerson).toMatchObject({ newReceived: 0, carriedOver: 1, carriedForward: 1 });
  });

  it('refuses an applicant type that is not a column', () => {
    const odd = request({ receivedOn: '2025-03-01' });
    (odd.applicant as { type: string }).type = 'alien';
    expect(() => table3([odd], 2025)).toThrow('is not a column of table 3');
  });
});

const OUTCOMES = vocabularies.replyOutcome.terms.map((t) => t.value);
const FIRST_DAY = '2023-01-01';

/** A random request log over 2023–2026: received any day, then decided, withdrawn or still open. */
const requestLog: fc.Arbitrary<DisclosureRequest[]> = fc
  .array(
    fc.record({
      received: fc.nat({ max: 4 * 365 }),
      applicant: fc.constantFrom<ApplicantType>(...APPLICANT_COLUMNS),
      closing: fc.oneof(
        fc.record({
          kind: fc.constant('decided' as const),
          after: fc.nat({ max: 120 }),
          outcome: fc.constantFrom<ReplyOutcome>(...OUTCOMES),
        }),
        fc.record({ kind: fc.constant('withdrawn' as const), after: fc.nat({ max: 120 }) }),
        fc.constant(undefined),
      ),
    }),
    { maxLength: 60 },
  )
  .map((drawn) =>
    drawn.map(({ received, applicant, closing }) => {
      const receivedOn = addDays(FIRST_DAY, received);
      if (closing === undefined) return request({ receivedOn, applicant });
      const on = addDays(receivedOn, closing.after);
      return closing.kind === 'decided'
        ? request({ receivedOn, applicant, decided: { on, outcome: closing.outcome } })
        : request({ receivedOn, applicant, withdrawnOn: on });
    }),
  );

describe('table 3 on random request logs (property)', () => {
  it('balances every column of every year: 一 + 二 = 三(七) + 四', () => {
    fc.assert(
      fc.property(requestLog, fc.integer({ min: 2022, max: 2027 }), (requests, year) => {
        const failed = checksOf(table3(requests, year)).filter((c) => !c.passed);
        expect(failed).toEqual([]);
      }),
    );
  });

  it('carries forward at the end of a year exactly what it carries over into the next', () => {
    fc.assert(
      fc.property(requestLog, fc.integer({ min: 2022, max: 2026 }), (requests, year) => {
        const [thisYear, nextYear] = [table3(requests, year), table3(requests, year + 1)];
        for (const column of APPLICANT_COLUMNS) expect(nextYear[column].carriedOver).toBe(thisYear[column].carriedForward);
      }),
    );
  });

  it('receives every request once and handles every closed request once over the years', () => {
    fc.assert(
      fc.property(requestLog, (requests) => {
        const years = [2023, 2024, 2025, 2026, 2027, 2028].map((year) => table3(requests, year).total);
        expect(years.reduce((n, t) => n + t.newReceived, 0)).toBe(requests.length);
        const closedBy2028 = requests.filter((r) => r.decision !== undefined || r.status === 'withdrawn').length;
        expect(years.reduce((n, t) => n + t.outcomes.total, 0)).toBe(closedBy2028);
      }),
    );
  });
});
