import type { BudgetLine, Money } from '../generated/openapi-types';
import type { Report } from './report';
import type { DatasetBudget } from './types';

// Amounts are compared in integer fen, so a sum never suffers from floating point.
const fen = (money: Money): bigint => BigInt(money.replace('.', ''));
const yuan = (amount: bigint): string => {
  const sign = amount < 0n ? '-' : '';
  const abs = amount < 0n ? -amount : amount;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
};
const sum = (lines: BudgetLine[]): bigint => lines.reduce((total, line) => total + fen(line.amount), 0n);

/** Budgets add up (total, vehicles, the three public expenses) and come one per year and kind. */
export function checkBudgets(entries: Map<number, unknown>, report: Report): void {
  const seen = new Map<string, number>();
  for (const [index, raw] of entries) {
    const { budget } = raw as DatasetBudget;
    const at = `/budgets/${index}/budget`;
    const classes = sum(budget.expenditure.filter((line) => line.code.length === 3));
    if (classes !== fen(budget.total)) report.add(`${at}/total`, `must equal the sum of the 3-digit expenditure lines (${yuan(classes)})`);
    const three = budget.threePublicExpenses;
    const vehicles = fen(three.vehicles.purchase) + fen(three.vehicles.operation);
    if (vehicles !== fen(three.vehicles.total))
      report.add(`${at}/threePublicExpenses/vehicles/total`, `must equal purchase + operation (${yuan(vehicles)})`);
    const total = fen(three.travelAbroad) + fen(three.vehicles.total) + fen(three.receptions);
    if (total !== fen(three.total))
      report.add(`${at}/threePublicExpenses/total`, `must equal travelAbroad + vehicles.total + receptions (${yuan(total)})`);
    const key = `${budget.year} ${budget.kind}`;
    const first = seen.get(key);
    if (first !== undefined)
      report.add(`${at}/kind`, `duplicates the ${budget.year} ${budget.kind} of budgets[${first}] (one per year and kind)`);
    else seen.set(key, index);
  }
}
