import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { calendarFromChineseDays, chineseDaysCalendar } from './chinese-days-calendar';

const installed = createRequire(import.meta.url)('chinese-days/package.json') as { version: string };

describe('the chinese-days calendar', () => {
  it('is versioned by the installed package', () => {
    expect(chineseDaysCalendar.version).toBe(`chinese-days@${installed.version}`);
  });

  it('covers the years its data lists (2004–2026 in 1.5.7)', () => {
    expect(chineseDaysCalendar.firstYear).toBe(2004);
    expect(chineseDaysCalendar.lastYear).toBeGreaterThanOrEqual(2026);
  });

  it('says undefined for a year it has no schedule for, where chinese-days itself says "workday"', () => {
    expect(chineseDaysCalendar.isWorkingDay('2003-12-31')).toBeUndefined();
    expect(chineseDaysCalendar.isWorkingDay(`${chineseDaysCalendar.lastYear + 1}-01-01`)).toBeUndefined();
  });

  it('counts make-up workdays (调休上班) on weekends as working days', () => {
    expect(chineseDaysCalendar.isWorkingDay('2025-09-28')).toBe(true); // Sunday
    expect(chineseDaysCalendar.isWorkingDay('2024-10-12')).toBe(true); // Saturday
  });

  it('treats statutory holidays and bridged weekdays as rest days', () => {
    expect(chineseDaysCalendar.isWorkingDay('2024-10-01')).toBe(false);
    expect(chineseDaysCalendar.isWorkingDay('2024-10-04')).toBe(false); // Friday, bridged
    expect(chineseDaysCalendar.isWorkingDay('2025-02-04')).toBe(false); // Tuesday, Spring Festival
  });

  it('treats ordinary weekdays as working days and ordinary weekends as rest days', () => {
    expect(chineseDaysCalendar.isWorkingDay('2025-03-03')).toBe(true);
    expect(chineseDaysCalendar.isWorkingDay('2025-03-08')).toBe(false);
  });

  it('refuses a string that is not a date', () => {
    expect(() => chineseDaysCalendar.isWorkingDay('2025-02-30')).toThrow(RangeError);
  });

  it('refuses data with a year missing in the middle rather than guess it', () => {
    const data = { holidays: { '2020-01-01': '元旦', '2022-01-01': '元旦' }, workdays: {} };
    expect(() => calendarFromChineseDays(data, 'test')).toThrow('no entries for 2021');
  });
});
