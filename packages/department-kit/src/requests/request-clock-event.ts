import type { CalendarDate } from '../calendar/calendar-date';

/** Who is consulted: a third party whose rights may be harmed (Art. 32) or another agency (Art. 34). */
export type ConsultedParty = 'thirdParty' | 'agency';

/** The application's legal receipt date (Art. 31; see `receiptDate`). Must come first. */
export interface ReceivedEvent {
  readonly type: 'received';
  readonly on: CalendarDate;
}

/** The office asked for every correction at once (补正, Art. 30); the clock waits for the applicant. */
export interface SupplementRequestedEvent {
  readonly type: 'supplementRequested';
  readonly on: CalendarDate;
  /** The reasonable deadline the notice gave (合理的补正期限, Art. 30); "deemed abandoned" only after it. */
  readonly dueOn?: CalendarDate;
}

/** The supplemented application arrived: the 20 working days run again from this date (Art. 30). */
export interface SupplementReceivedEvent {
  readonly type: 'supplementReceived';
  readonly on: CalendarDate;
}

/**
 * Opinion requested from a third party (Art. 32) or an agency (Art. 34); the clock pauses (Art. 33)
 * for at most the consultee's 15 working days, counted from `deliveredOn` (its receipt of the
 * request) where recorded, else from `on`.
 */
export interface ConsultationStartedEvent {
  readonly type: 'consultationStarted';
  readonly on: CalendarDate;
  readonly party: ConsultedParty;
  readonly deliveredOn?: CalendarDate;
}

/** The consulted party received the request for its opinion on `on`: its 15 working days run from then (Arts. 32, 34). */
export interface ConsultationDeliveredEvent {
  readonly type: 'consultationDelivered';
  readonly on: CalendarDate;
  /** Which consultation; may be left out when only one is open. */
  readonly party?: ConsultedParty;
}

/** The opinion arrived (or the office stopped waiting); the clock runs again the next day. */
export interface ConsultationEndedEvent {
  readonly type: 'consultationEnded';
  readonly on: CalendarDate;
  /** Which consultation ended; may be left out when only one is open. */
  readonly party?: ConsultedParty;
}

/** A processing-fee notice went out (国办函〔2020〕109号). */
export interface FeeNoticeSentEvent {
  readonly type: 'feeNoticeSent';
  readonly on: CalendarDate;
}

export interface FeePaidEvent {
  readonly type: 'feePaid';
  readonly on: CalendarDate;
}

/** The office head approved an extension, notified to the applicant (Art. 33). */
export interface ExtendedEvent {
  readonly type: 'extended';
  readonly on: CalendarDate;
  /** 1–20. */
  readonly workingDays: number;
  readonly reason: string;
}

/**
 * A deferred reply (延迟答复, Art. 35): the request clearly exceeds a reasonable range, the applicant's
 * reasons are reasonable but the reply cannot be given in time; `until` becomes the due date.
 */
export interface DeferredEvent {
  readonly type: 'deferred';
  readonly on: CalendarDate;
  readonly until: CalendarDate;
  readonly reason: string;
}

/** The reply was given (any outcome, including "deemed abandoned"); the clock stops. */
export interface DecidedEvent {
  readonly type: 'decided';
  readonly on: CalendarDate;
}

/** The applicant withdrew the application; the clock stops without a decision. */
export interface WithdrawnEvent {
  readonly type: 'withdrawn';
  readonly on: CalendarDate;
}

/**
 * Reconsideration or litigation filed or concluded: no effect on the clock, except a conclusion that
 * corrects the decision (`result: 'corrected'`), which reopens the request for a new reply.
 */
export interface RemedyEvent {
  readonly type: 'remedyFiled' | 'remedyDecided';
  readonly on: CalendarDate;
  readonly result?: 'upheld' | 'corrected' | 'other';
}

/** The new reply to a request reopened by a corrected decision; the clock stops again. */
export interface ReDecidedEvent {
  readonly type: 'reDecided';
  readonly on: CalendarDate;
}

/** One entry of a request's event log, in the order things happened (the v1 `RequestEventType`s). */
export type RequestClockEvent =
  | ReceivedEvent
  | SupplementRequestedEvent
  | SupplementReceivedEvent
  | ConsultationStartedEvent
  | ConsultationDeliveredEvent
  | ConsultationEndedEvent
  | FeeNoticeSentEvent
  | FeePaidEvent
  | ExtendedEvent
  | DeferredEvent
  | DecidedEvent
  | WithdrawnEvent
  | RemedyEvent
  | ReDecidedEvent;

export type RequestClockEventType = RequestClockEvent['type'];
