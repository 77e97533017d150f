import { describe, expect, it } from 'vitest';
import { divisionPrefix, isWithinDivision, parentDivision } from './division-scope';

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

  it('finds the prefix a division covers', () => {
    expect(divisionPrefix('210000')).toBe('21');
    expect(divisionPrefix('210900')).toBe('2109');
    expect(divisionPrefix('210922')).toBe('210922');
    expect(divisionPrefix('210922105')).toBe('210922105');
  });

  it('goes one level up, and stays at a province', () => {
    expect(parentDivision('210922105201')).toBe('210922');
    expect(parentDivision('210922105')).toBe('210922');
    expect(parentDivision('210922')).toBe('210900');
    expect(parentDivision('210900')).toBe('210000');
    expect(parentDivision('210000')).toBe('210000');
  });
});
