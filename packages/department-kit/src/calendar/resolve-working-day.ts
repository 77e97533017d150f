import { isMondayToFriday, type CalendarDate } from './calendar-date';
import type { WorkingDayCalendar } from './working-day-calendar';

/**
 * Whether `date` is a working day, falling back to Monday–Friday where the calendar does not
 * know the year. Such an answer is `provisional`: the real schedule (published by the State
 * Council the autumn before) may move it, and the deadline must be recomputed then.
 */
export function resolveWorkingDay(calendar: WorkingDayCalendar, date: CalendarDate): { working: boolean; provisional: boolean } {
  const known = calendar.isWorkingDay(date);
  return known === undefined ? { working: isMondayToFriday(date), provisional: true } : { working: known, provisional: false };
}
