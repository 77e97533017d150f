import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fenToMoney, fenToTenThousandYuan, moneyToFen } from './money';

describe('moneyToFen and fenToMoney', () => {
  it('reads yuan with two decimals as whole fen', () => {
    expect(moneyToFen('1300.50')).toBe(130050n);
    expect(moneyToFen('0.07')).toBe(7n);
    expect(moneyToFen('-12.30')).toBe(-1230n);
  });

  it('keeps 16 integer digits exactly, beyond what a double carries', () => {
    expect(fenToMoney(moneyToFen('9999999999999999.99') + 1n)).toBe('10000000000000000.00');
    expect(moneyToFen('9007199254740993.01')).toBe(900719925474099301n);
  });

  it('refuses what is not a Money string', () => {
    for (const bad of ['12', '12.5', '1,200.00', '012.00', ' 1.00', '1e3']) expect(() => moneyToFen(bad)).toThrow(RangeError);
  });

  it('round-trips every amount', () => {
    fc.assert(fc.property(fc.bigInt({ min: -(10n ** 17n), max: 10n ** 17n }), (fen) => moneyToFen(fenToMoney(fen)) === fen));
  });
});

describe('fenToTenThousandYuan (本年收费金额（万元）)', () => {
  it.each([
    [120_000_000n, '120.0000'],
    [0n, '0.0000'],
    [100n, '0.0001'], // ¥1 is the last of four decimals of 万元
    [149n, '0.0001'],
    [150n, '0.0002'], // rounded half up (四舍五入)
    [123_456_789n, '123.4568'],
  ])('states %s fen as %s 万元', (fen, tenThousandYuan) => {
    expect(fenToTenThousandYuan(fen)).toBe(tenThousandYuan);
  });

  it('refuses a negative amount, which the table cannot state', () => {
    expect(() => fenToTenThousandYuan(-1n)).toThrow('negative');
  });
});
