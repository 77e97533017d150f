import { assertCalendarDate, fromEpochDay, toEpochDay, type CalendarDate } from './calendar-date';
import { resolveWorkingDay } from './resolve-working-day';
import type { WorkingDayCalendar } from './working-day-calendar';

/**
 * A stretch during which the statutory clock does not run (Art. 33: consultation time is not
 * counted). A working day `d` with `from < d <= to` is not counted; without `to` the pause is
 * still open and the clock is stopped from the day after `from`.
 */
export interface ClockPause {
  readonly from: CalendarDate;
  readonly to?: CalendarDate;
}

/** A deadline that can be named. */
export interface DueDeadline {
  readonly paused: false;
  /** The n-th counted working day; the act is on time until 24:00 that day. */
  readonly dueOn: CalendarDate;
  /** Part of the count fell in a year the calendar does not cover and used Monday–Friday. */
  readonly provisional: boolean;
  readonly calendarVersion: string;
}

/**
 * The count ran into an open pause before it finished: there is no due date until the pause
 * ends. Modelled as a value, not an exception, because a stopped clock is a normal state.
 */
export interface StoppedDeadline {
  readonly paused: true;
  readonly dueOn: null;
  /** The `from` of the open pause. */
  readonly pausedSince: CalendarDate;
  /** Working days still to count once the pause ends. */
  readonly remainingWorkingDays: number;
  readonly provisional: boolean;
  readonly calendarVersion: string;
}

export type WorkingDayDeadline = DueDeadline | StoppedDeadline;

/** A century: far beyond any statutory period, so only a calendar with no working days hits it. */
const MAX_DAYS_SCANNED = 36_525;

/**
 * The date `n` working days after `start`. The start date itself never counts (期间开始之日不计算
 * 在内): day 1 is the first working day after it, even when `start` is a working day.
 * `n = 0` returns `start` (a reply on the spot). Pure: same inputs, same answer.
 */
export function addWorkingDays(
  calendar: WorkingDayCalendar,
  start: CalendarDate,
  n: number,
  pauses: readonly ClockPause[] = [],
): WorkingDayDeadline {
  assertCalendarDate(start, 'addWorkingDays start');
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`addWorkingDays: n must be a whole number ≥ 0, got ${n}`);
  const stops = pauses.map(toPauseDays);
  if (n === 0) return { paused: false, dueOn: start, provisional: false, calendarVersion: calendar.version };
  const startDay = toEpochDay(start);
  let counted = 0;
  let provisional = false;
  for (let day = startDay + 1; ; day += 1) {
    if (day - startDay > MAX_DAYS_SCANNED) throw new RangeError(`addWorkingDays: no ${n} working days within a century of ${start}`);
    const pause = pauseAt(stops, day);
    if (pause?.open) {
      return {
        paused: true,
        dueOn: null,
        pausedSince: pause.from,
        remainingWorkingDays: n - counted,
        provisional,
        calendarVersion: calendar.version,
      };
    }
    if (pause) continue;
    const verdict = resolveWorkingDay(calendar, fromEpochDay(day));
    provisional ||= verdict.provisional;
    if (verdict.working) counted += 1;
    if (counted === n) return { paused: false, dueOn: fromEpochDay(day), provisional, calendarVersion: calendar.version };
  }
}

interface PauseDays {
  readonly from: CalendarDate;
  readonly after: number;
  readonly until: number;
  readonly open: boolean;
}

function toPauseDays(pause: ClockPause, index: number): PauseDays {
  assertCalendarDate(pause.from, `pauses[${index}].from`);
  if (pause.to === undefined) return { from: pause.from, after: toEpochDay(pause.from), until: Infinity, open: true };
  assertCalendarDate(pause.to, `pauses[${index}].to`);
  if (pause.to < pause.from) throw new RangeError(`pauses[${index}]: to ${pause.to} is before from ${pause.from}`);
  return { from: pause.from, after: toEpochDay(pause.from), until: toEpochDay(pause.to), open: false };
}

/** The pause covering `day`, an open one first (it stops the clock for good). */
function pauseAt(pauses: readonly PauseDays[], day: number): PauseDays | undefined {
  const covering = pauses.filter(({ after, until }) => after < day && day <= until);
  return covering.find((pause) => pause.open) ?? covering[0];
}
