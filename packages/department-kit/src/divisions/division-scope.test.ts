import { describe, expect, it } from 'vitest';
import { isWithinDivision } from './division-scope';

describe('division scope', () => {
  it('puts a county, its townships and villages inside its province and prefecture', () => {
    for (const scope of ['210000', '210900', '210922']) {
      expect(isWithinDivision('210922', scope)).toBe(true);
      expect(isWithinDivision('210922105', scope)).toBe(true);
      expect(isWithinDivision('210922105201', scope)).toBe(true);
    }
  });

  it('keeps other prefectures and counties out', () => {
    expect(isWithinDivision('210700', '210900')).toBe(false);
    expect(isWithinDivision('210921', '210922')).toBe(false);
    expect(isWithinDivision('210922106', '210922105')).toBe(false);
  });
});
