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
}

/** The supplemented application arrived: the 20 working days run again from this date (Art. 30). */
export interface SupplementReceivedEvent {
  readonly type: 'supplementReceived';
  readonly on: CalendarDate;
}

/** Opinion requested from a third party (Art. 32) or an agency (Art. 34); the clock pauses (Art. 33). */
export interface ConsultationStartedEvent {
  readonly type: 'consultationStarted';
  readonly on: CalendarDate;
  readonly party: ConsultedParty;
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

/** Reconsideration or litigation filed or concluded: recorded in the log, no effect on the clock. */
export interface RemedyEvent {
  readonly type: 'remedyFiled' | 'remedyDecided';
  readonly on: CalendarDate;
}

/** One entry of a request's event log, in the order things happened (the v1 `RequestEventType`s). */
export type RequestClockEvent =
  | ReceivedEvent
  | SupplementRequestedEvent
  | SupplementReceivedEvent
  | ConsultationStartedEvent
  | ConsultationEndedEvent
  | FeeNoticeSentEvent
  | FeePaidEvent
  | ExtendedEvent
  | DecidedEvent
  | WithdrawnEvent
  | RemedyEvent;

export type RequestClockEventType = RequestClockEvent['type'];
