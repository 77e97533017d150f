import { addWorkingDays, type DueDeadline, type WorkingDayDeadline } from '../calendar/add-working-days';
import { isCalendarDate, type CalendarDate } from '../calendar/calendar-date';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';
import { ClockRuleError, type ClockRuleCode } from './clock-rule-error';
import { Consultation, type OpenablePause } from './consultation-window';
import { checkLogOrder } from './log-order';
import type { RequestClockOptions } from './request-clock';
import type { ConsultedParty, RequestClockEvent, RequestClockEventType } from './request-clock-event';

/** Art. 33: the reply period, and the longest extension. */
export const REPLY_WORKING_DAYS = 20;
export const MAX_EXTENSION_WORKING_DAYS = 20;
/** Art. 30: corrections must be requested within 7 working days. */
export const SUPPLEMENT_REQUEST_WORKING_DAYS = 7;
export { CONSULTATION_WORKING_DAYS } from './consultation-window';

/** `start` + `n` working days with no pause, which therefore always has a date. */
export function dueWithoutPauses(calendar: WorkingDayCalendar, start: CalendarDate, n: number): DueDeadline {
  const deadline = addWorkingDays(calendar, start, n);
  if (deadline.paused) throw new Error('unreachable: a count without pauses cannot stop');
  return deadline;
}

/**
 * The state of a request's clock while its event log is folded, one event at a time. Each
 * handler checks the rule the event must satisfy, then records it. Internal: use
 * `computeRequestClock`.
 */
export class RequestClockFold {
  receivedOn: CalendarDate | undefined;
  startedOn: CalendarDate = '';
  readonly restarts: { on: CalendarDate; reason: 'supplementReceived' }[] = [];
  pauses: OpenablePause[] = [];
  consultations: Consultation[] = [];
  awaitingSupplement: { since: CalendarDate; dueOn?: CalendarDate } | undefined;
  extension: { workingDays: number; decidedOn: CalendarDate; reason: string } | undefined;
  deferral: { decidedOn: CalendarDate; until: CalendarDate; reason: string } | undefined;
  decidedOn: CalendarDate | undefined;
  withdrawnOn: CalendarDate | undefined;
  /** The latest reopening by a corrected decision (a reconsideration or lawsuit), and its new reply. */
  reopened: { on: CalendarDate; dueOn: CalendarDate; provisional: boolean; decidedOn?: CalendarDate } | undefined;
  private feeNotice: { on: CalendarDate; pause?: OpenablePause } | undefined;
  private lastOn: CalendarDate = '';
  private index = 0;

  constructor(
    readonly calendar: WorkingDayCalendar,
    private readonly options: RequestClockOptions,
  ) {}

  apply(event: RequestClockEvent, index: number): void {
    this.index = index;
    this.checkPlace(event);
    this.lastOn = event.on;
    // A consultation window that ran out before this event ended its pause on its own.
    this.closeElapsed(event.on);
    this.handle(event);
  }

  /** Closes every consultation whose window ended before `date` (the clock as of the end of the day before). */
  closeElapsed(date: CalendarDate): void {
    for (const consultation of this.consultations) consultation.closeIfElapsed(date);
  }

  /** The reply deadline with the pauses so far and any extension; a deferral (Art. 35) fixes it. */
  replyDeadline(): WorkingDayDeadline {
    if (this.deferral) return { paused: false, dueOn: this.deferral.until, provisional: false, calendarVersion: this.calendar.version };
    return addWorkingDays(this.calendar, this.startedOn, REPLY_WORKING_DAYS + (this.extension?.workingDays ?? 0), this.pauses);
  }

