import { createHash } from 'node:crypto';
import type { CalendarLayer } from './calendar-layer';

/**
 * A short content hash of what a layer says about days (years, rest days, make-up workdays,
 * closures), independent of file name, key order, list order, descriptions and reasons. It goes
 * into `calendarVersion`, so two offices with the same data get the same version and a changed
 * day always changes it.
 */
export function calendarLayerHash(layer: CalendarLayer): string {
  const content = {
    years: layer.years
      .map(({ year, restDays, makeUpWorkDays }) => ({
        year,
        restDays: [...restDays].sort(),
        makeUpWorkDays: [...makeUpWorkDays].sort(),
      }))
      .sort((a, b) => a.year - b.year),
    closures: layer.closures.map(({ from, to }) => `${from}/${to}`).sort(),
  };
  return createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 12);
}
