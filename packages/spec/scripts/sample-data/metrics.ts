import type { Draft } from './drafts';
import type { Rng } from './random';

// The figures an item states: indicators of a statistical release, or the cities' shares of funds passed down.

export interface Metric {
  name: string;
  unit: string;
  value: string;
  growth: string;
}

const CITIES: [string, number][] = [
  ['沈阳市', 18],
  ['大连市', 14],
  ['鞍山市', 8],
  ['抚顺市', 6],
  ['本溪市', 5],
  ['丹东市', 6],
  ['锦州市', 7],
  ['营口市', 6],
  ['阜新市', 6],
  ['辽阳市', 5],
  ['盘锦市', 4],
  ['铁岭市', 7],
  ['朝阳市', 8],
  ['葫芦岛市', 6],
  ['沈抚示范区', 1],
];

/** Funds passed down (下达…资金) go to the cities by a table; amounts in whole 万元. */
export const isAllocation = (d: Draft): boolean => d.title.startsWith('关于下达') && d.level === 'provincial';

export function metricsOf(d: Draft, rng: Rng): Metric[] {
  if (isAllocation(d)) {
    const base = rng.int(500, 12_000);
    return CITIES.map(([city, weight]) => ({
      name: city,
      unit: '万元',
      value: String(Math.floor((base * weight * rng.int(800, 1200)) / 1000)),
      growth: '',
    }));
  }
  return (d.seed.metrics ?? []).map(([name, unit, lo, hi]) => {
    const drawn = rng.int(lo, hi);
    const value = ['个', '起', '人', '元'].includes(unit) ? String(drawn) : (drawn / 10).toFixed(1);
    return { name, unit, value, growth: (rng.int(-60, 120) / 10).toFixed(1) };
  });
}