  private handle(event: RequestClockEvent): void {
    switch (event.type) {
      case 'received':
        return this.received(event.on);
      case 'supplementRequested':
        return this.supplementRequested(event.on, event.dueOn);
      case 'supplementReceived':
        return this.supplementReceived(event.on);
      case 'consultationStarted':
        return this.consultationStarted(event.on, event.party, event.deliveredOn);
      case 'consultationDelivered':
        return this.consultationDelivered(event.on, event.party);
      case 'consultationEnded':
        return this.consultationEnded(event.on, event.party);
      case 'feeNoticeSent':
        return this.feeNoticeSent(event.on);
      case 'feePaid':
        return this.feePaid(event.on);
      case 'extended':
        return this.extended(event.on, event.workingDays, event.reason);
      case 'deferred':
        return this.deferred(event.on, event.until, event.reason);
      case 'decided':
        this.decidedOn = event.on;
        return;
      case 'withdrawn':
        this.withdrawnOn = event.on;
        return;
      case 'remedyDecided':
        return this.remedyDecided(event.on, event.result);
      case 'reDecided':
        return this.reDecided(event.on);
      case 'remedyFiled': // recorded for the annual report's table 4; the clock is unaffected
    }
  }

  private fail(code: ClockRuleCode, message: string): never {
    throw new ClockRuleError(code, this.index, message);
  }

  /** The log is a history: see `checkLogOrder`. */
  private checkPlace(event: RequestClockEvent): void {
    checkLogOrder(
      event,
      {
        index: this.index,
        receivedOn: this.receivedOn,
        lastOn: this.lastOn,
        decidedOn: this.reopened?.decidedOn ?? this.decidedOn,
        withdrawnOn: this.withdrawnOn,
        reopenedPending: this.reopened !== undefined && this.reopened.decidedOn === undefined,
      },
      (code, message) => this.fail(code, message),
    );
  }

  private received(on: CalendarDate): void {
    this.receivedOn = on;
    this.startedOn = on;
  }

  private supplementRequested(on: CalendarDate, dueOn: CalendarDate | undefined): void {
    if (this.awaitingSupplement !== undefined) {
      this.fail(
        'SUPPLEMENT_ALREADY_REQUESTED',
        `Art. 30: the supplement notice must list every correction at once; one was sent on ${this.awaitingSupplement.since} and no supplement has arrived, so the notice of ${on} is refused`,
      );
    }
    // Our rule, not the statute's: by the time an extension is needed the application is
    // understood well enough to handle, and a restart would silently void the extension.
    if (this.extension)
      this.fail(
        'SUPPLEMENT_AFTER_EXTENSION',
        `Art. 30/33: the reply period was extended on ${this.extension.decidedOn}; a supplement can no longer be requested (on ${on})`,
      );
    this.noOpenPause('supplementRequested', on);
    const due = dueWithoutPauses(this.calendar, this.startedOn, SUPPLEMENT_REQUEST_WORKING_DAYS);
    if (on > due.dueOn) {
      this.fail(
        'SUPPLEMENT_REQUEST_TOO_LATE',
        `Art. 30: a supplement must be requested within 7 working days of receipt (${this.startedOn}), i.e. by ${due.dueOn}; it was requested on ${on}`,
      );
    }
    if (dueOn !== undefined && !(isCalendarDate(dueOn) && dueOn > on))
      this.fail(
        'SUPPLEMENT_DEADLINE_INVALID',
        `Art. 30: the notice of ${on} must give a reasonable deadline after it to supplement; ${JSON.stringify(dueOn)} is not`,
      );
    this.awaitingSupplement = { since: on, ...(dueOn !== undefined ? { dueOn } : {}) };
  }

  /** Art. 30: the period runs from the supplement's receipt, so what happened before no longer counts. */
  private supplementReceived(on: CalendarDate): void {
    if (this.awaitingSupplement === undefined) {
      this.fail(
        'SUPPLEMENT_NOT_REQUESTED',
        `Art. 30: a supplement arrived on ${on} but none was requested since the clock started on ${this.startedOn}`,
      );
    }
    this.startedOn = on;
    this.restarts.push({ on, reason: 'supplementReceived' });
    this.pauses = [];
    this.consultations = [];
    this.awaitingSupplement = undefined;
  }

