import type { Rng } from './random';

// Dates (`YYYY-MM-DD`, counted in whole days) and instants in China time. A fixed reference date
// keeps the data set the same whatever day it is generated on.

/** The day the data set describes: nothing happens after it. */
export const REFERENCE_DATE = '2026-11-20';
/** The first day a record is formed: the data set covers 2024-01 to the reference date. */
export const EARLIEST = '2024-01-02';

const DAY_MS = 86_400_000;
export const dayNumber = (date: string): number =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
export const dateOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
export const addDays = (date: string, days: number): string => dateOf(dayNumber(date) + days);
export const daysBetween = (from: string, to: string): number => dayNumber(to) - dayNumber(from);
export const isWeekend = (date: string): boolean => [0, 6].includes(new Date(dayNumber(date) * DAY_MS).getUTCDay());
export const minDate = (a: string, b: string): string => (a < b ? a : b);
/** Code-point order: `localeCompare` depends on the machine's ICU data, and the output must not. */
export const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A weekday `lo`…`hi` days after `base` (weekends are skipped when the window allows). */
export function weekdayAfter(rng: Rng, base: string, lo: number, hi: number): string {
  const offset = rng.int(lo, hi);
  for (const step of [0, 1, 2, -1, -2, 3, -3]) {
    const candidate = offset + step;
    if (candidate >= lo && candidate <= hi && !isWeekend(addDays(base, candidate))) return addDays(base, candidate);
  }
  return addDays(base, offset);
}

/** A random weekday between two dates. */
export function weekdayBetween(rng: Rng, from: string, to: string): string {
  return weekdayAfter(rng, from, 0, daysBetween(from, to));
}

/** An RFC 3339 instant in China time, during office hours unless `minutes` (since midnight) says otherwise. */
export function at(date: string, minutes: number): string {
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${date}T${hh}:${mm}:00+08:00`;
}
export const officeMinutes = (rng: Rng): number => rng.pick([rng.int(510, 690), rng.int(810, 1020)]);
