import type { CalendarDate } from '../calendar/calendar-date';

/** Why the clock did not run (the v1 `PauseReason` vocabulary). */
export type PauseReason = 'thirdPartyConsultation' | 'agencyConsultation' | 'feeNotice';

/** Working days `d` with `from < d <= to` are not counted; no `to` while the pause lasts. */
export interface RequestClockPause {
  readonly from: CalendarDate;
  readonly to?: CalendarDate;
  /** A consultation's last possible day: the consultee's 15 working days (Arts. 32, 34). */
  readonly until?: CalendarDate;
  /** Ended by an event (the opinion arrived, the fee was paid) or by the window running out. */
  readonly endedBy?: 'event' | 'window';
  readonly reason: PauseReason;
}

/**
 * - `running`: counting towards `replyDueOn`;
 * - `paused`: a consultation or fee pause is open, `replyDueOn` is `null` until it ends (a
 *   consultation ends on its own when the consultee's 15 working days have passed);
 * - `awaitingSupplement`: a supplement was requested, the clock will restart from its arrival;
 * - `stopped`: the request was decided or withdrawn (and, if reopened, decided again).
 */
export type RequestClockState = 'running' | 'paused' | 'awaitingSupplement' | 'stopped';

/**
 * The statutory clock of one request, folded from its event log by `computeRequestClock` as it
 * stands at the end of a day (a consultation window may have run out by then).
 * The same fields as the v1 `RequestClock` schema, except `overdue`, which depends on the day
 * you ask: fill it with `isOverdue(clock, today)`.
 */
export interface RequestClock {
  /** Legal receipt date (Art. 31). */
  readonly receivedOn: CalendarDate;
  /** The receipt date, or the arrival of the latest supplement (Art. 30 restarts the clock). */
  readonly startedOn: CalendarDate;
  /** Art. 33. */
  readonly workingDays: 20;
  /** `startedOn` + 20 working days, before pauses and extension: what the receipt notice says. */
  readonly originalDueOn: CalendarDate;
  /** With pauses and extension; `null` while awaiting a supplement or while a pause is open. */
  readonly replyDueOn: CalendarDate | null;
  readonly extension?: { readonly workingDays: number; readonly decidedOn: CalendarDate; readonly reason: string };
  /** Pauses since `startedOn` (a restart drops earlier ones). */
  readonly pauses: readonly RequestClockPause[];
  readonly restarts: readonly { readonly on: CalendarDate; readonly reason: 'supplementReceived' }[];
  /** `startedOn` + 7 working days: the last day to ask for a supplement (Art. 30). */
  readonly supplementRequestDueOn: CalendarDate;
  /** When the latest consultee's 15 working days end (Art. 32; Art. 34 for agencies). */
  readonly consultationDueOn?: CalendarDate;
  /** While awaiting a supplement: the deadline the notice gave (Art. 30). */
  readonly supplementDueOn?: CalendarDate;
  /** A deferred reply (Art. 35): `replyDueOn` is `until`. */
  readonly deferral?: { readonly decidedOn: CalendarDate; readonly until: CalendarDate; readonly reason: string };
  /** The latest reopening after a reconsideration or lawsuit corrected the decision, and its new period. */
  readonly reopened?: { readonly on: CalendarDate; readonly dueOn: CalendarDate; readonly decidedOn?: CalendarDate };
  readonly state: RequestClockState;
  readonly decidedOn?: CalendarDate;
  /** Some date above was computed with the Monday–Friday fallback; recompute when the calendar grows. */
  readonly provisional: boolean;
  readonly calendarVersion: string;
}

export interface RequestClockOptions {
  /**
   * Whether the time from a fee notice to payment is left out of the reply period. Default
   * `true`. Unverified: the national 国办函〔2020〕109号 text has not been checked on this point
   * (only a Sichuan implementing notice), so an operator can turn it off.
   */
  readonly feePaymentPausesClock?: boolean;
}
