import type { BodyKind, Level } from '@gongkai/spec';
import type { CalendarDate } from '../calendar/calendar-date';

/**
 * Annual-report due dates by level, as `MM-DD` of the year after the report's year. Art. 49 sets
 * them for county level and above only (departments 31 January, a government's own report
 * 31 March); townships follow local rules, so an operator states them here. A level given here
 * overrides the Art. 49 default for every body of that level.
 */
export type AnnualReportDueDates = Partial<Record<Level, string>>;

const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Throws a `RangeError` naming the level whose due date is not a real `MM-DD` (29 February included). */
export function checkAnnualReportDueDates(dueDates: AnnualReportDueDates): void {
  for (const [level, monthDay] of Object.entries(dueDates)) {
    const valid = typeof monthDay === 'string' && MONTH_DAY.test(monthDay) && !Number.isNaN(Date.parse(`2024-${monthDay}T00:00:00Z`));
    if (!valid || new Date(`2024-${monthDay}T00:00:00Z`).toISOString().slice(5, 10) !== monthDay)
      throw new RangeError(`annual-report due date for ${level}: ${JSON.stringify(monthDay)} is not a month and day (MM-DD)`);
  }
}

/**
 * When the annual report of `year` is due (Art. 49): the level's configured date when there is one;
 * otherwise a people's government's own report by 31 March of the next year and every other body
 * (government departments, dispatched or internal units, authorized organizations, public
 * enterprises and institutions) by 31 January. A configured 29 February falls on 28 February in a
 * common year.
 */
export function annualReportDueOn(
  body: { readonly kind: BodyKind; readonly level: Level },
  year: number,
  dueDates: AnnualReportDueDates = {},
): CalendarDate {
  const configured = dueDates[body.level];
  const next = year + 1;
  if (configured !== undefined) {
    const leap = (next % 4 === 0 && next % 100 !== 0) || next % 400 === 0;
    return `${next}-${configured === '02-29' && !leap ? '02-28' : configured}`;
  }
  return body.kind === 'peoplesGovernment' ? `${next}-03-31` : `${next}-01-31`;
}
