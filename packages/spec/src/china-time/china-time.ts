/**
 * China time as the contract writes it: calendar dates (`2026-05-15`) are dates in China, and
 * timestamps are RFC 3339 with an offset (`2026-05-15T09:00:00+08:00`).
 *
 * Dependency-free on purpose (`@gongkai/spec/china-time`): browser code imports it without the
 * validators or the bundled document.
 */

/** A calendar date `YYYY-MM-DD` in China (Asia/Shanghai). A plain string, for JSON and SQL alike. */
export type CalendarDate = string;

/**
 * China Standard Time is UTC+8 all year (no daylight saving since 1991), so a fixed offset is
 * exact: statutory dates and published timestamps are stated in it.
 */
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** The calendar date in China at `instant` (a `Date` or an RFC 3339 timestamp). */
export function chinaDateOf(instant: Date | string): CalendarDate {
  const ms = typeof instant === 'string' ? instantMs(instant) : instant.getTime();
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

/**
 * RFC 3339 date-times as the contract's validator accepts them: `T`, `t` or a space between date
 * and time, `Z`, `z`, `±HH`, `±HHMM` or `±HH:MM` for the offset, any number of fraction digits.
 */
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)$/;

interface Instant {
  /** Milliseconds since the epoch, whole. */
  readonly ms: number;
  /** The fraction digits as written. */
  readonly fraction: string;
  /** The same text in the contract's spelling: `T`, `Z` or `±HH:MM`. */
  readonly canonical: string;
}

function parseInstant(timestamp: string): Instant {
  const instant = readInstant(timestamp);
  if (!instant) throw new RangeError(`not an RFC 3339 timestamp: ${JSON.stringify(timestamp)}`);
  return instant;
}

function readInstant(timestamp: string): Instant | undefined {
  const match = RFC3339.exec(timestamp);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, fraction = '', zulu, sign, offsetHours = '00', offsetMinutes = '00'] = match;
  const offset = zulu ? 0 : (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes));
  // Date.UTC rolls a leap second (:60) into the next minute, which is where it sorts.
  const ms = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second)) - offset * 60_000;
  const zone = zulu ? 'Z' : `${sign}${offsetHours}:${offsetMinutes}`;
  return { ms, fraction, canonical: `${year}-${month}-${day}T${hour}:${minute}:${second}${fraction ? `.${fraction}` : ''}${zone}` };
}

/** The instant of an RFC 3339 timestamp, in milliseconds (sub-millisecond digits dropped). */
export function instantMs(timestamp: string): number {
  const { ms, fraction } = parseInstant(timestamp);
  return ms + Number(fraction.slice(0, 3).padEnd(3, '0'));
}

/**
 * The timestamp spelled as the contract writes it (`2026-05-15T09:00:00+08:00`): the same
 * instant and offset, only `t`, a space, `z`, `+08` or `+0800` normalised, so that every reader
 * (the gateway's merge included) parses what a department stores.
 */
export function canonicalTimestamp(timestamp: string): string {
  return parseInstant(timestamp).canonical;
}

/**
 * A string that sorts like the instant: the UTC time with nine fraction digits
 * (`2026-03-10T01:30:00.000000000Z`). `…+08:00` and `…Z` spellings of one instant get one key,
 * and sub-millisecond digits still order, as the gateway's merge orders them.
 */
export function instantKey(timestamp: string): string {
  return keyOf(parseInstant(timestamp));
}

/**
 * `instantKey` for text that may not be a timestamp at all (a sort field a department filled with
 * something else): `undefined` instead of an error.
 */
export function instantKeyOrUndefined(text: string): string | undefined {
  const instant = readInstant(text);
  return instant ? keyOf(instant) : undefined;
}

/** Whether `text` is an RFC 3339 date-time in one of the spellings the contract's validator accepts. */
export function isTimestamp(text: string): boolean {
  return RFC3339.test(text);
}

function keyOf({ ms, fraction }: Instant): string {
  return `${new Date(ms).toISOString().slice(0, 19)}.${fraction.slice(0, 9).padEnd(9, '0')}Z`;
}
