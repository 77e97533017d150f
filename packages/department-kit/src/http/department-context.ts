import { ApiError, problem, type Department } from '@gongkai/spec';
import { RuleViolation } from '../domain-errors';
import type { CalendarDate } from '../calendar/calendar-date';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';
import type { FeedbackPolicy } from '../feedback/feedback-policy';
import type { IndexNumberScheme } from '../items/index-number';
import type { PublicationLimits } from '../items/publication-limits';
import type { AnnualReportDueDates } from '../reports/due-on';
import type { RequestClockOptions } from '../requests/request-clock';
import type { DisclosureStore } from '../store/disclosure-store';
import { chinaDateOf, chinaTimestamp } from '@gongkai/spec/china-time';

/** What every handler works with. */
export interface DepartmentContext {
  readonly department: Omit<Department, 'health'>;
  readonly store: DisclosureStore;
  readonly calendar: WorkingDayCalendar;
  readonly now: () => Date;
  readonly feedbackPolicy: FeedbackPolicy;
  readonly clockOptions: RequestClockOptions;
  readonly indexNumber: IndexNumberScheme;
  /** Shorter legal publication limits per category (Art. 26's 20 working days otherwise). */
  readonly publicationLimits: PublicationLimits;
  /** Annual-report due dates by level (Art. 49 sets them for county level and above only). */
  readonly annualReportDueDates: AnnualReportDueDates;
  /** Origin for absolute links (Atom); the request's own origin when absent. */
  readonly publicBaseUrl?: string;
}

/** Now as the contract writes it (`2026-05-15T09:00:00+08:00`) and today's date in China. */
export function clock(context: DepartmentContext): { now: string; today: CalendarDate; instant: Date } {
  const instant = context.now();
  return { now: chinaTimestamp(instant), today: chinaDateOf(instant), instant };
}

/** Whether a `department` filter (absent: all) includes this department. */
export function asksForUs(context: DepartmentContext, departments: readonly string[] | undefined): boolean {
  return departments === undefined || departments.includes(context.department.id);
}

export function notFound(what: string, id: string): ApiError {
  return new ApiError(problem('not-found', 404, { title: 'Not found', detail: `No ${what} ${id}.` }));
}

/** An id given in an input must carry this department's prefix. */
export function ownId(context: DepartmentContext, id: string | undefined): void {
  if (id !== undefined && !id.startsWith(`${context.department.id}:`)) {
    throw new RuleViolation('The id belongs to another department', [
      { pointer: '/id', message: `must start with "${context.department.id}:" (ids carry the department that issues them)` },
    ]);
  }
}
