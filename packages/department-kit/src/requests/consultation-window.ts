import type { CalendarDate } from '../calendar/calendar-date';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';
import type { PauseReason } from './request-clock';
import type { ConsultedParty } from './request-clock-event';
import { addWorkingDays } from '../calendar/add-working-days';

/** Art. 32 (third party) and Art. 34 (co-producing agency): 15 working days to answer. */
export const CONSULTATION_WORKING_DAYS = 15;

/** A pause of the reply clock while the fold runs; `to` is set when it ends. */
export interface OpenablePause {
  from: CalendarDate;
  to?: CalendarDate;
  until?: CalendarDate;
  endedBy?: 'event' | 'window';
  reason: PauseReason;
}

/**
 * One consultation and the pause it causes. Arts. 32 and 34 give the consultee 15 working days
 * from its receipt of the request (from the day it was sent when the receipt is not recorded);
 * past them the agency decides alone, so the pause lasts at most until the window's last day and
 * then ends on its own (the reading stated in docs/disclosure-rules.md).
 */
export class Consultation {
  readonly pause: OpenablePause;
  dueOn: CalendarDate = '';
  provisional = false;
  /** The consultation's end was recorded (the opinion arrived, or the office stopped waiting). */
  endRecorded = false;

  constructor(
    readonly party: ConsultedParty,
    readonly startedOn: CalendarDate,
    public deliveredOn: CalendarDate | undefined,
    private readonly calendar: WorkingDayCalendar,
  ) {
    this.pause = { from: startedOn, reason: party === 'thirdParty' ? 'thirdPartyConsultation' : 'agencyConsultation' };
    this.countWindow();
  }

  /** The consultee's receipt, learnt after the consultation was recorded: its 15 working days run from it. */
  delivered(on: CalendarDate): void {
    this.deliveredOn = on;
    this.countWindow();
  }

  private countWindow(): void {
    const window = addWorkingDays(this.calendar, this.deliveredOn ?? this.startedOn, CONSULTATION_WORKING_DAYS);
    if (window.paused) throw new Error('unreachable: a count without pauses cannot stop');
    this.dueOn = window.dueOn;
    this.provisional = window.provisional;
    this.pause.until = window.dueOn;
  }

  /** Still pausing the clock at the end of `date`. */
  isOpenOn(date: CalendarDate): boolean {
    return this.pause.to === undefined && date <= this.dueOn;
  }

  /** The window ran out before `date` without an answer: the pause ends on its last day. */
  closeIfElapsed(date: CalendarDate): void {
    if (this.pause.to === undefined && date > this.dueOn) {
      this.pause.to = this.dueOn;
      this.pause.endedBy = 'window';
    }
  }

  /** The opinion arrived on `on`: the pause ends then, or stays capped at the window's last day. */
  end(on: CalendarDate): void {
    this.endRecorded = true;
    if (this.pause.to !== undefined) return;
    this.pause.to = on <= this.dueOn ? on : this.dueOn;
    this.pause.endedBy = on <= this.dueOn ? 'event' : 'window';
  }
}
