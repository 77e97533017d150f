import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, type WorkingDayDeadline } from './add-working-days';
import { fromEpochDay, toEpochDay } from './calendar-date';
import { chineseDaysCalendar as calendar } from './chinese-days-calendar';
import { countWorkingDays } from './count-working-days';
import { layerCalendar } from './layer-calendar';
import { parseCalendarLayer } from './parse-calendar-layer';
import { resolveWorkingDay } from './resolve-working-day';

const dueOn = (deadline: WorkingDayDeadline) => {
  if (deadline.paused) throw new Error(`expected a due date, the clock is stopped since ${deadline.pausedSince}`);
  return deadline.dueOn;
};

/** A made-up 2027 schedule (NOT the State Council's): New Year 1–3 January rest. */
const hypothetical2027 = parseCalendarLayer(
  {
    format: 'gongkai-calendar-layer/1',
    years: { '2027': { restDays: ['2027-01-01', '2027-01-02', '2027-01-03'], makeUpWorkDays: [] } },
  },
  'hypothetical-2027.json',
);

describe('addWorkingDays: the golden cases (docs/disclosure-rules.md §3, chinese-days 1.5.7)', () => {
  it('counts make-up workdays and skips Golden Week: received 2024-09-20, due 2024-10-23', () => {
    // Counting Monday–Friday only would give 2024-10-18, three working days early.
    expect(addWorkingDays(calendar, '2024-09-20', 20)).toEqual({
      paused: false,
      dueOn: '2024-10-23',
      provisional: false,
      calendarVersion: calendar.version,
    });
  });

  it('puts the end of a 20-day extension of that request on 2024-11-20', () => {
    expect(dueOn(addWorkingDays(calendar, '2024-09-20', 40))).toBe('2024-11-20');
  });

  it('makes day 1 of a request received Fri 2025-09-26 the make-up Sunday 2025-09-28, due 2025-10-30', () => {
    expect(dueOn(addWorkingDays(calendar, '2025-09-26', 1))).toBe('2025-09-28');
    expect(dueOn(addWorkingDays(calendar, '2025-09-26', 20))).toBe('2025-10-30');
  });

  it('spans the Spring Festival: received 2025-01-20, due 2025-02-21', () => {
    expect(dueOn(addWorkingDays(calendar, '2025-01-20', 20))).toBe('2025-02-21');
  });
});

describe('addWorkingDays: counting rules', () => {
  it('never counts the start date, even when it is a working day', () => {
    expect(dueOn(addWorkingDays(calendar, '2025-03-03', 1))).toBe('2025-03-04');
  });

  it('starts counting on the first working day after a start on a rest day', () => {
    expect(dueOn(addWorkingDays(calendar, '2025-03-08', 1))).toBe('2025-03-10'); // Sat → Mon
  });

  it('returns the start date for zero working days (a reply on the spot)', () => {
    expect(dueOn(addWorkingDays(calendar, '2025-03-08', 0))).toBe('2025-03-08');
  });

  it('refuses a negative or fractional number of days', () => {
    expect(() => addWorkingDays(calendar, '2025-03-03', -1)).toThrow(RangeError);
    expect(() => addWorkingDays(calendar, '2025-03-03', 1.5)).toThrow(RangeError);
  });

  it('refuses a start that is not a date', () => {
    expect(() => addWorkingDays(calendar, '2025-02-30', 1)).toThrow('"2025-02-30" is not a valid date');
  });
});

describe('addWorkingDays: pauses', () => {
  it('does not count working days d with from < d <= to', () => {
    // 2025-03-03 (Mon) + 5 is Mon 2025-03-10. Pausing (03-04, 03-06] removes Wed 05 and Thu 06,
    // so the count runs Tue 04, Fri 07, Mon 10, Tue 11, Wed 12.
    expect(dueOn(addWorkingDays(calendar, '2025-03-03', 5, [{ from: '2025-03-04', to: '2025-03-06' }]))).toBe('2025-03-12');
  });

  it('treats overlapping pauses as one stretch', () => {
    const pauses = [
      { from: '2025-03-04', to: '2025-03-06' },
      { from: '2025-03-05', to: '2025-03-07' },
    ];
    // Paused (03-04, 03-07]: counts Tue 04, Mon 10, Tue 11, Wed 12, Thu 13.
    expect(dueOn(addWorkingDays(calendar, '2025-03-03', 5, pauses))).toBe('2025-03-13');
  });

  it('ignores a pause that starts after the due date', () => {
    expect(dueOn(addWorkingDays(calendar, '2025-03-03', 5, [{ from: '2025-03-10' }]))).toBe('2025-03-10');
  });

  it('reports a stopped clock, not a date, when the count reaches an open pause', () => {
    expect(addWorkingDays(calendar, '2025-03-03', 5, [{ from: '2025-03-05' }])).toEqual({
      paused: true,
      dueOn: null,
      pausedSince: '2025-03-05',
      remainingWorkingDays: 3, // Tue 04 and Wed 05 counted
      provisional: false,
      calendarVersion: calendar.version,
    });
  });

  it('refuses a pause that ends before it starts', () => {
    expect(() => addWorkingDays(calendar, '2025-03-03', 5, [{ from: '2025-03-05', to: '2025-03-04' }])).toThrow(
      'pauses[0]: to 2025-03-04 is before from 2025-03-05',
    );
  });
});

