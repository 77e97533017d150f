import { describe, expect, it } from 'vitest';
import { chinaDateOf, isInYear, oneYearBefore, yearBounds } from './china-date';

describe('chinaDateOf', () => {
  it('reads the date in Beijing, whatever offset the timestamp carries', () => {
    expect(chinaDateOf('2026-03-10T09:30:00+08:00')).toBe('2026-03-10');
    expect(chinaDateOf('2025-12-31T20:00:00Z')).toBe('2026-01-01');
    expect(chinaDateOf('2026-01-01T00:30:00+09:00')).toBe('2025-12-31');
  });

  it('refuses what is not a timestamp', () => {
    expect(() => chinaDateOf('yesterday')).toThrow(RangeError);
  });
});

describe('report years', () => {
  it('runs from 1 January to 31 December', () => {
    expect(yearBounds(2025)).toEqual({ start: '2025-01-01', end: '2025-12-31' });
    expect(isInYear('2025-12-31', 2025)).toBe(true);
    expect(isInYear('2026-01-01', 2025)).toBe(false);
    expect(() => yearBounds(2025.5)).toThrow(RangeError);
  });

  it('starts the last 12 months on the same day a year earlier', () => {
    expect(oneYearBefore('2026-11-26')).toBe('2025-11-26');
    expect(oneYearBefore('2024-02-29')).toBe('2023-02-28');
    expect(oneYearBefore('2025-03-01')).toBe('2024-03-01');
  });
});
