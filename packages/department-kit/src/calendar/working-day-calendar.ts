import type { CalendarDate } from './calendar-date';

/**
 * Which dates are working days (工作日).
 *
 * The Regulations do not define 工作日; like 行政许可法 Art. 82 we follow the State Council's
 * yearly holiday notice (国务院办公厅关于YYYY年部分节假日安排的通知): Monday–Friday work unless
 * a holiday or bridged rest day, weekends rest unless a make-up workday (调休上班).
 * The notice is published a year at a time, so a calendar knows only some years.
 */
export interface WorkingDayCalendar {
  /**
   * Identifies the data, stored beside every computed deadline so it can be reproduced in a
   * review or lawsuit (e.g. `chinese-days@1.5.7+3f9a1c2b7d4e`).
   */
  readonly version: string;
  /** Every year from `firstYear` to `lastYear` inclusive is covered. */
  readonly firstYear: number;
  readonly lastYear: number;
  /**
   * `true` for a working day, `false` for a rest day, `undefined` when the calendar cannot say
   * because the year's schedule is not known (a local closure can still say `false`).
   * Throws a `RangeError` for a string that is not a real `YYYY-MM-DD` date.
   */
  isWorkingDay(date: CalendarDate): boolean | undefined;
}
