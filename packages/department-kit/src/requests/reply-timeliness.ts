import { assertCalendarDate, type CalendarDate } from '../calendar/calendar-date';
import type { RequestClock } from './request-clock';

/**
 * The v1 `overdue` flag: the due date passed without a decision, or the decision came after it
 * (Art. 33). A clock that is paused or awaiting a supplement is not running, so it is not
 * overdue; nor is a withdrawn application.
 */
export function isOverdue(clock: RequestClock, today: CalendarDate): boolean {
  assertCalendarDate(today, 'isOverdue today');
  if (clock.decidedOn !== undefined) return repliedOnTime(clock) === false;
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
