import { describe, expect, it } from 'vitest';
import { dataset, errorsOf } from './test-dataset';

describe('validateDataset', () => {
  describe('budgets', () => {
    it('total the 3-digit expenditure lines, in fen', () => {
      const data = dataset();
      data.budgets[0]!.budget.total = '300.01';
      expect(errorsOf(data)).toEqual([
        { path: 'budgets[0].budget.total', message: 'must equal the sum of the 3-digit expenditure lines (300.00)' },
      ]);
    });

    it('add up the three public expenses', () => {
      const data = dataset();
      data.budgets[0]!.budget.threePublicExpenses.vehicles.total = '40.00';
      expect(errorsOf(data)).toEqual([
        { path: 'budgets[0].budget.threePublicExpenses.vehicles.total', message: 'must equal purchase + operation (50.00)' },
        { path: 'budgets[0].budget.threePublicExpenses.total', message: 'must equal travelAbroad + vehicles.total + receptions (50.00)' },
      ]);
    });

    it('have one budget per year and kind', () => {
      const data = dataset();
      data.budgets.push({ budget: { ...data.budgets[0]!.budget, id: 'ln-zhangwu:budget-2026b' } });
      expect(errorsOf(data)).toEqual([
        { path: 'budgets[1].budget.kind', message: 'duplicates the 2026 budget of budgets[0] (one per year and kind)' },
      ]);
    });
  });
});
