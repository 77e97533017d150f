import { describe, expect, it } from 'vitest';
import { chineseDaysCalendar as calendar } from './chinese-days-calendar';
import { countWorkingDays } from './count-working-days';

describe('countWorkingDays', () => {
  it('counts the working days in (from, to]: the golden request window holds 20', () => {
    expect(countWorkingDays(calendar, '2024-09-20', '2024-10-23')).toEqual({
      workingDays: 20,
      provisional: false,
      calendarVersion: calendar.version,
    });
  });

  it('does not count the first day and counts the last', () => {
    expect(countWorkingDays(calendar, '2025-03-03', '2025-03-03').workingDays).toBe(0);
    expect(countWorkingDays(calendar, '2025-03-03', '2025-03-04').workingDays).toBe(1);
  });

  it('measures proactive disclosure against the 20 working days of Art. 26 across Golden Week', () => {
    // Formed Fri 2025-09-26, published Fri 2025-10-24: Sun 09-28 (make-up), 29, 30 = 3;
    // 10-01…10-08 rest; Thu 09, Fri 10, Sat 11 (make-up) = 6; 13–17 = 11; 20–24 = 16: on time.
    expect(countWorkingDays(calendar, '2025-09-26', '2025-10-24').workingDays).toBe(16);
  });

  it('is provisional when the interval reaches a year the calendar does not cover', () => {
    // Thu 2026-12-31, then Mon 4 and Tue 5 January 2027: New Year's Day (Fri 1st) is never a working day.
    expect(countWorkingDays(calendar, '2026-12-30', '2027-01-05')).toMatchObject({ workingDays: 3, provisional: true });
  });

  it('refuses an interval that ends before it starts', () => {
    expect(() => countWorkingDays(calendar, '2025-03-04', '2025-03-03')).toThrow('to 2025-03-03 is before from 2025-03-04');
  });
});
