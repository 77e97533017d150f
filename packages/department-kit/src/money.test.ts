import { describe, expect, it } from 'vitest';
import { fenToMoney, moneyToFen, sumMoney } from './money';

describe('money', () => {
  it('adds decimal yuan exactly, far beyond a double', () => {
    expect(fenToMoney(sumMoney(['9999999999999999.99', '0.01']))).toBe('10000000000000000.00');
    expect(fenToMoney(sumMoney(['0.10', '0.20']))).toBe('0.30');
    expect(moneyToFen('-12.05')).toBe(-1205n);
    expect(fenToMoney(-1205n)).toBe('-12.05');
  });
});
