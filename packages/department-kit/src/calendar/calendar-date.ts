/**
 * Calendar dates as plain `YYYY-MM-DD` strings.
 *
 * Statutory periods are counted in whole calendar days of China Standard Time, never in
 * instants, so a date is a string and arithmetic runs on UTC day numbers: no host time zone
 * or daylight-saving rule can move a deadline by a day.
 */

/** A calendar date `YYYY-MM-DD` (Asia/Shanghai). A plain string, for JSON and SQL alike. */
export type CalendarDate = string;

const MS_PER_DAY = 86_400_000;
const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real date written `YYYY-MM-DD` (so `2025-02-30` is not). */
export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string') return false;
  const match = DATE_SHAPE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  // Date.UTC reads years 0–99 as 1900–1999, so the year is set on its own.
  const utc = new Date(Date.UTC(2000, month - 1, day));
  utc.setUTCFullYear(year, month - 1, day);
  // Date.UTC rolls 02-30 over to 03-02; a real date survives the round trip.
  return utc.getUTCFullYear() === year && utc.getUTCMonth() === month - 1 && utc.getUTCDate() === day;
}

/** Throws a `RangeError` naming `label` unless `value` is a real `YYYY-MM-DD` date. */
export function assertCalendarDate(value: unknown, label: string): asserts value is CalendarDate {
  if (!isCalendarDate(value)) {
    throw new RangeError(`${label}: ${JSON.stringify(value)} is not a valid date (expected YYYY-MM-DD)`);
  }
}

/** Days since 1970-01-01 (UTC). Only for dates that passed `isCalendarDate`. */
export function toEpochDay(date: CalendarDate): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / MS_PER_DAY);
}

export function fromEpochDay(epochDay: number): CalendarDate {
  return new Date(epochDay * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromEpochDay(toEpochDay(date) + days);
}

export function yearOf(date: CalendarDate): number {
  return Number(date.slice(0, 4));
}

/** 0 = Sunday … 6 = Saturday, like `Date#getUTCDay`. */
export function dayOfWeek(date: CalendarDate): number {
  // 1970-01-01 was a Thursday (4).
  return (((toEpochDay(date) + 4) % 7) + 7) % 7;
}

/**
 * The rule for a year without a published schedule: Monday–Friday work, weekends rest.
 * Only ever a fallback, and results computed with it are marked provisional.
 */
export function isMondayToFriday(date: CalendarDate): boolean {
  const weekday = dayOfWeek(date);
  return weekday >= 1 && weekday <= 5;
}
