import type { CalendarDate } from '../calendar/calendar-date';

/**
 * China Standard Time is UTC+8 all year (no daylight saving since 1991), so a fixed offset is
 * exact: statutory dates and published timestamps are stated in it.
 */
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** The calendar date in China at `instant` (a `Date` or an RFC 3339 timestamp). */
export function chinaDateOf(instant: Date | string): CalendarDate {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  return new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** `instant` as an RFC 3339 timestamp in China Standard Time, whole seconds: `2026-05-15T09:00:00+08:00`. */
export function chinaTimestamp(instant: Date): string {
  return `${new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 19)}+08:00`;
}

/** Midnight at the start of `date` in China, as an RFC 3339 timestamp. */
export function chinaMidnight(date: CalendarDate): string {
  return `${date}T00:00:00+08:00`;
}

/** The calendar year in China at `instant`. */
export function chinaYearOf(instant: Date | string): number {
  return Number(chinaDateOf(instant).slice(0, 4));
}

const RFC3339 = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}:\d{2}:\d{2})(?:\.(\d+))?([Zz]|[+-]\d{2}:\d{2})$/;

/**
 * A string that sorts like the instant: the UTC time with nine fraction digits
 * (`2026-03-10T01:30:00.000000000Z`). `…+08:00` and `…Z` spellings of one instant get one key,
 * and sub-millisecond digits still order, as the gateway's merge orders them.
 */
export function instantKey(timestamp: string): string {
  const match = RFC3339.exec(timestamp);
  if (!match) throw new RangeError(`not an RFC 3339 timestamp: ${JSON.stringify(timestamp)}`);
  const [, date, time, fraction = '', offset] = match;
  const ms = Date.parse(`${date}T${time}${offset === 'z' ? 'Z' : offset}`);
  if (Number.isNaN(ms)) throw new RangeError(`not an RFC 3339 timestamp: ${JSON.stringify(timestamp)}`);
  return `${new Date(ms).toISOString().slice(0, 19)}.${fraction.slice(0, 9).padEnd(9, '0')}Z`;
}
