import { describe, expect, it } from 'vitest';
import { formatYuan } from './yuan';

describe('formatYuan', () => {
  it('writes yuan with exactly two places', () => {
    expect(formatYuan(0)).toBe('0.00');
    expect(formatYuan(5)).toBe('0.05');
    expect(formatYuan(130000)).toBe('1300.00');
    expect(formatYuan(1234560)).toBe('12345.60');
  });

  it('refuses fractions of a fen and negative amounts', () => {
    expect(() => formatYuan(0.5)).toThrow(RangeError);
    expect(() => formatYuan(-100)).toThrow(RangeError);
  });
});
