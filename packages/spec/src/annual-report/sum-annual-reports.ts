import type { AnnualReport, FederationFailure } from '../generated/openapi-types';
import { checkAnnualReport } from './check-annual-report';
import { addCounts } from './count-tree';
import { emptyRemedyCountsRow, emptyRequestCountsColumn } from './empty-counts';
import { fenToMoney, fenToTenThousandYuan, moneyToFen } from './money';
import { REMEDY_GROUPS, TABLE3_COLUMNS } from './table-layout';

export interface SumOptions {
  /** The year every report is of; also the year of the sum when there is no report. */
  readonly year: number;
  readonly generatedAt: string;
}

/**
 * One report that sums `reports` cell by cell: how the gateway states a province (or any set of
 * departments) in the 2021 format.
 *
 * - Every count of tables 2, 3 (the 总计 column too) and 4 is the sum of the same cell; the
 *   checks are run again on the sum, so an inconsistent department shows in the sum.
 * - 行政事业性收费 is `null` only when no report states it. Otherwise it is the sum of the amounts
 *   stated, and a department whose final account is not published yet adds nothing: the sum is
 *   what the published final accounts say. The 万元 figure is recomputed from the summed fen, not
 *   added up from rounded figures.
 * - `departments` lists every department once; the same department in two reports would be
 *   counted twice, so it throws. There is no `departmentId` and no `publishedAt`.
 * - `dueOn` is the latest due date of the reports (31 March as soon as one is a government's
 *   own report, Art. 49); with no report, 31 March of the next year, the latest Art. 49 allows.
 * - A sum of which some part is `partial` is partial, with every part's failures.
 * - `corrections` (decisions of an earlier, already published year) add up by year and row, when
 *   some report states them.
 */
export function sumAnnualReports(reports: readonly AnnualReport[], options: SumOptions): AnnualReport {
  assertSameYear(reports, options.year);
  const departments = distinctDepartments(reports);
  const { table2, table3, table4, processingFeeCases } = reports.map(countsOf).reduce((sum, next) => addCounts(sum, next), emptyCounts());
  const checks = checkAnnualReport({ table3, table4 });
  const failures: FederationFailure[] = reports.flatMap((r) => r.failures ?? []);
  const partial = reports.some((r) => r.partial === true);
  return {
    departments,
    year: options.year,
    format: '2021',
    generatedAt: options.generatedAt,
    dueOn: reports.reduce((latest, r) => (r.dueOn > latest ? r.dueOn : latest), reports[0]?.dueOn ?? `${options.year + 1}-03-31`),
    table2: { ...table2, fees: sumFees(reports) },
    table3,
    table4,
    otherMatters: { processingFeesCollected: sumMoney(reports.map((r) => r.otherMatters.processingFeesCollected)), processingFeeCases },
    ...corrections(reports),
    checks,
    consistent: checks.every((check) => check.passed),
    ...(partial ? { partial } : {}),
    ...(failures.length > 0 ? { failures } : {}),
  };
}

/** Every count of a report: the cells that are summed as they are. */
interface ReportCounts {
  table2: Omit<AnnualReport['table2'], 'fees'>;
  table3: AnnualReport['table3'];
  table4: AnnualReport['table4'];
  processingFeeCases: number;
}

function countsOf({ table2: { fees: _fees, ...table2 }, table3, table4, otherMatters }: AnnualReport): ReportCounts {
  return { table2, table3, table4, processingFeeCases: otherMatters.processingFeeCases };
}

function emptyCounts(): ReportCounts {
  const documents = () => ({ issued: 0, repealed: 0, inForce: 0 });
  return {
    table2: {
      rules: documents(),
      normativeDocuments: documents(),
      licensing: { decisions: 0 },
      penalties: { decisions: 0 },
      coercion: { decisions: 0 },
    },
    table3: Object.fromEntries(TABLE3_COLUMNS.map((column) => [column, emptyRequestCountsColumn()])) as AnnualReport['table3'],
    table4: Object.fromEntries(REMEDY_GROUPS.map((group) => [group, emptyRemedyCountsRow()])) as AnnualReport['table4'],
    processingFeeCases: 0,
  };
}

function sumMoney(amounts: readonly string[]): string {
  return fenToMoney(amounts.reduce((sum, amount) => sum + moneyToFen(amount), 0n));
}

type Correction = NonNullable<AnnualReport['corrections']>[number];

function corrections(reports: readonly AnnualReport[]): Pick<AnnualReport, 'corrections'> {
  const stated = reports.filter((r) => r.corrections !== undefined);
  if (stated.length === 0) return {};
  const byKey = new Map<string, Correction>();
  for (const correction of stated.flatMap((r) => r.corrections ?? [])) {
    const key = `${correction.year}:${correction.row}`;
    const decisions = (byKey.get(key)?.decisions ?? 0) + correction.decisions;
    byKey.set(key, {
      year: correction.year,
      row: correction.row,
      decisions,
      detail: `${decisions} decision(s) of ${correction.year} recorded after its report was published`,
    });
  }
  return { corrections: [...byKey.values()].sort((a, b) => a.year - b.year || (a.row < b.row ? -1 : a.row > b.row ? 1 : 0)) };
}

function sumFees(reports: readonly AnnualReport[]): AnnualReport['table2']['fees'] {
  const stated = reports.map((r) => r.table2.fees.amount).filter((amount): amount is string => amount !== null);
  if (stated.length === 0) return { amount: null, tenThousandYuan: null };
  const amount = sumMoney(stated);
  return { amount, tenThousandYuan: fenToTenThousandYuan(moneyToFen(amount)) };
}

function assertSameYear(reports: readonly AnnualReport[], year: number): void {
  const other = reports.find((r) => r.year !== year);
  if (other)
    throw new RangeError(`sumAnnualReports: a report of ${other.year} (${other.departments.join(', ')}) cannot be summed into ${year}`);
}

function distinctDepartments(reports: readonly AnnualReport[]): string[] {
  const seen = new Set<string>();
  for (const id of reports.flatMap((r) => r.departments)) {
    if (seen.has(id)) throw new RangeError(`sumAnnualReports: department "${id}" is in more than one report and would be counted twice`);
    seen.add(id);
  }
  return [...seen];
}
