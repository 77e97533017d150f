import { describe, expect, it } from 'vitest';
import { feeRevenue } from './fee-revenue';
import { finalAccount } from './report-fixtures';

describe('table 2, 第二十条第（八）项: administrative fee revenue', () => {
  it('takes the revenue line 10304 of the year’s final account, in yuan and in 万元', () => {
    const account = finalAccount(2025, [
      { code: '103', name: '非税收入', amount: '1500000.00' },
      { code: '10304', name: '行政事业性收费收入', amount: '1234567.89' },
    ]);
    expect(feeRevenue([account], 2025)).toEqual({ amount: '1234567.89', tenThousandYuan: '123.4568', source: 'finalAccount' });
  });

  it('is null while the year has no final account — a budget is not one', () => {
    const budget = { ...finalAccount(2025, [{ code: '10304', name: '行政事业性收费收入', amount: '5.00' }]), kind: 'budget' as const };
    expect(feeRevenue([budget, finalAccount(2024, [])], 2025)).toEqual({ amount: null, tenThousandYuan: null });
  });

  it('is 0 when the final account has no fee revenue line', () => {
    expect(feeRevenue([finalAccount(2025, [{ code: '101', name: '税收收入', amount: '9.00' }])], 2025)).toEqual({
      amount: '0.00',
      tenThousandYuan: '0.0000',
      source: 'finalAccount',
    });
  });

  it('adds up the 7-digit item lines when the 5-digit line is missing', () => {
    const account = finalAccount(2025, [
      { code: '1030401', name: '公安行政事业性收费收入', amount: '100.00' },
      { code: '1030402', name: '法院行政事业性收费收入', amount: '50.50' },
      { code: '1030501', name: '罚没收入', amount: '999.00' },
    ]);
    expect(feeRevenue([account], 2025).amount).toBe('150.50');
  });

  it('ignores a withdrawn final account and takes the latest of the others', () => {
    const first = finalAccount(2025, [{ code: '10304', name: '收费', amount: '1.00' }], {
      id: 'ln-finance:a',
      updatedAt: '2026-08-01T09:00:00+08:00',
    });
    const corrected = finalAccount(2025, [{ code: '10304', name: '收费', amount: '2.00' }], {
      id: 'ln-finance:b',
      updatedAt: '2026-09-01T09:00:00+08:00',
    });
    const withdrawn = finalAccount(2025, [{ code: '10304', name: '收费', amount: '3.00' }], {
      id: 'ln-finance:c',
      updatedAt: '2026-10-01T09:00:00+08:00',
      status: 'withdrawn',
    });
    expect(feeRevenue([corrected, withdrawn, first], 2025).amount).toBe('2.00');
  });
});
