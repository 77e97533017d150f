import { addDays, dayOfWeek, isCalendarDate, toEpochDay, yearOf, type CalendarDate } from './calendar-date';
import { CalendarFileError } from './calendar-file-error';
import { CALENDAR_LAYER_FORMAT, type CalendarLayer, type LayerYear, type LocalClosure } from './calendar-layer';

type JsonObject = Record<string, unknown>;

/**
 * Validates an operator calendar (already `JSON.parse`d) and returns it as a `CalendarLayer`.
 * Strict on purpose: every deadline computed with it is legally binding, so a malformed entry
 * throws a `CalendarFileError` naming `sourceName` and the entry instead of being skipped.
 * The format is documented on `CalendarLayer` and in this folder's README.
 */
export function parseCalendarLayer(json: unknown, sourceName: string): CalendarLayer {
  const check = new LayerChecker(sourceName);
  const root = check.object(json, '');
  check.onlyFields(root, '', ['$schema', 'format', 'description', 'years', 'closures']);
  if (root.format !== CALENDAR_LAYER_FORMAT) {
    check.fail('format', `expected ${JSON.stringify(CALENDAR_LAYER_FORMAT)}, got ${describe(root.format)}`);
  }
  const years = root.years === undefined ? [] : check.years(root.years);
  const closures = root.closures === undefined ? [] : check.closures(root.closures);
  if (years.length === 0 && closures.length === 0) check.fail('', 'the file lists neither years nor closures');
  const description = check.optionalText(root.description, 'description');
  return { source: sourceName, ...(description === undefined ? {} : { description }), years, closures };
}

class LayerChecker {
  /** Every date listed under `years`, with where, so a date cannot be both rest and work. */
  private readonly listedAt = new Map<CalendarDate, string>();

  constructor(private readonly source: string) {}

  fail(path: string, problem: string): never {
    throw new CalendarFileError(this.source, path, problem);
  }

  object(value: unknown, path: string): JsonObject {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.fail(path, `expected an object, got ${describe(value)}`);
    }
    return value as JsonObject;
  }

  array(value: unknown, path: string): unknown[] {
    if (!Array.isArray(value)) this.fail(path, `expected an array, got ${describe(value)}`);
    return value;
  }

  onlyFields(value: JsonObject, path: string, allowed: readonly string[]): void {
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) {
        this.fail(path || '(top level)', `unknown field ${JSON.stringify(key)} (expected ${allowed.join(', ')})`);
      }
    }
  }

  text(value: unknown, path: string): string {
    if (typeof value !== 'string' || value.trim() === '') this.fail(path, `expected a non-empty string, got ${describe(value)}`);
    return value;
  }

  optionalText(value: unknown, path: string): string | undefined {
    return value === undefined ? undefined : this.text(value, path);
  }

  date(value: unknown, path: string): CalendarDate {
    if (!isCalendarDate(value)) this.fail(path, `${describe(value)} is not a valid date (expected YYYY-MM-DD)`);
    return value;
  }

  years(value: unknown): LayerYear[] {
    const years = this.object(value, 'years');
    return Object.keys(years)
      .map((key) => this.year(key, years[key]))
      .sort((a, b) => a.year - b.year);
  }

  private year(key: string, value: unknown): LayerYear {
    const path = `years[${JSON.stringify(key)}]`;
    if (!/^\d{4}$/.test(key)) this.fail(path, `${JSON.stringify(key)} is not a year (expected four digits, e.g. "2027")`);
    const year = Number(key);
    const entry = this.object(value, path);
    this.onlyFields(entry, path, ['source', 'restDays', 'makeUpWorkDays']);
    const restDays = this.yearDates(entry.restDays, `${path}.restDays`, year);
    if (restDays.length === 0) this.fail(`${path}.restDays`, 'is empty, but every year has rest days (元旦 at least)');
    const makeUpWorkDays = this.yearDates(entry.makeUpWorkDays, `${path}.makeUpWorkDays`, year);
    makeUpWorkDays.forEach((date, index) => this.weekend(date, `${path}.makeUpWorkDays[${index}]`));
    const source = this.optionalText(entry.source, `${path}.source`);
    return { year, ...(source === undefined ? {} : { source }), restDays, makeUpWorkDays };
  }

  private yearDates(value: unknown, path: string, year: number): CalendarDate[] {
    return this.array(value, path).map((item, index) => {
      const itemPath = `${path}[${index}]`;
      const date = this.date(item, itemPath);
      this.withinYear(date, itemPath, year);
      this.listedOnce(date, itemPath);
      return date;
    });
  }

  private withinYear(date: CalendarDate, path: string, year: number): void {
    // A New Year arrangement may move days of the previous December (holiday-cn notes the
    // case), so a year's notice may list them; anything else is a typo.
    const previousDecember = yearOf(date) === year - 1 && date.slice(5, 7) === '12';
    if (yearOf(date) !== year && !previousDecember) {
      this.fail(path, `"${date}" is outside ${year} (a year may list its own days and those of the previous December)`);
    }
  }

  private listedOnce(date: CalendarDate, path: string): void {
    const earlier = this.listedAt.get(date);
    if (earlier !== undefined) this.fail(path, `"${date}" is already listed at ${earlier}`);
    this.listedAt.set(date, path);
  }

  private weekend(date: CalendarDate, path: string): void {
    const weekday = dayOfWeek(date);
    if (weekday !== 0 && weekday !== 6) {
      this.fail(path, `"${date}" is a weekday; a make-up workday (调休上班) is always a Saturday or Sunday`);
    }
  }

  closures(value: unknown): LocalClosure[] {
    return this.array(value, 'closures').flatMap((item, index) => this.closure(item, `closures[${index}]`));
  }

  private closure(value: unknown, path: string): LocalClosure[] {
    const entry = this.object(value, path);
    this.onlyFields(entry, path, ['reason', 'dates', 'from', 'to']);
    const reason = this.text(entry.reason, `${path}.reason`);
    const hasDates = entry.dates !== undefined;
    const hasRange = entry.from !== undefined || entry.to !== undefined;
    if (hasDates === hasRange) this.fail(path, 'give either "dates" or "from" and "to"');
    if (hasDates) return this.closureDates(entry.dates, `${path}.dates`, reason);
    return [this.closureRange(entry, path, reason)];
  }

  private closureDates(value: unknown, path: string, reason: string): LocalClosure[] {
    const dates = this.array(value, path);
    if (dates.length === 0) this.fail(path, 'is empty');
    return dates.map((item, index) => {
      const date = this.date(item, `${path}[${index}]`);
      return { from: date, to: date, reason };
    });
  }

  private closureRange(entry: JsonObject, path: string, reason: string): LocalClosure {
    const from = this.date(entry.from, `${path}.from`);
    const to = this.date(entry.to, `${path}.to`);
    if (toEpochDay(to) < toEpochDay(from)) this.fail(`${path}.to`, `"${to}" is before from "${from}"`);
    // A range of more than a year is almost surely a mistyped year (2072 for 2027).
    if (toEpochDay(to) > toEpochDay(addDays(from, 366))) this.fail(`${path}.to`, `"${to}" is more than a year after from "${from}"`);
    return { from, to, reason };
  }
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return JSON.stringify(value);
}
