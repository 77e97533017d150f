import type { AnnualReport, RequestEventInput } from '@gongkai/spec';
import type { CalendarDate } from '../calendar/calendar-date';
import { RuleViolation } from '../domain-errors';

/** The events that table 3 or table 4 counts by their date: a receipt, a reply, a withdrawal, a remedy. */
const COUNTED_EVENTS: readonly RequestEventInput['type'][] = ['decided', 'reDecided', 'withdrawn', 'remedyFiled', 'remedyDecided'];

/** Whether tables 3 and 4 count this event by its date. */
export function isCountedEvent(type: RequestEventInput['type']): boolean {
  return COUNTED_EVENTS.includes(type);
}

/**
 * A published annual report stays true (Arts. 49, 50): a request received, or a reply, withdrawal
 * or remedy dated, in a year whose report is published would change figures the public already
 * has, so it is refused, naming the report. `published` are the department's published reports.
 */
export function assertYearNotPublished(date: CalendarDate, pointer: string, published: readonly AnnualReport[]): void {
  const year = Number(date.slice(0, 4));
  const report = published.find((r) => r.year === year);
  if (report === undefined) return;
  throw new RuleViolation(
    'The year’s annual report is published',
    [
      {
        pointer,
        message: `is ${date}, in ${year}, whose annual report was published${report.publishedAt ? ` at ${report.publishedAt}` : ''}; its tables cannot change afterwards, so nothing is registered or dated into that year`,
      },
    ],
    'ANNUAL_REPORT_PUBLISHED',
  );
}
