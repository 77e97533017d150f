import chineseDaysData from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import chineseDaysPackage from 'chinese-days/package.json' with { type: 'json' };
import { assertCalendarDate, isMondayToFriday, yearOf, type CalendarDate } from './calendar-date';
import type { WorkingDayCalendar } from './working-day-calendar';

/** The part of `chinese-days/dist/chinese-days.json` we read: date → label. */
export interface ChineseDaysData {
  /** Rest days: statutory holidays and bridged rest days, weekends included. */
  readonly holidays: Readonly<Record<string, string>>;
  /** Make-up workdays (调休上班) on weekends. */
  readonly workdays: Readonly<Record<string, string>>;
}

/**
 * A calendar over chinese-days' snapshot of the State Council notices.
 *
 * We read its data rather than call its `isWorkday`, because that function answers `true` for
 * any weekday of a year it has no data for (2027-01-01, a holiday in every year so far); the
 * covered years are derived from the data so a package update widens them by itself.
 */
export function calendarFromChineseDays(data: ChineseDaysData, version: string): WorkingDayCalendar {
  const rest = new Set(Object.keys(data.holidays));
  const work = new Set(Object.keys(data.workdays));
  const { firstYear, lastYear } = coveredYears([...rest, ...work]);
  return {
    version,
    firstYear,
    lastYear,
    isWorkingDay(date: CalendarDate) {
      assertCalendarDate(date, 'isWorkingDay');
      const year = yearOf(date);
      if (year < firstYear || year > lastYear) return undefined;
      if (work.has(date)) return true;
      if (rest.has(date)) return false;
      return isMondayToFriday(date);
    },
  };
}

/** The national calendar shipped with the kit: `chinese-days` as installed (2004–2026 in 1.5.7). */
export const chineseDaysCalendar: WorkingDayCalendar = calendarFromChineseDays(
  chineseDaysData,
  `chinese-days@${chineseDaysPackage.version}`,
);

function coveredYears(dates: readonly string[]): { firstYear: number; lastYear: number } {
  const years = new Set(dates.map((date) => Number(date.slice(0, 4))));
  if (years.size === 0) throw new RangeError('chinese-days data lists no dates');
  const firstYear = Math.min(...years);
  const lastYear = Math.max(...years);
  // Every year has at least New Year's Day off, so a year missing inside the span means the data
  // has a hole we must not paper over with the weekday rule.
  for (let year = firstYear; year <= lastYear; year += 1) {
    if (!years.has(year)) throw new RangeError(`chinese-days data has no entries for ${year}`);
  }
  return { firstYear, lastYear };
}
