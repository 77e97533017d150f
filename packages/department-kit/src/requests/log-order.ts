import { isCalendarDate, type CalendarDate } from '../calendar/calendar-date';
import type { ClockRuleCode } from './clock-rule-error';
import type { RequestClockEvent, RequestClockEventType } from './request-clock-event';

const EVENT_TYPES: readonly RequestClockEventType[] = [
  'received',
  'supplementRequested',
  'supplementReceived',
  'consultationStarted',
  'consultationDelivered',
  'consultationEnded',
  'feeNoticeSent',
  'feePaid',
  'extended',
  'deferred',
  'decided',
  'withdrawn',
  'remedyFiled',
  'remedyDecided',
  'reDecided',
];
/** Reconsideration and litigation can follow the decision (or its absence) without touching the clock. */
const CLOCK_NEUTRAL: readonly RequestClockEventType[] = ['remedyFiled', 'remedyDecided'];

/** Where the log stands when the next event arrives. */
export interface LogPosition {
  readonly index: number;
  readonly receivedOn: CalendarDate | undefined;
  readonly lastOn: CalendarDate;
  /** The latest decision (the new reply of a reopened request, once given). */
  readonly decidedOn: CalendarDate | undefined;
  readonly withdrawnOn: CalendarDate | undefined;
  /** A corrected decision awaits its new reply (`reDecided`). */
  readonly reopenedPending: boolean;
}

/**
 * The log is a history: it starts with the receipt, runs forward in time and ends with the decision
 * (or the new reply after a correction); remedies may follow at any time. `fail` throws.
 */
export function checkLogOrder(
  event: RequestClockEvent,
  position: LogPosition,
  fail: (code: ClockRuleCode, message: string) => never,
): void {
  const at = `event ${position.index}`;
  const { receivedOn, lastOn } = position;
  if (!EVENT_TYPES.includes(event.type)) fail('UNKNOWN_EVENT', `${at}: unknown event type ${JSON.stringify(event.type)}`);
  if (!isCalendarDate(event.on))
    fail('INVALID_DATE', `${at} (${event.type}): ${JSON.stringify(event.on)} is not a valid date (expected YYYY-MM-DD)`);
  if (receivedOn === undefined && event.type !== 'received') {
    fail(
      'RECEIPT_MISSING',
      `Art. 31: the clock starts at receipt, so the log must begin with "received"; ${at} is "${event.type}" on ${event.on}`,
    );
  }
  if (receivedOn !== undefined && event.type === 'received') {
    fail('RECEIVED_TWICE', `Art. 31: the application was already received on ${receivedOn}; ${at} receives it again on ${event.on}`);
  }
  if (!CLOCK_NEUTRAL.includes(event.type)) notStopped(event, position, at, fail);
  if (receivedOn !== undefined && event.on < receivedOn) {
    fail(
      'EVENT_BEFORE_RECEIPT',
      `Art. 31: nothing can happen to an application before its receipt on ${receivedOn}; ${at} ("${event.type}") is dated ${event.on}`,
    );
  }
  if (event.on < lastOn)
    fail('EVENTS_OUT_OF_ORDER', `the log must be in date order; ${at} ("${event.type}" on ${event.on}) follows an event on ${lastOn}`);
}

function notStopped(
  event: RequestClockEvent,
  position: LogPosition,
  at: string,
  fail: (code: ClockRuleCode, message: string) => never,
): void {
  const { decidedOn, withdrawnOn, reopenedPending } = position;
  if (event.type === 'reDecided') {
    if (!reopenedPending)
      fail(
        'NOT_REOPENED',
        `a new reply (${at}, on ${event.on}) answers a decision corrected by reconsideration or litigation; no corrected decision awaits one`,
      );
    return;
  }
  if (decidedOn !== undefined)
    fail(
      'ALREADY_DECIDED',
      `the request was decided on ${decidedOn}; ${at} ("${event.type}" on ${event.on}) comes after it${reopenedPending ? ' (it is reopened: record the new reply as "reDecided")' : ''}`,
    );
  if (withdrawnOn !== undefined)
    fail('ALREADY_WITHDRAWN', `the application was withdrawn on ${withdrawnOn}; ${at} ("${event.type}" on ${event.on}) comes after it`);
}
