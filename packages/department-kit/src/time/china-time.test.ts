import { describe, expect, it } from 'vitest';
import { chinaDateOf, chinaTimestamp, instantKey } from './china-time';

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
});
