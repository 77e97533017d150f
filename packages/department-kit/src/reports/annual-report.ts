import type { AnnualReport, Budget, Department, DisclosureItem, DisclosureRequest, ItemRevision } from '@gongkai/spec';
import { checkCarriedOver } from '@gongkai/spec';
import { checkAnnualReport } from './annual-report-arithmetic';
import { chinaDateOf } from './china-date';
import { annualReportDueOn, type AnnualReportDueDates } from './due-on';
import { feeRevenue } from './fee-revenue';
import { itemTimelines } from './item-timeline';
import { otherMatters } from './other-matters';
import { assertOwnRecords } from './own-records';
import { documentRows } from './table2';
import { decisionRows } from './table2-decisions';
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
  /** The department's published reports: the previous year's is checked against, earlier years' are not recounted. */
  readonly publishedReports?: readonly AnnualReport[];
  /** Configured due dates by level (Art. 49 covers county level and above only). */
  readonly dueDates?: AnnualReportDueDates;
  readonly generatedAt: string;
}

/**
 * The department's annual report of `year` in the 2021 format (国办公开办函〔2021〕30号), derived from
 * its records, never typed by hand (the rules of each table are in `table2.ts`, `fee-revenue.ts`,
 * `table3.ts`, `table4.ts`, `other-matters.ts`), with the format's consistency checks and, when the
 * previous year's report is published, the check across years (its 结转下年度 is this year's 上年结转).
 * Decisions of a published year recorded after its publication are this report's `corrections`. A
 * live draft: it has no `publishedAt`. Records of another department throw.
 */
export function deriveAnnualReport(sources: AnnualReportSources): AnnualReport {
  const { department, year, items, revisions, budgets, requests, generatedAt, publishedReports = [] } = sources;
  assertOwnRecords(department.id, { items, revisions, budgets, requests, reports: publishedReports });
  const timelines = [...itemTimelines(items, revisions).values()];
  const published = new Map(publishedReports.map((r) => [r.year, chinaDateOf(r.publishedAt ?? r.generatedAt)]));
  const { corrections, ...decisions } = decisionRows(timelines, year, published);
  const tables = {
    table2: { ...documentRows(timelines, year), ...decisions, fees: feeRevenue(budgets, year) },
    table3: table3(requests, year),
    table4: table4(requests, year),
  };
  const previous = publishedReports.find((r) => r.year === year - 1);
  const checks = [...checkAnnualReport(tables), ...(previous ? checkCarriedOver({ year, ...tables }, previous) : [])];
  return {
    departmentId: department.id,
    departments: [department.id],
    year,
    format: '2021',
    generatedAt,
    dueOn: annualReportDueOn(department, year, sources.dueDates),
    ...tables,
    otherMatters: otherMatters(requests, year),
    corrections,
    checks,
    consistent: checks.every((check) => check.passed),
  };
}