  private consultationStarted(on: CalendarDate, party: ConsultedParty, deliveredOn: CalendarDate | undefined): void {
    this.notAwaitingSupplement('consultationStarted', on);
    if (party !== 'thirdParty' && party !== 'agency')
      this.fail('INVALID_PARTY', `Art. 32/34: a consultation is of a "thirdParty" or an "agency", not ${JSON.stringify(party)} (on ${on})`);
    if (deliveredOn !== undefined && !(isCalendarDate(deliveredOn) && deliveredOn >= on))
      this.fail(
        'DELIVERY_BEFORE_NOTICE',
        `Art. 32/34: the consulted party cannot receive the request before it was sent on ${on}; deliveredOn is ${JSON.stringify(deliveredOn)}`,
      );
    const open = this.consultations.find((consultation) => consultation.party === party && consultation.isOpenOn(on));
    if (open)
      this.fail(
        'CONSULTATION_ALREADY_STARTED',
        `Art. 32/34: a consultation of the ${party} has been open since ${open.startedOn}; end it before starting another on ${on}`,
      );
    const consultation = new Consultation(party, on, deliveredOn, this.calendar);
    this.pauses.push(consultation.pause);
    this.consultations.push(consultation);
  }

  /** The consultee's receipt, recorded once it is known: the window is counted from it (Arts. 32, 34). */
  private consultationDelivered(on: CalendarDate, party: ConsultedParty | undefined): void {
    const open = this.consultations.filter((c) => c.isOpenOn(on) && (party === undefined || c.party === party));
    const which = party === undefined ? 'consultation' : `consultation of the ${party}`;
    const [consultation, ...others] = open;
    if (!consultation) this.fail('CONSULTATION_NOT_STARTED', `Art. 32/34: a ${which} was received on ${on} but none was open then`);
    if (others.length > 0)
      this.fail('CONSULTATION_AMBIGUOUS', `Art. 32/34: several consultations are open on ${on}; say which party received it`);
    if (consultation.deliveredOn !== undefined)
      this.fail(
        'CONSULTATION_ALREADY_DELIVERED',
        `Art. 32/34: the ${consultation.party} already received the request on ${consultation.deliveredOn}; a second receipt on ${on} is refused`,
      );
    consultation.delivered(on);
  }

  /** The opinion arrived; one that arrives after the window ends nothing more (the pause ended with the window). */
  private consultationEnded(on: CalendarDate, party: ConsultedParty | undefined): void {
    const open = this.consultations.filter((c) => !c.endRecorded && (party === undefined || c.party === party));
    const which = party === undefined ? 'consultation' : `consultation of the ${party}`;
    const [consultation, ...others] = open;
    if (!consultation) this.fail('CONSULTATION_NOT_STARTED', `Art. 33: a ${which} ended on ${on} but none was open`);
    if (others.length > 0) this.fail('CONSULTATION_AMBIGUOUS', `Art. 33: several consultations are open on ${on}; say which party's ended`);
    consultation.end(on);
  }

  private feeNoticeSent(on: CalendarDate): void {
    this.notAwaitingSupplement('feeNoticeSent', on);
    if (this.feeNotice)
      this.fail(
        'FEE_NOTICE_ALREADY_SENT',
        `国办函〔2020〕109号: a fee notice sent on ${this.feeNotice.on} is still unpaid; another on ${on} is refused`,
      );
    if (this.options.feePaymentPausesClock === false) {
      this.feeNotice = { on };
      return;
    }
    const pause: OpenablePause = { from: on, reason: 'feeNotice' };
    this.pauses.push(pause);
    this.feeNotice = { on, pause };
  }

  private feePaid(on: CalendarDate): void {
    if (!this.feeNotice) this.fail('FEE_NOT_NOTIFIED', `国办函〔2020〕109号: a fee was paid on ${on} but no fee notice is outstanding`);
    if (this.feeNotice.pause) Object.assign(this.feeNotice.pause, { to: on, endedBy: 'event' });
    this.feeNotice = undefined;
  }