describe('addWorkingDays: years the calendar does not cover', () => {
  it('marks a deadline reaching into 2027 provisional, counting Monday–Friday there but never 元旦 1 January', () => {
    // 2026-12-15 (Tue): 16–18, 21–25, 28–31 are 12 working days; Fri 2027-01-01 is New Year's Day
    // in every year; 01-04…08 by the weekday rule make 17; Mon 11, Tue 12, Wed 13 make 20.
    expect(addWorkingDays(calendar, '2026-12-15', 20)).toMatchObject({ dueOn: '2027-01-13', provisional: true });
  });

  it('never counts 劳动节 1–2 May or 国庆节 1–3 October as working days in an uncovered year (Order No. 797)', () => {
    // 2028-04-27 (Thu): Fri 28 is day 1; Mon 1 and Tue 2 May rest; 3–5 make 4, 8–12 make 9,
    // 15–19 make 14, 22–26 make 19, Mon 29 is day 20 (weekdays alone would say 25 May).
    expect(addWorkingDays(calendar, '2028-04-27', 20)).toMatchObject({ dueOn: '2028-05-29', provisional: true });
    // 2028-09-29 (Fri): Sun 1 October, Mon 2 and Tue 3 rest; 4–6 make 3, 9–13 make 8, 16–20 make 13,
    // 23–27 make 18, 30 and 31 make 20 (weekdays alone would say 27 October).
    expect(addWorkingDays(calendar, '2028-09-29', 20)).toMatchObject({ dueOn: '2028-10-31', provisional: true });
  });

  it('is no longer provisional once an operator layer covers 2027', () => {
    const withYear = layerCalendar(calendar, hypothetical2027);
    // The (hypothetical) schedule rests on Fri 2027-01-01, so the due date moves one working day later.
    expect(addWorkingDays(withYear, '2026-12-15', 20)).toEqual({
      paused: false,
      dueOn: '2027-01-13',
      provisional: false,
      calendarVersion: withYear.version,
    });
  });

  it('stays exact when the count ends before the uncovered year', () => {
    expect(addWorkingDays(calendar, '2026-12-01', 20)).toMatchObject({ dueOn: '2026-12-29', provisional: false });
  });
});

const coveredStart = fc.integer({ min: toEpochDay('2004-01-01'), max: toEpochDay('2026-06-30') }).map(fromEpochDay);
const anyStart = fc.integer({ min: toEpochDay('2004-01-01'), max: toEpochDay('2028-12-31') }).map(fromEpochDay);

describe('addWorkingDays: properties', () => {
  it('adding a then b working days equals adding a + b', () => {
    fc.assert(
      fc.property(anyStart, fc.nat(60), fc.nat(60), (start, a, b) => {
        const first = dueOn(addWorkingDays(calendar, start, a));
        expect(dueOn(addWorkingDays(calendar, first, b))).toBe(dueOn(addWorkingDays(calendar, start, a + b)));
      }),
    );
  });

  it('always lands on a working day after the start', () => {
    fc.assert(
      fc.property(anyStart, fc.integer({ min: 1, max: 60 }), (start, n) => {
        const due = dueOn(addWorkingDays(calendar, start, n));
        expect(due > start).toBe(true);
        expect(resolveWorkingDay(calendar, due).working).toBe(true);
      }),
    );
  });

  it('is undone by countWorkingDays', () => {
    fc.assert(
      fc.property(coveredStart, fc.nat(60), (start, n) => {
        const due = dueOn(addWorkingDays(calendar, start, n));
        expect(countWorkingDays(calendar, start, due).workingDays).toBe(n);
      }),
    );
  });

  it('moves the due date by exactly the working days inside a closed pause', () => {
    fc.assert(
      fc.property(coveredStart, fc.integer({ min: 1, max: 40 }), fc.nat(30), fc.nat(30), (start, n, offset, length) => {
        const from = fromEpochDay(toEpochDay(start) + offset);
        const to = fromEpochDay(toEpochDay(from) + length);
        const plain = dueOn(addWorkingDays(calendar, start, n));
        fc.pre(from < plain); // a pause after the due date changes nothing
        const paused = countWorkingDays(calendar, from, to).workingDays;
        expect(dueOn(addWorkingDays(calendar, start, n, [{ from, to }]))).toBe(dueOn(addWorkingDays(calendar, plain, paused)));
      }),
    );
  });
});
