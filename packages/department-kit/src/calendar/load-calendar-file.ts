import { readFile } from 'node:fs/promises';
import { CalendarFileError } from './calendar-file-error';
import type { CalendarLayer } from './calendar-layer';
import { parseCalendarLayer } from './parse-calendar-layer';

/**
 * Reads and validates an operator calendar file (format: see `CalendarLayer`).
 * Every failure, unreadable file and bad JSON included, is a `CalendarFileError` naming `path`,
 * so a service can refuse to start with one clear line instead of computing wrong deadlines.
 */
export async function loadCalendarFile(path: string): Promise<CalendarLayer> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    throw new CalendarFileError(path, '', `cannot be read (${errorCode(cause)})`, { cause });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new CalendarFileError(path, '', `is not valid JSON (${(cause as Error).message})`, { cause });
  }
  return parseCalendarLayer(json, path);
}

function errorCode(cause: unknown): string {
  if (typeof cause === 'object' && cause !== null && 'code' in cause && typeof cause.code === 'string') return cause.code;
  return String(cause);
}