  /** Art. 33: one extension, of at most 20 working days, decided before the period runs out. */
  private extended(on: CalendarDate, workingDays: number, reason: string): void {
    this.notAwaitingSupplement('extended', on);
    if (this.deferral)
      this.fail(
        'REPLY_DEFERRED',
        `Art. 35: the reply was deferred on ${this.deferral.decidedOn} until ${this.deferral.until}; it can no longer be extended (on ${on})`,
      );
    if (this.extension) {
      this.fail(
        'EXTENSION_ALREADY_GRANTED',
        `Art. 33: the reply period may be extended once; ${this.extension.workingDays} working days were granted on ${this.extension.decidedOn}, so the extension of ${on} is refused`,
      );
    }
    if (!Number.isInteger(workingDays) || workingDays < 1 || workingDays > MAX_EXTENSION_WORKING_DAYS) {
      this.fail(
        'EXTENSION_OUT_OF_RANGE',
        `Art. 33: an extension is 1 to 20 working days; ${JSON.stringify(workingDays)} was decided on ${on}`,
      );
    }
    if (typeof reason !== 'string' || reason.trim() === '')
      this.fail('EXTENSION_REASON_MISSING', `Art. 33: the extension of ${on} must state its reason, which is notified to the applicant`);
    this.beforeDueDate('EXTENSION_AFTER_DUE_DATE', 'Art. 33: an extension', on);
    this.extension = { workingDays, decidedOn: on, reason };
  }

  /** Art. 35: once, decided by the due date, to a reasonable later date stated to the applicant. */
  private deferred(on: CalendarDate, until: CalendarDate, reason: string): void {
    this.notAwaitingSupplement('deferred', on);
    this.noOpenPause('deferred', on);
    if (this.deferral)
      this.fail('REPLY_DEFERRED', `Art. 35: the reply was already deferred on ${this.deferral.decidedOn} until ${this.deferral.until}`);
    if (typeof reason !== 'string' || reason.trim() === '')
      this.fail('DEFERRAL_REASON_MISSING', `Art. 35: the deferral of ${on} must state its reason, which is notified to the applicant`);
    const due = this.beforeDueDate('DEFERRAL_AFTER_DUE_DATE', 'Art. 35: a deferred reply', on);
    if (!isCalendarDate(until) || until <= due)
      this.fail(
        'DEFERRAL_NOT_LATER',
        `Art. 35: a reply is deferred because it cannot be given by the due date ${due}; the deferred date ${JSON.stringify(until)} must come after it`,
      );
    this.deferral = { decidedOn: on, until, reason };
  }

  /** A reconsideration or lawsuit that corrects the decision reopens the request: a new reply within 20 working days (our reading). */
  private remedyDecided(on: CalendarDate, result: 'upheld' | 'corrected' | 'other' | undefined): void {
    if (result !== 'corrected' || this.decidedOn === undefined) return;
    const due = dueWithoutPauses(this.calendar, on, REPLY_WORKING_DAYS);
    this.reopened = { on, dueOn: due.dueOn, provisional: due.provisional };
  }

  private reDecided(on: CalendarDate): void {
    if (this.reopened) this.reopened.decidedOn = on;
  }

  /** The due date an act must come by (on or before); fails naming `code` when `on` is after it. */
  private beforeDueDate(code: ClockRuleCode, what: string, on: CalendarDate): CalendarDate {
    const due = this.replyDeadline();
    if (!due.paused && on > due.dueOn) {
      this.fail(
        code,
        `${what} must be decided on or before the reply due date ${due.dueOn}; it was decided on ${on}, after the period ran out`,
      );
    }
    return due.dueOn ?? on;
  }

  private notAwaitingSupplement(type: RequestClockEventType, on: CalendarDate): void {
    if (this.awaitingSupplement !== undefined) {
      this.fail(
        'AWAITING_SUPPLEMENT',
        `Art. 30: a supplement was requested on ${this.awaitingSupplement.since} and the clock restarts when it arrives; "${type}" on ${on} must wait for it`,
      );
    }
  }

  private noOpenPause(type: RequestClockEventType, on: CalendarDate): void {
    const open = this.pauses.find((pause) => pause.to === undefined);
    if (open)
      this.fail(
        'PAUSE_OPEN',
        `Art. 30/33: the clock is paused (${open.reason}) since ${open.from}; end the pause before "${type}" on ${on}`,
      );
  }
}
