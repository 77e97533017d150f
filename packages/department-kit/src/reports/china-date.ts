import type { CalendarDate } from '../calendar/calendar-date';

/**
 * The calendar date of an instant in China Standard Time (a rule of the contract, from
 * `@gongkai/spec/china-time`). The report's years and the law's dates are Beijing dates: an item
 * published at `2025-12-31T20:00:00Z` was published on 1 January 2026.
 */
export { chinaDateOf } from '@gongkai/spec/china-time';

/** The first and last day of a report year. */
export function yearBounds(year: number): { readonly start: CalendarDate; readonly end: CalendarDate } {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`yearBounds: ${year} is not a year`);
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}

/** Whether `date` falls in `year`. */
export function isInYear(date: CalendarDate, year: number): boolean {
  return date.startsWith(`${year}-`);
}

/**
 * The same day a year earlier (29 February → 28 February): the start of the "last 12 months"
 * window. Something dated on that day is still within the 12 months.
 */
export function oneYearBefore(date: CalendarDate): CalendarDate {
  const year = Number(date.slice(0, 4)) - 1;
  const monthDay = date.slice(5);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return `${String(year).padStart(4, '0')}-${monthDay === '02-29' && !leap ? '02-28' : monthDay}`;
}
