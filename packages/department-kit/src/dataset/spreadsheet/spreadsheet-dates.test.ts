import { describe, expect, it } from 'vitest';
import { cellDate, cellTimestamp } from './spreadsheet-dates';

describe('spreadsheet dates', () => {
  it('reads the ways Excel and people write a date', () => {
    for (const cell of [
      '2026-03-12',
      '2026/3/12',
      '2026.3.12',
      '2026年3月12日',
      '20260312',
      '2026/3/12 9:00',
      46093,
      '46093',
      new Date(Date.UTC(2026, 2, 12)),
    ])
      expect(cellDate(cell), String(cell)).toEqual({ ok: true, date: '2026-03-12' });
  });

  it('reads a date and time as China time, and a date alone as midnight in China', () => {
    expect(cellTimestamp('2026-03-12 09:00')).toEqual({ ok: true, timestamp: '2026-03-12T09:00:00+08:00' });
    expect(cellTimestamp('2026/3/12 9:05:30')).toEqual({ ok: true, timestamp: '2026-03-12T09:05:30+08:00' });
    expect(cellTimestamp('2026/3/12')).toEqual({ ok: true, timestamp: '2026-03-12T00:00:00+08:00' });
    // Excel serial 46093.375 is 2026-03-12 09:00 as Excel shows it.
    expect(cellTimestamp(46093.375)).toEqual({ ok: true, timestamp: '2026-03-12T09:00:00+08:00' });
    expect(cellTimestamp(new Date(Date.UTC(2026, 2, 12, 9, 0)))).toEqual({ ok: true, timestamp: '2026-03-12T09:00:00+08:00' });
    expect(cellTimestamp('2026-03-12T01:00:00Z')).toEqual({ ok: true, timestamp: '2026-03-12T01:00:00Z' });
  });

  it('says what to write instead of a date that is not one', () => {
    expect(cellDate('2026-02-30')).toEqual({
      ok: false,
      reason: expect.stringMatching(/^"2026-02-30" is not a real date; write it as 2026-03-12/),
    });
    expect(cellDate('下周一')).toEqual({ ok: false, reason: expect.stringContaining('is not a date') });
    expect(cellDate(12)).toMatchObject({ ok: false });
    expect(cellTimestamp('2026-03-12 25:00')).toMatchObject({ ok: false, reason: expect.stringContaining('is not a real date and time') });
  });
});
