import { describe, expect, it } from 'vitest';
import { canonicalTimestamp, chinaDateOf, chinaTimestamp, instantKey, instantKeyOrUndefined, instantMs, isTimestamp } from './china-time';

describe('China time', () => {
  it('takes the calendar date in China, not in UTC', () => {
    expect(chinaDateOf('2026-05-14T17:00:00Z')).toBe('2026-05-15');
    expect(chinaDateOf(new Date('2026-05-14T15:59:59Z'))).toBe('2026-05-14');
  });

  it('writes timestamps with the +08:00 offset', () => {
    expect(chinaTimestamp(new Date('2026-05-15T01:00:00.789Z'))).toBe('2026-05-15T09:00:00+08:00');
  });

  it('gives one sort key to every spelling of an instant and orders sub-millisecond digits', () => {
    expect(instantKey('2026-05-15T09:00:00+08:00')).toBe(instantKey('2026-05-15T01:00:00Z'));
    expect(instantKey('2026-05-15T01:00:00.0001Z') > instantKey('2026-05-15T01:00:00Z')).toBe(true);
    expect(instantKey('2026-05-15T01:00:00.5Z') < instantKey('2026-05-15T01:00:01Z')).toBe(true);
    expect(() => instantKey('2026-05-15')).toThrow(RangeError);
  });

  it('reads every spelling the contract’s validator accepts, and writes the contract’s', () => {
    for (const spelling of ['2026-05-15t09:00:00+0800', '2026-05-15 09:00:00+08', '2026-05-15T09:00:00+08:00']) {
      expect(canonicalTimestamp(spelling)).toBe('2026-05-15T09:00:00+08:00');
      expect(instantMs(spelling)).toBe(Date.parse('2026-05-15T01:00:00Z'));
      expect(chinaDateOf(spelling)).toBe('2026-05-15');
    }
    expect(canonicalTimestamp('2026-05-15T01:00:00.5z')).toBe('2026-05-15T01:00:00.5Z');
    expect(instantKey('2016-12-31T23:59:60Z') > instantKey('2016-12-31T23:59:59.999Z')).toBe(true);
  });
});

describe('timestamps that may not be timestamps', () => {
  it('give the ordering key of a timestamp, and nothing for other text', () => {
    expect(instantKeyOrUndefined('2026-05-15T09:00:00+0800')).toBe(instantKey('2026-05-15T01:00:00Z'));
    expect(instantKeyOrUndefined('2026-05-15')).toBeUndefined();
    expect(instantKeyOrUndefined('公积金')).toBeUndefined();
    expect(isTimestamp('2026-05-15 09:00:00+08')).toBe(true);
    expect(isTimestamp('2026-05-15T09:00:00')).toBe(false);
  });
});
