import type { WorkingDayCalendar } from '../calendar/working-day-calendar';
import { ClockRuleError } from './clock-rule-error';
import type { RequestClock, RequestClockOptions, RequestClockState } from './request-clock';
import type { RequestClockEvent } from './request-clock-event';
import { dueWithoutPauses, REPLY_WORKING_DAYS, RequestClockFold, SUPPLEMENT_REQUEST_WORKING_DAYS } from './request-clock-fold';

/**
 * Folds a request's event log, in the order things happened, into its statutory clock: receipt
 * (Art. 31), supplement and restart (Art. 30), consultation pauses (Arts. 32–34), fee pauses
 * (国办函〔2020〕109号, configurable), one extension (Art. 33), the decision or withdrawal, and
 * remedy events, which are allowed at any time and leave the clock alone.
 * Pure: the same log and calendar always give the same clock, so it can be recomputed at any
 * time (e.g. when the operator adds next year's schedule and a provisional date firms up).
 * Throws a `ClockRuleError` for a log that breaks a rule.
 */
export function computeRequestClock(
  calendar: WorkingDayCalendar,
  events: readonly RequestClockEvent[],
  options: RequestClockOptions = {},
): RequestClock {
  const fold = new RequestClockFold(calendar, options);
  events.forEach((event, index) => fold.apply(event, index));
  if (fold.receivedOn === undefined) {
    throw new ClockRuleError('RECEIPT_MISSING', 0, 'Art. 31: the clock starts at receipt, but the event log is empty');
  }
  return clockOf(fold, fold.receivedOn);
}

function clockOf(fold: RequestClockFold, receivedOn: string): RequestClock {
  const original = dueWithoutPauses(fold.calendar, fold.startedOn, REPLY_WORKING_DAYS);
  const supplementDue = dueWithoutPauses(fold.calendar, fold.startedOn, SUPPLEMENT_REQUEST_WORKING_DAYS);
  // While a supplement is awaited there is no period at all: it starts again on arrival.
  const reply = fold.awaitingSupplementSince === undefined ? fold.replyDeadline() : undefined;
  const latestConsultation = fold.consultations.at(-1);
  const provisional =
    original.provisional || supplementDue.provisional || (reply?.provisional ?? false) || fold.consultations.some((c) => c.provisional);
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
    state: stateOf(fold),
    ...(fold.decidedOn ? { decidedOn: fold.decidedOn } : {}),
    provisional,
    calendarVersion: fold.calendar.version,
  };
}

function stateOf(fold: RequestClockFold): RequestClockState {
  if (fold.decidedOn !== undefined || fold.withdrawnOn !== undefined) return 'stopped';
  if (fold.awaitingSupplementSince !== undefined) return 'awaitingSupplement';
  return fold.pauses.some((pause) => pause.to === undefined) ? 'paused' : 'running';
}
