import { isCalendarDate } from '../../calendar/calendar-date';
import { canonicalTimestamp } from '@gongkai/spec/china-time';
import type { CellValue } from './sheet';

/** A date and, when the cell gave one, a time of day, as written in China (UTC+8). */
interface WallClock {
  readonly date: string;
  readonly time?: string;
}

const pad = (n: number | string) => String(n).padStart(2, '0');

/**
 * Excel stores a date as days since 1899-12-30 (serial 1 is 1900-01-01; the phantom 1900-02-29
 * Lotus kept is why the epoch is the 30th). Only serials from 1949 to 2100 are taken as dates, so
 * a stray number is not read as one.
 */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const SERIAL_RANGE = [17898, 73051] as const;

function fromSerial(serial: number): WallClock | undefined {
  if (serial < SERIAL_RANGE[0] || serial > SERIAL_RANGE[1]) return undefined;
  // Whole seconds: Excel's fraction of a day is rounded to the second it displays.
  const iso = new Date(EXCEL_EPOCH_MS + Math.round(serial * 86_400) * 1000).toISOString();
  const time = iso.slice(11, 19);
  return { date: iso.slice(0, 10), ...(time !== '00:00:00' ? { time } : {}) };
}

/** `2026-03-12`, `2026/3/12`, `2026.3.12`, `2026年3月12日`, `20260312`, each with an optional time `9:00` or `09:00:30`. */
const WRITTEN = /^(\d{4})(?:[-/.年](\d{1,2})[-/.月](\d{1,2})日?|(\d{2})(\d{2}))(?:[ T]+(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?$/;

function fromText(text: string): WallClock | 'invalid' | undefined {
  const match = WRITTEN.exec(text.trim());
  if (!match) return undefined;
  const [, year, dashedMonth, dashedDay, compactMonth, compactDay, hour, minute, second = '00'] = match;
  const date = `${year}-${pad((dashedMonth ?? compactMonth)!)}-${pad((dashedDay ?? compactDay)!)}`;
  if (!isCalendarDate(date)) return 'invalid';
  if (hour === undefined) return { date };
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return 'invalid';
  return { date, time: `${pad(hour)}:${minute}:${second}` };
}

/**
 * A workbook's date cell: exceljs hands dates back as the wall-clock time Excel shows, stored in
 * the UTC fields of a `Date` (Excel has no time zones). It is read as China time.
 */
function fromCellDate(value: Date): WallClock | undefined {
  if (Number.isNaN(value.getTime())) return undefined;
  const iso = value.toISOString();
  const time = iso.slice(11, 19);
  return { date: iso.slice(0, 10), ...(time !== '00:00:00' ? { time } : {}) };
}

function wallClock(value: CellValue): WallClock | 'invalid' | undefined {
  if (value instanceof Date) return fromCellDate(value);
  if (typeof value === 'number') return fromSerial(value);
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (/^\d{5}(\.\d+)?$/.test(text)) return fromSerial(Number(text));
  return fromText(text);
}

export const DATE_FORMATS_HINT = 'write it as 2026-03-12, 2026/3/12 or 2026年3月12日';
export const TIMESTAMP_FORMATS_HINT = 'write it as 2026-03-12 09:00, 2026/3/12 9:00, 2026-03-12 (midnight) or 2026-03-12T09:00:00+08:00';

/** A calendar date (`YYYY-MM-DD`) from a cell; a time of day in the cell is dropped. */
export function cellDate(value: CellValue): { ok: true; date: string } | { ok: false; reason: string } {
  const read = wallClock(value);
  if (read === undefined || read === 'invalid')
    return {
      ok: false,
      reason: `${JSON.stringify(String(value))} is not ${read === 'invalid' ? 'a real' : 'a'} date; ${DATE_FORMATS_HINT}`,
    };
  return { ok: true, date: read.date };
}

/**
 * An RFC 3339 timestamp from a cell. A date and time without an offset (what Excel shows) is China
 * time; a date alone is midnight in China; a full RFC 3339 timestamp keeps its own offset.
 */
export function cellTimestamp(value: CellValue): { ok: true; timestamp: string } | { ok: false; reason: string } {
  if (typeof value === 'string') {
    try {
      return { ok: true, timestamp: canonicalTimestamp(value.trim()) };
    } catch {
      // not RFC 3339: read as a spreadsheet date below
    }
  }
  const read = wallClock(value);
  if (read === undefined || read === 'invalid')
    return {
      ok: false,
      reason: `${JSON.stringify(String(value))} is not ${read === 'invalid' ? 'a real' : 'a'} date and time; ${TIMESTAMP_FORMATS_HINT}`,
    };
  return { ok: true, timestamp: `${read.date}T${read.time ?? '00:00:00'}+08:00` };
}
