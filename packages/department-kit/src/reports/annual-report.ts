import type { AnnualReport, Budget, Department, DisclosureItem, DisclosureRequest, ItemRevision } from '@gongkai/spec';
import { checkAnnualReport } from './annual-report-arithmetic';
import { annualReportDueOn } from './due-on';
import { feeRevenue } from './fee-revenue';
import { itemTimelines } from './item-timeline';
import { otherMatters } from './other-matters';
import { assertOwnRecords } from './own-records';
import { decisionRows, documentRows } from './table2';
import { table3 } from './table3';
import { table4 } from './table4';

export interface AnnualReportSources {
  readonly department: Department;
  readonly year: number;
  /** The catalogue now, withdrawn items included. */
  readonly items: readonly DisclosureItem[];
  /** Every revision of every item: they date repeals and withdrawals. */
  readonly revisions: readonly ItemRevision[];
  readonly budgets: readonly Budget[];
  /** The request log: each request with its events, decision and fee. */
  readonly requests: readonly DisclosureRequest[];
  readonly generatedAt: string;
}

/**
 * The department's annual report of `year` in the 2021 format (国办公开办函〔2021〕30号), derived from
 * its records, never typed by hand (the rules of each table are in `table2.ts`, `fee-revenue.ts`,
 * `table3.ts`, `table4.ts`, `other-matters.ts`), with the format's consistency checks. A live
 * draft: it has no `publishedAt`. Records of another department throw.
 */
export function deriveAnnualReport(sources: AnnualReportSources): AnnualReport {
  const { department, year, items, revisions, budgets, requests, generatedAt } = sources;
  assertOwnRecords(department.id, { items, revisions, budgets, requests });
  const timelines = [...itemTimelines(items, revisions).values()];
  const tables = {
    table2: { ...documentRows(timelines, year), ...decisionRows(timelines, year), fees: feeRevenue(budgets, year) },
    table3: table3(requests, year),
    table4: table4(requests, year),
  };
  const checks = checkAnnualReport(tables);
  return {
    departmentId: department.id,
    departments: [department.id],
    year,
    format: '2021',
    generatedAt,
    dueOn: annualReportDueOn(department.kind, year),
    ...tables,
    otherMatters: otherMatters(requests, year),
    checks,
    consistent: checks.every((check) => check.passed),
  };
}
