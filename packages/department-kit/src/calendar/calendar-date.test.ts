import { describe, expect, it } from 'vitest';
import { addDays, assertCalendarDate, dayOfWeek, isCalendarDate, isMondayToFriday, yearOf } from './calendar-date';

describe('calendar dates', () => {
  it('accepts real YYYY-MM-DD dates, leap days included', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-12-31')).toBe(true);
    // Years 0–99 are real years too (Date.UTC alone would read them as 1900–1999).
    expect(isCalendarDate('0001-01-01')).toBe(true);
    expect(isCalendarDate('0004-02-29')).toBe(true);
    expect(isCalendarDate('0001-02-29')).toBe(false);
  });

  it('rejects impossible dates and other shapes', () => {
    for (const value of ['2025-02-30', '2023-02-29', '2025-13-01', '2025-1-01', '20250101', '2025-01-01T00:00', '', null, 20250101]) {
      expect(isCalendarDate(value)).toBe(false);
    }
  });

  it('names the offending value when asserting', () => {
    expect(() => assertCalendarDate('2025-02-30', 'receivedOn')).toThrow(
      'receivedOn: "2025-02-30" is not a valid date (expected YYYY-MM-DD)',
    );
  });

  it('adds days across month, leap-day and year boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
  });

  it('knows the day of the week without the host time zone', () => {
    expect(dayOfWeek('2025-09-28')).toBe(0); // Sunday
    expect(dayOfWeek('2024-09-20')).toBe(5); // Friday
    expect(dayOfWeek('1969-12-31')).toBe(3); // Wednesday, before the epoch
    expect(isMondayToFriday('2027-01-01')).toBe(true);
    expect(isMondayToFriday('2027-01-02')).toBe(false);
    expect(yearOf('2027-01-02')).toBe(2027);
  });
});
