import { isMondayToFriday, type CalendarDate } from './calendar-date';
import { isFixedStatutoryHoliday } from './fixed-statutory-holidays';
import type { WorkingDayCalendar } from './working-day-calendar';

/**
 * Whether `date` is a working day, falling back where the calendar does not know the year: the
 * fixed-date statutory holidays (元旦, 劳动节, 国庆节) rest, other days follow Monday–Friday. Such an
 * answer is `provisional`: the real schedule (published by the State Council the autumn before)
 * adds the lunar holidays and the make-up workdays, and the deadline must be recomputed then.
 */
export function resolveWorkingDay(calendar: WorkingDayCalendar, date: CalendarDate): { working: boolean; provisional: boolean } {
  const known = calendar.isWorkingDay(date);
  if (known !== undefined) return { working: known, provisional: false };
  return { working: isMondayToFriday(date) && !isFixedStatutoryHoliday(date), provisional: true };
}
