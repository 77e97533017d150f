import { describe, expect, it } from 'vitest';
import { chineseDaysCalendar as base } from './chinese-days-calendar';
import { layerCalendar } from './layer-calendar';
import { parseCalendarLayer } from './parse-calendar-layer';

const FORMAT = 'gongkai-calendar-layer/1';
const layer = (json: object, source = 'layer.json') => parseCalendarLayer({ format: FORMAT, ...json }, source);

/** Made-up 2027 schedules, NOT the State Council's. */
const national2027 = layer({ years: { '2027': { restDays: ['2027-01-01', '2027-03-15'], makeUpWorkDays: ['2027-02-14'] } } });
const corrected2027 = layer({ years: { '2027': { restDays: ['2027-01-01'], makeUpWorkDays: [] } } });
const closures = layer({
  closures: [
    { reason: 'office move', dates: ['2025-03-03'] },
    { reason: 'flood', from: '2028-03-14', to: '2028-03-15' },
  ],
});

describe('layerCalendar', () => {
  it('returns the base itself when there is nothing to layer', () => {
    expect(layerCalendar(base)).toBe(base);
  });

  it('covers a year the base does not know, and widens the covered span', () => {
    const calendar = layerCalendar(base, national2027);
    expect(base.isWorkingDay('2027-01-04')).toBeUndefined();
    expect(calendar.isWorkingDay('2027-01-04')).toBe(true); // Monday, no exception listed
    expect(calendar.isWorkingDay('2027-01-01')).toBe(false);
    expect(calendar.isWorkingDay('2027-02-14')).toBe(true); // make-up Sunday
    expect(calendar.isWorkingDay('2027-02-13')).toBe(false); // plain Saturday
    expect([calendar.firstYear, calendar.lastYear]).toEqual([base.firstYear, 2027]);
  });

  it('still answers undefined for a year nobody covers', () => {
    expect(layerCalendar(base, national2027).isWorkingDay('2028-01-04')).toBeUndefined();
  });

  it('does not stretch the span over a gap, but answers for the isolated year', () => {
    const calendar = layerCalendar(base, layer({ years: { '2029': { restDays: ['2029-01-01'], makeUpWorkDays: [] } } }));
    expect(calendar.lastYear).toBe(base.lastYear);
    expect(calendar.isWorkingDay('2029-01-01')).toBe(false);
  });

  it('lets a later layer replace a whole year given by an earlier one', () => {
    const calendar = layerCalendar(base, national2027, corrected2027);
    expect(calendar.isWorkingDay('2027-03-15')).toBe(true);
    expect(calendar.isWorkingDay('2027-02-14')).toBe(false);
  });

  it('lets a layer override a year of the shipped data', () => {
    const calendar = layerCalendar(base, layer({ years: { '2025': { restDays: ['2025-01-01', '2025-03-04'], makeUpWorkDays: [] } } }));
    expect(base.isWorkingDay('2025-03-04')).toBe(true);
    expect(calendar.isWorkingDay('2025-03-04')).toBe(false);
    expect(calendar.isWorkingDay('2025-09-28')).toBe(false); // the layer's 2025 has no make-up Sunday
  });

  it('applies a previous-December day listed in a year as a single-day override', () => {
    const calendar = layerCalendar(base, layer({ years: { '2027': { restDays: ['2027-01-01'], makeUpWorkDays: ['2026-12-26'] } } }));
    expect(calendar.isWorkingDay('2026-12-26')).toBe(true); // Saturday
    expect(calendar.isWorkingDay('2026-12-27')).toBe(false); // the base still answers the rest of 2026
  });

  it('closes the office on a closure day, even in a year whose schedule is unknown', () => {
    const calendar = layerCalendar(base, closures);
    expect(calendar.isWorkingDay('2025-03-03')).toBe(false);
    expect(calendar.isWorkingDay('2025-03-04')).toBe(true);
    expect(calendar.isWorkingDay('2028-03-15')).toBe(false);
    expect(calendar.isWorkingDay('2028-03-16')).toBeUndefined();
    expect(calendar.lastYear).toBe(base.lastYear); // closures do not cover years
  });

  it('follows layer order strictly: a later year layer overrides an earlier closure', () => {
    const closed = layer({ closures: [{ reason: 'move', dates: ['2027-03-16'] }] });
    expect(layerCalendar(base, national2027, closed).isWorkingDay('2027-03-16')).toBe(false);
    expect(layerCalendar(base, closed, corrected2027).isWorkingDay('2027-03-16')).toBe(true);
  });

  it('versions the result by the base and a content hash per layer', () => {
    const calendar = layerCalendar(base, national2027, closures);
    expect(calendar.version).toMatch(/^chinese-days@\d+\.\d+\.\d+\+[0-9a-f]{12}\+[0-9a-f]{12}$/);
  });

  it('hashes what the layer says about days, not its file name, order or wording', () => {
    const reordered = parseCalendarLayer(
      {
        format: FORMAT,
        description: 'other words',
        years: { '2027': { makeUpWorkDays: ['2027-02-14'], restDays: ['2027-03-15', '2027-01-01'] } },
      },
      'elsewhere.json',
    );
    expect(layerCalendar(base, reordered).version).toBe(layerCalendar(base, national2027).version);
    expect(layerCalendar(base, corrected2027).version).not.toBe(layerCalendar(base, national2027).version);
  });
});
