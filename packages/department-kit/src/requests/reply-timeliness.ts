import { assertCalendarDate, type CalendarDate } from '../calendar/calendar-date';
import type { RequestClock } from './request-clock';

/**
 * An undecided request whose reply is due before `today` (Art. 33). A clock that is paused or
 * awaiting a supplement is not running, so it is not overdue. Decided requests are never
 * overdue; ask `repliedOnTime` instead.
 */
export function isOverdue(clock: RequestClock, today: CalendarDate): boolean {
  assertCalendarDate(today, 'isOverdue today');
  if (clock.state === 'stopped' || clock.replyDueOn === null) return false;
  return today > clock.replyDueOn;
}

/**
 * Whether the decision came on or before the due date; `undefined` while undecided. A decision
 * taken while the clock was stopped (during a pause, or while awaiting a supplement, e.g. a
 * request deemed abandoned) was taken in time.
 */
export function repliedOnTime(clock: RequestClock): boolean | undefined {
  if (clock.decidedOn === undefined) return undefined;
  return clock.replyDueOn === null || clock.decidedOn <= clock.replyDueOn;
}
