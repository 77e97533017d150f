import { assertCalendarDate, fromEpochDay, toEpochDay, type CalendarDate } from './calendar-date';
import { resolveWorkingDay } from './resolve-working-day';
import type { WorkingDayCalendar } from './working-day-calendar';

export interface WorkingDayCount {
  readonly workingDays: number;
  /** Part of the interval lies in a year the calendar does not cover (counted Monday–Friday). */
  readonly provisional: boolean;
  readonly calendarVersion: string;
}

/**
 * Working days in `(from, to]`, by the same rule as `addWorkingDays`: the first day is not
 * counted, the last is. Measures, e.g., formation → publication against Art. 26's limit of 20
 * working days: published on time when `workingDays <= 20`.
 * `countWorkingDays(c, s, addWorkingDays(c, s, n).dueOn).workingDays === n`.
 */
export function countWorkingDays(calendar: WorkingDayCalendar, from: CalendarDate, to: CalendarDate): WorkingDayCount {
  assertCalendarDate(from, 'countWorkingDays from');
  assertCalendarDate(to, 'countWorkingDays to');
  if (to < from) throw new RangeError(`countWorkingDays: to ${to} is before from ${from}`);
  let workingDays = 0;
  let provisional = false;
  for (let day = toEpochDay(from) + 1; day <= toEpochDay(to); day += 1) {
    const verdict = resolveWorkingDay(calendar, fromEpochDay(day));
    provisional ||= verdict.provisional;
    if (verdict.working) workingDays += 1;
  }
  return { workingDays, provisional, calendarVersion: calendar.version };
}
