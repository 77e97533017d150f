import { describe, expect, it } from 'vitest';
import type { BudgetInput } from '@gongkai/spec';
import { RuleViolation } from '../domain-errors';
import { budgetSumErrors, newBudget } from './budget-record';

const input: BudgetInput = {
  year: 2026,
  kind: 'budget',
  title: '2026年部门预算',
  total: '86543210.00',
  revenue: [{ code: '10304', name: '行政事业性收费收入', amount: '1200000.00' }],
  expenditure: [
    { code: '201', name: '一般公共服务支出', amount: '70543210.00' },
    { code: '20106', name: '财政事务', amount: '70543210.00' },
    { code: '208', name: '社会保障和就业支出', amount: '16000000.00' },
  ],
  threePublicExpenses: {
    total: '1030000.00',
    travelAbroad: '200000.00',
    vehicles: { total: '650000.00', purchase: '0.00', operation: '650000.00' },
    receptions: '180000.00',
  },
};

describe('budget arithmetic', () => {
  it('accepts a budget whose total is the sum of its class lines (sections are not added twice)', () => {
    expect(budgetSumErrors(input)).toEqual([]);
  });

  it('names every sum that is off, with the expected amount', () => {
    const broken = { ...input, total: '1.00', threePublicExpenses: { ...input.threePublicExpenses, total: '1.00' } };
    expect(budgetSumErrors(broken)).toEqual([
      { pointer: '/total', message: 'must equal the sum of the 3-digit expenditure lines (86543210.00)' },
      { pointer: '/threePublicExpenses/total', message: 'must equal travelAbroad + vehicles.total + receptions (1030000.00)' },
    ]);
    expect(() => newBudget(broken, { departmentId: 'ln-test', id: 'ln-test:b', now: '2026-02-10T09:00:00+08:00' })).toThrow(RuleViolation);
  });
});
