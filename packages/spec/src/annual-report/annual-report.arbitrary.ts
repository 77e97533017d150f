// Test support: annual reports for the tests of this folder, hand-built and random.
import fc from 'fast-check';
import type { AnnualReport, OutcomeCounts, RemedyCountsRow, RequestCountsColumn } from '../generated/openapi-types';
import { checkAnnualReport } from './check-annual-report';
import { addCounts } from './count-tree';
import { emptyRequestCountsColumn } from './empty-counts';
import { fenToMoney, fenToTenThousandYuan } from './money';
import { APPLICANT_COLUMNS, REMEDY_GROUPS } from './table-layout';

/** A consistent report of `year` from its six applicant columns and table 4; the rest is filled in. */
export function reportOf(
  departmentId: string,
  columns: Partial<Record<(typeof APPLICANT_COLUMNS)[number], RequestCountsColumn>>,
  options: { year?: number; feesFen?: bigint | null; dueOn?: string; table4?: Partial<AnnualReport['table4']> } = {},
): AnnualReport {
  const year = options.year ?? 2025;
  const applicantColumns = Object.fromEntries(APPLICANT_COLUMNS.map((c) => [c, columns[c] ?? emptyRequestCountsColumn()]));
  const total = Object.values(applicantColumns).reduce((sum, column) => addCounts(sum, column), emptyRequestCountsColumn());
  const table4 = Object.fromEntries(REMEDY_GROUPS.map((g) => [g, options.table4?.[g] ?? remedyRow(0, 0, 0, 0)])) as AnnualReport['table4'];
  const table3 = { ...applicantColumns, total } as AnnualReport['table3'];
  const feesFen = options.feesFen === undefined ? 120_000_000n : options.feesFen;
  const checks = checkAnnualReport({ table3, table4 });
  return {
    departmentId,
    departments: [departmentId],
    year,
    format: '2021',
    generatedAt: `${year + 1}-01-20T09:00:00+08:00`,
    dueOn: options.dueOn ?? `${year + 1}-01-31`,
    table2: {
      rules: { issued: 1, repealed: 0, inForce: 4 },
      normativeDocuments: { issued: 6, repealed: 1, inForce: 23 },
      licensing: { decisions: 412 },
      penalties: { decisions: 37 },
      coercion: { decisions: 2 },
      fees:
        feesFen === null
          ? { amount: null, tenThousandYuan: null }
          : { amount: fenToMoney(feesFen), tenThousandYuan: fenToTenThousandYuan(feesFen) },
    },
    table3,
    table4,
    otherMatters: { processingFeesCollected: '380.00', processingFeeCases: 1 },
    checks,
    consistent: checks.every((c) => c.passed),
  };
}

export function remedyRow(upheld: number, corrected: number, other: number, pending: number): RemedyCountsRow {
  return { upheld, corrected, other, pending, total: upheld + corrected + other + pending };
}

/** The column of the contract's example: 18 + 3 = 20 + 1. */
export function exampleColumn(): RequestCountsColumn {
  return {
    newReceived: 18,
    carriedOver: 3,
    outcomes: {
      granted: 10,
      partial: 2,
      denied: {
        stateSecret: 0,
        prohibitedByLaw: 0,
        securityStability: 0,
        thirdPartyRights: 1,
        internalAffairs: 0,
        processInformation: 1,
        enforcementCaseFile: 0,
        administrativeQuery: 0,
      },
      unable: { notHeld: 3, needsCreation: 1, stillUnclear: 0 },
      notProcessed: { petition: 1, repeat: 0, publication: 0, excessive: 0, confirmOrReissue: 0 },
      other: { noSupplement: 1, feeUnpaid: 0, other: 0 },
      total: 20,
    },
    carriedForward: 1,
  };
}

const count = fc.nat({ max: 40 });

const outcomeCounts: fc.Arbitrary<OutcomeCounts> = fc
  .record({
    granted: count,
    partial: count,
    denied: fc.record({
      stateSecret: count,
      prohibitedByLaw: count,
      securityStability: count,
      thirdPartyRights: count,
      internalAffairs: count,
      processInformation: count,
      enforcementCaseFile: count,
      administrativeQuery: count,
    }),
    unable: fc.record({ notHeld: count, needsCreation: count, stillUnclear: count }),
    notProcessed: fc.record({ petition: count, repeat: count, publication: count, excessive: count, confirmOrReissue: count }),
    other: fc.record({ noSupplement: count, feeUnpaid: count, other: count }),
  })
  .map((rows) => {
    const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
    return { ...rows, total: rows.granted + rows.partial + sum(rows.denied) + sum(rows.unable) + sum(rows.notProcessed) + sum(rows.other) };
  });

/** A column that balances: carriedOver is drawn first, newReceived makes up the rest. */
const consistentColumn: fc.Arbitrary<RequestCountsColumn> = fc
  .tuple(outcomeCounts, count, fc.double({ min: 0, max: 1, noNaN: true }))
  .map(([outcomes, carriedForward, share]) => {
    const handled = outcomes.total + carriedForward;
    const carriedOver = Math.floor(share * handled);
    return { newReceived: handled - carriedOver, carriedOver, outcomes, carriedForward };
  });

const remedy = fc.tuple(count, count, count, count).map(([u, c, o, p]) => remedyRow(u, c, o, p));

/** Random consistent reports of 2025 for the departments `d0`, `d1`, … */
export function consistentReports(maxLength = 6): fc.Arbitrary<AnnualReport[]> {
  const one = fc.record({
    columns: fc.tuple(...APPLICANT_COLUMNS.map(() => consistentColumn)),
    table4: fc.record({ reconsideration: remedy, litigationDirect: remedy, litigationAfterReconsideration: remedy }),
    feesFen: fc.option(fc.bigInt({ min: 0n, max: 10n ** 12n }), { nil: null }),
    dueOn: fc.constantFrom('2026-01-31', '2026-03-31'),
  });
  return fc
    .array(one, { maxLength })
    .map((drawn) =>
      drawn.map(({ columns, table4, feesFen, dueOn }, index) =>
        reportOf(`d${index}`, Object.fromEntries(APPLICANT_COLUMNS.map((c, i) => [c, columns[i]])), { feesFen, dueOn, table4 }),
      ),
    );
}
