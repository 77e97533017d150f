import type { AnnualReport, BodyKind, ComplianceReport, Level } from '@gongkai/spec';
import type { CalendarDate } from '../calendar/calendar-date';
import { checkAnnualReport } from './annual-report-arithmetic';
import { chinaDateOf } from './china-date';
import { annualReportDueOn, type AnnualReportDueDates } from './due-on';

/** The Regulations took effect on 1 May 2008: 2008 is the first year with an annual report. */
const FIRST_REPORT_YEAR = 2008;

/**
 * Each year's annual report from `firstYear` to the year before `asOf` (Art. 49, 50; due dates by
 * level as configured, see `annualReportDueOn`):
 * - `published`: one of `publishedReports` of that year, published by `asOf` (the earliest);
 * - `onTime`: published by its due date; `false` for a report missing after its due date; absent
 *   while a missing report is not yet due or a report states no publication time;
 * - `consistent`: the format's checks, run again on the published report, all pass; a missing
 *   report is not consistent.
 */
export function annualReportRecord(
  body: { readonly kind: BodyKind; readonly level: Level },
  firstYear: number,
  publishedReports: readonly AnnualReport[],
  asOf: CalendarDate,
  dueDates: AnnualReportDueDates = {},
): ComplianceReport['annualReports'] {
  const lastYear = Number(asOf.slice(0, 4)) - 1;
  const record: ComplianceReport['annualReports'] = [];
  for (let year = Math.max(firstYear, FIRST_REPORT_YEAR); year <= lastYear; year++) {
    const dueOn = annualReportDueOn(body, year, dueDates);
    const report = earliestPublished(
      publishedReports.filter((r) => r.year === year && (r.publishedAt === undefined || chinaDateOf(r.publishedAt) <= asOf)),
    );
    if (report === undefined) {
      record.push({ year, dueOn, published: false, ...(asOf > dueOn ? { onTime: false } : {}), consistent: false });
      continue;
    }
    const { publishedAt } = report;
    const consistent = checkAnnualReport(report).every((check) => check.passed);
    record.push({
      year,
      dueOn,
      published: true,
      ...(publishedAt !== undefined ? { publishedAt, onTime: chinaDateOf(publishedAt) <= dueOn } : {}),
      consistent,
    });
  }
  return record;
}

function earliestPublished(reports: readonly AnnualReport[]): AnnualReport | undefined {
  const time = (r: AnnualReport) => (r.publishedAt === undefined ? Number.POSITIVE_INFINITY : Date.parse(r.publishedAt));
  return reports.reduce<AnnualReport | undefined>((first, r) => (first === undefined || time(r) < time(first) ? r : first), undefined);
}
