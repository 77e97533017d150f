import type { CalendarDate } from '../calendar/calendar-date';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';
import { ClockRuleError } from './clock-rule-error';
import type { RequestClock, RequestClockOptions, RequestClockState } from './request-clock';
import type { RequestClockEvent } from './request-clock-event';
import { dueWithoutPauses, REPLY_WORKING_DAYS, RequestClockFold, SUPPLEMENT_REQUEST_WORKING_DAYS } from './request-clock-fold';

/**
 * Folds a request's event log, in the order things happened, into its statutory clock as it stands
 * at the end of `asOf` (default: the day of the last event): receipt (Art. 31), supplement and
 * restart (Art. 30), consultation pauses of at most the consultee's 15 working days, which end on
 * their own (Arts. 32–34), fee pauses (国办函〔2020〕109号, configurable), one extension (Art. 33), a
 * deferred reply (Art. 35), the decision or withdrawal, remedy events, and the new reply after a
 * corrected decision.
 * Pure: the same log, calendar and day always give the same clock, so it can be recomputed at any
 * time (e.g. when the operator adds next year's schedule and a provisional date firms up).
 * Throws a `ClockRuleError` for a log that breaks a rule.
 */
export function computeRequestClock(
  calendar: WorkingDayCalendar,
  events: readonly RequestClockEvent[],
  options: RequestClockOptions = {},
  asOf?: CalendarDate,
): RequestClock {
  const fold = new RequestClockFold(calendar, options);
  events.forEach((event, index) => fold.apply(event, index));
  if (fold.receivedOn === undefined) {
    throw new ClockRuleError('RECEIPT_MISSING', 0, 'Art. 31: the clock starts at receipt, but the event log is empty');
  }
  // On `asOf` a window whose last day is before it has run out (on its last day the consultee may still answer).
  if (asOf !== undefined) fold.closeElapsed(asOf);
  return clockOf(fold, fold.receivedOn);
}

function clockOf(fold: RequestClockFold, receivedOn: string): RequestClock {
  const original = dueWithoutPauses(fold.calendar, fold.startedOn, REPLY_WORKING_DAYS);
  const supplementDue = dueWithoutPauses(fold.calendar, fold.startedOn, SUPPLEMENT_REQUEST_WORKING_DAYS);
  // While a supplement is awaited there is no period at all: it starts again on arrival.
  const reply = fold.awaitingSupplement === undefined ? fold.replyDeadline() : undefined;
  const latestConsultation = fold.consultations.at(-1);
  const provisional =
    original.provisional ||
    supplementDue.provisional ||
    (reply?.provisional ?? false) ||
    fold.consultations.some((c) => c.provisional) ||
    (fold.reopened?.provisional ?? false);
  const reopened = fold.reopened;
  return {
    receivedOn,
    startedOn: fold.startedOn,
    workingDays: REPLY_WORKING_DAYS,
    originalDueOn: original.dueOn,
    replyDueOn: reply?.dueOn ?? null,
    ...(fold.extension ? { extension: { ...fold.extension } } : {}),
    pauses: fold.pauses.map((pause) => ({ ...pause })),
    restarts: fold.restarts.map((restart) => ({ ...restart })),
    supplementRequestDueOn: supplementDue.dueOn,
    ...(latestConsultation ? { consultationDueOn: latestConsultation.dueOn } : {}),
    ...(fold.awaitingSupplement?.dueOn !== undefined ? { supplementDueOn: fold.awaitingSupplement.dueOn } : {}),
    ...(fold.deferral ? { deferral: { ...fold.deferral } } : {}),
    ...(reopened
      ? {
          reopened: {
            on: reopened.on,
            dueOn: reopened.dueOn,
            ...(reopened.decidedOn !== undefined ? { decidedOn: reopened.decidedOn } : {}),
          },
        }
      : {}),
    state: stateOf(fold),
    ...(fold.decidedOn ? { decidedOn: fold.decidedOn } : {}),
    provisional,
    calendarVersion: fold.calendar.version,
  };
}

function stateOf(fold: RequestClockFold): RequestClockState {
  if (fold.reopened !== undefined && fold.reopened.decidedOn === undefined) return 'running';
  if (fold.decidedOn !== undefined || fold.withdrawnOn !== undefined) return 'stopped';
  if (fold.awaitingSupplement !== undefined) return 'awaitingSupplement';
  return fold.pauses.some((pause) => pause.to === undefined) ? 'paused' : 'running';
}
