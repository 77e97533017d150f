import { assertCalendarDate, type CalendarDate } from '../calendar/calendar-date';
import type { RequestClock } from './request-clock';

/**
 * The v1 `overdue` flag: the due date passed without a decision, or the decision came after it
 * (Art. 33; Art. 35 for a deferred reply). A clock that is paused or awaiting a supplement is not
 * running, so it is not overdue; nor is a withdrawn application. A reopened request is measured
 * against its new period.
 */
export function isOverdue(clock: RequestClock, today: CalendarDate): boolean {
  assertCalendarDate(today, 'isOverdue today');
  const { reopened } = clock;
  if (reopened) return reopened.decidedOn !== undefined ? reopened.decidedOn > reopened.dueOn : today > reopened.dueOn;
  if (clock.decidedOn !== undefined) return repliedOnTime(clock) === false;
  if (clock.state === 'stopped' || clock.replyDueOn === null) return false;
  return today > clock.replyDueOn;
}

/**
 * Whether the (first) decision came on or before the due date; `undefined` while undecided. A
 * decision taken while the clock was stopped (during a pause, or while awaiting a supplement, e.g. a
 * request deemed abandoned) was taken in time.
 */
export function repliedOnTime(clock: RequestClock): boolean | undefined {
  if (clock.decidedOn === undefined) return undefined;
  return clock.replyDueOn === null || clock.decidedOn <= clock.replyDueOn;
}
