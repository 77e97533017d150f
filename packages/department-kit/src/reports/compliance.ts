import type { AnnualReport, ComplianceReport, Department, DisclosureItem, DisclosureRequest, ItemRevision } from '@gongkai/spec';
import { assertCalendarDate, type CalendarDate } from '../calendar/calendar-date';
import { chinaDateOf, oneYearBefore } from './china-date';
import { annualReportRecord } from './compliance-annual-reports';
import { categoryCoverage } from './compliance-categories';
import { requestReplies } from './compliance-requests';
import { publicationTimeliness } from './compliance-timeliness';
import { itemTimelines } from './item-timeline';
import { assertOwnRecords } from './own-records';
import type { PublicationLimits } from '../items/publication-limits';
import type { AnnualReportDueDates } from './due-on';

export interface ComplianceSources {
  readonly department: Department;
  /** The day measured, at its end (Beijing). */
  readonly asOf: CalendarDate;
  /** The catalogue now, withdrawn items included. */
  readonly items: readonly DisclosureItem[];
  readonly revisions: readonly ItemRevision[];
  readonly requests: readonly DisclosureRequest[];
  /** The annual reports the department published (froze). */
  readonly publishedReports: readonly AnnualReport[];
  /** Shorter legal publication limits per category (Art. 26's 20 working days otherwise). */
  readonly publicationLimits?: PublicationLimits;
  /** Annual-report due dates by level (Art. 49's otherwise). */
  readonly dueDates?: AnnualReportDueDates;
}

/**
 * What software can measure of a body's disclosure duties at the end of `asOf` (Arts. 47, 53):
 * category coverage, publication timeliness (Art. 26), replies to requests (Art. 33), annual
 * reports (Art. 49, 50), the guide (Art. 12) and the change history. Each part's rules are in its
 * module (`compliance-*.ts`). Records of another department throw.
 */
export function measureCompliance(sources: ComplianceSources): ComplianceReport {
  const { department, asOf, items, revisions, requests, publishedReports } = sources;
  assertCalendarDate(asOf, 'measureCompliance asOf');
  assertOwnRecords(department.id, { items, revisions, requests, reports: publishedReports });
  const timelines = [...itemTimelines(items, revisions).values()];
  return {
    departmentId: department.id,
    asOf,
    categories: categoryCoverage(department.level, timelines, asOf),
    timeliness: publicationTimeliness(timelines, asOf, sources.publicationLimits),
    requests: requestReplies(requests, asOf),
    annualReports: annualReportRecord(
      department,
      firstDataYear(sources) ?? Number(asOf.slice(0, 4)),
      publishedReports,
      asOf,
      sources.dueDates,
    ),
    guide: { updatedAt: department.guide.updatedAt, current: chinaDateOf(department.guide.updatedAt) >= oneYearBefore(asOf) },
    history: changeHistory(revisions, asOf),
  };
}

/**
 * The first year the department's records show activity (an item published, a revision recorded,
 * a request received): annual reports are expected from that year on. `undefined` with no record.
 */
export function firstDataYear({
  items,
  revisions,
  requests,
}: Pick<ComplianceSources, 'items' | 'revisions' | 'requests'>): number | undefined {
  const dates = [
    ...items.map((i) => chinaDateOf(i.publishedAt)),
    ...revisions.map((r) => chinaDateOf(r.recordedAt)),
    ...requests.map((r) => r.receivedOn),
  ];
  const first = dates.reduce<string | undefined>((min, d) => (min === undefined || d < min ? d : min), undefined);
  return first === undefined ? undefined : Number(first.slice(0, 4));
}

/** The immutable revisions recorded by `asOf`: all of them, those that changed an item, those that withdrew one. */
function changeHistory(revisions: readonly ItemRevision[], asOf: CalendarDate): ComplianceReport['history'] {
  const recorded = revisions.filter((r) => chinaDateOf(r.recordedAt) <= asOf);
  return {
    revisions: recorded.length,
    updates: recorded.filter((r) => r.action === 'updated').length,
    withdrawals: recorded.filter((r) => r.action === 'withdrawn').length,
  };
}
