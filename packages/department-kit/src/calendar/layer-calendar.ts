import { isMondayToFriday, toEpochDay, yearOf, assertCalendarDate, type CalendarDate } from './calendar-date';
import type { CalendarLayer } from './calendar-layer';
import { calendarLayerHash } from './calendar-layer-hash';
import type { WorkingDayCalendar } from './working-day-calendar';

/**
 * Puts operator layers on top of a base calendar. Precedence is explicit: for each date the
 * LAST layer that has something to say about it wins, then the one before, down to the base.
 * A layer has something to say about a date when one of its closures covers it (rest), one of
 * its year lists names it, or it covers the date's year (Monday–Friday otherwise).
 * So list national schedules first and local closures last: `layerCalendar(base, y2027, closures)`.
 *
 * The version is the base version plus each layer's content hash: `chinese-days@1.5.7+3f9a1c2b7d4e`.
 */
export function layerCalendar(base: WorkingDayCalendar, ...layers: readonly CalendarLayer[]): WorkingDayCalendar {
  if (layers.length === 0) return base;
  const compiled = layers.map(compileLayer).reverse();
  const { firstYear, lastYear } = widenCoverage(base, compiled);
  return {
    version: [base.version, ...layers.map(calendarLayerHash)].join('+'),
    firstYear,
    lastYear,
    isWorkingDay(date: CalendarDate) {
      assertCalendarDate(date, 'isWorkingDay');
      for (const layer of compiled) {
        const verdict = layerVerdict(layer, date);
        if (verdict !== undefined) return verdict;
      }
      return base.isWorkingDay(date);
    },
  };
}

interface CompiledLayer {
  readonly years: ReadonlySet<number>;
  readonly listed: ReadonlyMap<CalendarDate, boolean>;
  readonly closures: readonly { readonly from: number; readonly to: number }[];
}

function compileLayer(layer: CalendarLayer): CompiledLayer {
  const listed = new Map<CalendarDate, boolean>();
  for (const year of layer.years) {
    for (const date of year.restDays) listed.set(date, false);
    for (const date of year.makeUpWorkDays) listed.set(date, true);
  }
  return {
    years: new Set(layer.years.map((year) => year.year)),
    listed,
    closures: layer.closures.map(({ from, to }) => ({ from: toEpochDay(from), to: toEpochDay(to) })),
  };
}

function layerVerdict(layer: CompiledLayer, date: CalendarDate): boolean | undefined {
  const day = toEpochDay(date);
  // A closure is a fact about this office: it holds even where the national schedule is unknown.
  if (layer.closures.some(({ from, to }) => from <= day && day <= to)) return false;
  const listed = layer.listed.get(date);
  if (listed !== undefined) return listed;
  return layer.years.has(yearOf(date)) ? isMondayToFriday(date) : undefined;
}

/** Extends the base's span with layer years adjacent to it, so every year in the span is covered. */
function widenCoverage(base: WorkingDayCalendar, layers: readonly CompiledLayer[]): { firstYear: number; lastYear: number } {
  const layerYears = new Set(layers.flatMap((layer) => [...layer.years]));
  let { firstYear, lastYear } = base;
  while (layerYears.has(firstYear - 1)) firstYear -= 1;
  while (layerYears.has(lastYear + 1)) lastYear += 1;
  return { firstYear, lastYear };
}
