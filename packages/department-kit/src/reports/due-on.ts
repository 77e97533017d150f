import type { BodyKind } from '@gongkai/spec';
import type { CalendarDate } from '../calendar/calendar-date';

/**
 * When the annual report of `year` is due (Art. 49): a people's government's own report by
 * 31 March of the next year; every other body (government departments, dispatched or internal
 * units, authorized organizations, public enterprises and institutions) by 31 January.
 */
export function annualReportDueOn(kind: BodyKind, year: number): CalendarDate {
  return kind === 'peoplesGovernment' ? `${year + 1}-03-31` : `${year + 1}-01-31`;
}
