import type { Timeliness } from '@gongkai/spec';
import { addWorkingDays } from '../calendar/add-working-days';
import type { CalendarDate } from '../calendar/calendar-date';
import { countWorkingDays } from '../calendar/count-working-days';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';

/** Art. 26: proactive information is published within 20 working days of being formed or changed. */
export const PUBLICATION_WORKING_DAYS = 20;

/**
 * How a publication on `publishedOn` (China date) met Art. 26 for information formed on
 * `formedOn`. Published on or before the day it was formed counts as 0 working days.
 */
export function measureTimeliness(calendar: WorkingDayCalendar, formedOn: CalendarDate, publishedOn: CalendarDate): Timeliness {
  const due = addWorkingDays(calendar, formedOn, PUBLICATION_WORKING_DAYS);
  if (due.paused) throw new Error('unreachable: a count without pauses cannot stop');
  const taken = publishedOn > formedOn ? countWorkingDays(calendar, formedOn, publishedOn) : { workingDays: 0, provisional: false };
  return {
    dueOn: due.dueOn,
    workingDaysTaken: taken.workingDays,
    onTime: taken.workingDays <= PUBLICATION_WORKING_DAYS,
    provisional: due.provisional || taken.provisional,
    calendarVersion: calendar.version,
  };
}
