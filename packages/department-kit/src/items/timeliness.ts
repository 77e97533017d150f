import type { Timeliness } from '@gongkai/spec';
import { addWorkingDays } from '../calendar/add-working-days';
import type { CalendarDate } from '../calendar/calendar-date';
import { countWorkingDays } from '../calendar/count-working-days';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';
import { PUBLICATION_WORKING_DAYS } from './publication-limits';

export { PUBLICATION_WORKING_DAYS };

/** Working days taken from formation to a publication on `publishedOn`; on or before formation is 0. */
function taken(calendar: WorkingDayCalendar, formedOn: CalendarDate, publishedOn: CalendarDate) {
  return publishedOn > formedOn ? countWorkingDays(calendar, formedOn, publishedOn) : { workingDays: 0, provisional: false };
}

/**
 * How a publication on `publishedOn` (China date) met its limit for information formed on
 * `formedOn`: Art. 26's 20 working days unless a shorter legal limit applies. `basis` says whether
 * the publication time was recorded by the kit (`measured`) or only declared (`declared`: kept from
 * an earlier system by an import); `elsewhereOn`, an earlier publication elsewhere, is measured too
 * and reported as declared.
 */
export function measureTimeliness(
  calendar: WorkingDayCalendar,
  formedOn: CalendarDate,
  publishedOn: CalendarDate,
  options: { readonly limit?: number; readonly basis?: 'measured' | 'declared'; readonly elsewhereOn?: CalendarDate } = {},
): Timeliness {
  const limit = options.limit ?? PUBLICATION_WORKING_DAYS;
  const due = addWorkingDays(calendar, formedOn, limit);
  if (due.paused) throw new Error('unreachable: a count without pauses cannot stop');
  const recorded = taken(calendar, formedOn, publishedOn);
  const elsewhere = options.elsewhereOn === undefined ? undefined : taken(calendar, formedOn, options.elsewhereOn);
  return {
    dueOn: due.dueOn,
    workingDaysTaken: recorded.workingDays,
    onTime: recorded.workingDays <= limit,
    provisional: due.provisional || recorded.provisional,
    calendarVersion: calendar.version,
    limitWorkingDays: limit,
    basis: options.basis ?? 'measured',
    ...(elsewhere && options.elsewhereOn !== undefined
      ? {
          declaredElsewhere: {
            publishedOn: options.elsewhereOn,
            workingDaysTaken: elsewhere.workingDays,
            onTime: elsewhere.workingDays <= limit,
          },
        }
      : {}),
  };
}
