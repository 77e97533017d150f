import { describe, expect, it } from 'vitest';
import { CalendarFileError } from './calendar-file-error';
import { parseCalendarLayer } from './parse-calendar-layer';

const FORMAT = 'gongkai-calendar-layer/1';
const year2027 = { restDays: ['2027-01-01', '2027-01-02', '2027-01-03', '2027-02-30'], makeUpWorkDays: [] };

/** Parses and returns the CalendarFileError message, failing the test if nothing is thrown. */
function problemWith(json: unknown): string {
  try {
    parseCalendarLayer(json, 'calendar.json');
  } catch (error) {
    expect(error).toBeInstanceOf(CalendarFileError);
    return (error as CalendarFileError).message;
  }
  throw new Error('expected a CalendarFileError');
}

describe('parseCalendarLayer', () => {
  it('reads years sorted, with their source, and closures in file order', () => {
    const layer = parseCalendarLayer(
      {
        format: FORMAT,
        description: 'test layer',
        years: {
          '2028': { restDays: ['2028-01-01'], makeUpWorkDays: [] },
          '2027': { source: '国办发明电', restDays: ['2027-01-01'], makeUpWorkDays: ['2027-02-14'] },
        },
        closures: [
          { reason: 'move', dates: ['2027-03-15', '2027-03-16'] },
          { reason: 'flood', from: '2027-07-20', to: '2027-07-22' },
        ],
      },
      'layer.json',
    );
    expect(layer).toEqual({
      source: 'layer.json',
      description: 'test layer',
      years: [
        { year: 2027, source: '国办发明电', restDays: ['2027-01-01'], makeUpWorkDays: ['2027-02-14'] },
        { year: 2028, restDays: ['2028-01-01'], makeUpWorkDays: [] },
      ],
      closures: [
        { from: '2027-03-15', to: '2027-03-15', reason: 'move' },
        { from: '2027-03-16', to: '2027-03-16', reason: 'move' },
        { from: '2027-07-20', to: '2027-07-22', reason: 'flood' },
      ],
    });
  });

  it('accepts a previous-December day in a year, moved by a New Year arrangement', () => {
    const layer = parseCalendarLayer(
      { format: FORMAT, years: { '2027': { restDays: ['2026-12-31', '2027-01-01'], makeUpWorkDays: [] } } },
      'x',
    );
    expect(layer.years[0]?.restDays).toEqual(['2026-12-31', '2027-01-01']);
  });

  it('names the file and the entry of an impossible date', () => {
    expect(problemWith({ format: FORMAT, years: { '2027': year2027 } })).toBe(
      'calendar.json: years["2027"].restDays[3]: "2027-02-30" is not a valid date (expected YYYY-MM-DD)',
    );
  });

  it('refuses a file without the format marker', () => {
    expect(problemWith({ years: {} })).toBe('calendar.json: format: expected "gongkai-calendar-layer/1", got nothing');
  });

  it('refuses something that is not an object', () => {
    expect(problemWith([])).toBe('calendar.json: expected an object, got an array');
  });

  it('refuses unknown fields, so a typo cannot silently change deadlines', () => {
    expect(problemWith({ format: FORMAT, years: { '2027': { restdays: [], restDays: ['2027-01-01'], makeUpWorkDays: [] } } })).toBe(
      'calendar.json: years["2027"]: unknown field "restdays" (expected source, restDays, makeUpWorkDays)',
    );
    expect(problemWith({ format: FORMAT, year: {} })).toMatch(/^calendar\.json: \(top level\): unknown field "year"/);
  });

  it('refuses a key that is not a year', () => {
    expect(problemWith({ format: FORMAT, years: { '27': { restDays: [], makeUpWorkDays: [] } } })).toBe(
      'calendar.json: years["27"]: "27" is not a year (expected four digits, e.g. "2027")',
    );
  });

  it('refuses a date outside its year', () => {
    expect(problemWith({ format: FORMAT, years: { '2027': { restDays: ['2028-01-01'], makeUpWorkDays: [] } } })).toBe(
      'calendar.json: years["2027"].restDays[0]: "2028-01-01" is outside 2027 (a year may list its own days and those of the previous December)',
    );
  });

  it('refuses a date listed twice, within or across the lists', () => {
    expect(
      problemWith({ format: FORMAT, years: { '2027': { restDays: ['2027-01-01', '2027-01-02'], makeUpWorkDays: ['2027-01-02'] } } }),
    ).toBe('calendar.json: years["2027"].makeUpWorkDays[0]: "2027-01-02" is already listed at years["2027"].restDays[1]');
  });

  it('refuses a make-up workday that is not on a weekend', () => {
    expect(problemWith({ format: FORMAT, years: { '2027': { restDays: ['2027-01-01'], makeUpWorkDays: ['2027-02-15'] } } })).toBe(
      'calendar.json: years["2027"].makeUpWorkDays[0]: "2027-02-15" is a weekday; a make-up workday (调休上班) is always a Saturday or Sunday',
    );
  });

  it('refuses a year without rest days or without its make-up list', () => {
    expect(problemWith({ format: FORMAT, years: { '2027': { restDays: [], makeUpWorkDays: [] } } })).toMatch(/restDays: is empty/);
    expect(problemWith({ format: FORMAT, years: { '2027': { restDays: ['2027-01-01'] } } })).toBe(
      'calendar.json: years["2027"].makeUpWorkDays: expected an array, got nothing',
    );
  });

  it('refuses a closure without a reason, with both forms, or with a backwards range', () => {
    expect(problemWith({ format: FORMAT, closures: [{ dates: ['2027-03-15'] }] })).toBe(
      'calendar.json: closures[0].reason: expected a non-empty string, got nothing',
    );
    expect(problemWith({ format: FORMAT, closures: [{ reason: 'r', dates: ['2027-03-15'], from: '2027-03-15' }] })).toBe(
      'calendar.json: closures[0]: give either "dates" or "from" and "to"',
    );
    expect(problemWith({ format: FORMAT, closures: [{ reason: 'r', from: '2027-03-15', to: '2027-03-14' }] })).toBe(
      'calendar.json: closures[0].to: "2027-03-14" is before from "2027-03-15"',
    );
    expect(problemWith({ format: FORMAT, closures: [{ reason: 'r', from: '2027-03-15' }] })).toBe(
      'calendar.json: closures[0].to: nothing is not a valid date (expected YYYY-MM-DD)',
    );
  });

  it('refuses a closure range longer than a year (a mistyped year)', () => {
    expect(problemWith({ format: FORMAT, closures: [{ reason: 'r', from: '2027-03-15', to: '2072-03-15' }] })).toMatch(
      /closures\[0\]\.to: "2072-03-15" is more than a year after/,
    );
  });

  it('refuses an empty layer', () => {
    expect(problemWith({ format: FORMAT })).toBe('calendar.json: the file lists neither years nor closures');
  });
});
