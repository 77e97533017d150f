import { fenToMoney, moneyToFen, type Budget, type BudgetInput, type FieldError } from '@gongkai/spec';
import { RuleViolation, StateConflict } from '../domain-errors';
import { changedFields } from '../items/changed-fields';
import { canonicalTimestamp } from '@gongkai/spec/china-time';

/** Amounts added exactly, in fen. */
const sumMoney = (amounts: readonly string[]): bigint => amounts.reduce((sum, amount) => sum + moneyToFen(amount), 0n);

/**
 * The arithmetic a budget must satisfy before publication: `total` is the sum of the class
 * (3-digit) expenditure lines, vehicles = purchase + operation, and the three public expenses
 * add up (BudgetInput).
 */
export function budgetSumErrors(input: BudgetInput): FieldError[] {
  const errors: FieldError[] = [];
  const classes = sumMoney(input.expenditure.filter((line) => line.code.length === 3).map((line) => line.amount));
  if (classes !== moneyToFen(input.total))
    errors.push({ pointer: '/total', message: `must equal the sum of the 3-digit expenditure lines (${fenToMoney(classes)})` });
  const three = input.threePublicExpenses;
  const vehicles = sumMoney([three.vehicles.purchase, three.vehicles.operation]);
  if (vehicles !== moneyToFen(three.vehicles.total))
    errors.push({ pointer: '/threePublicExpenses/vehicles/total', message: `must equal purchase + operation (${fenToMoney(vehicles)})` });
  const total = sumMoney([three.travelAbroad, three.vehicles.total, three.receptions]);
  if (total !== moneyToFen(three.total))
    errors.push({
      pointer: '/threePublicExpenses/total',
      message: `must equal travelAbroad + vehicles.total + receptions (${fenToMoney(total)})`,
    });
  return errors;
}

/** Throws a `RuleViolation` naming every sum that is off. */
export function assertBudgetAddsUp(input: BudgetInput): void {
  const errors = budgetSumErrors(input);
  if (errors.length) throw new RuleViolation('The budget does not add up', errors);
}

function content(input: BudgetInput) {
  return {
    year: input.year,
    kind: input.kind,
    title: input.title,
    total: input.total,
    revenue: input.revenue,
    expenditure: input.expenditure,
    threePublicExpenses: input.threePublicExpenses,
    ...(input.documentUrl !== undefined ? { documentUrl: input.documentUrl } : {}),
  };
}

export function newBudget(input: BudgetInput, context: { departmentId: string; id: string; now: string }): Budget {
  assertBudgetAddsUp(input);
  const publishedAt = canonicalTimestamp(input.publishedAt ?? context.now);
  return {
    id: context.id,
    departmentId: context.departmentId,
    ...content(input),
    publishedAt,
    updatedAt: publishedAt,
    revision: 1,
    status: 'published',
  };
}

export function revisedBudget(previous: Budget, input: BudgetInput, now: string): { record: Budget; changedFields: string[] } {
  if (previous.status === 'withdrawn')
    throw new StateConflict('The budget is withdrawn', `${previous.id} was withdrawn; a withdrawn record is kept as it was`);
  if (input.id !== undefined && input.id !== previous.id)
    throw new RuleViolation('The id cannot change', [{ pointer: '/id', message: `must be ${previous.id} or left out` }]);
  if (input.year !== previous.year || input.kind !== previous.kind) {
    throw new RuleViolation('The year and kind cannot change', [
      {
        pointer: input.year !== previous.year ? '/year' : '/kind',
        message: `must stay ${previous.year} ${previous.kind}; publish a new record for another year or kind`,
      },
    ]);
  }
  assertBudgetAddsUp(input);
  const record: Budget = {
    id: previous.id,
    departmentId: previous.departmentId,
    ...content(input),
    publishedAt: previous.publishedAt,
    updatedAt: canonicalTimestamp(now),
    revision: (previous.revision ?? 1) + 1,
    status: 'published',
  };
  return { record, changedFields: changedFields(previous, record) };
}

export function withdrawnBudget(previous: Budget, reason: string, now: string): Budget {
  if (previous.status === 'withdrawn') throw new StateConflict('Already withdrawn', `${previous.id} was already withdrawn`);
  const at = canonicalTimestamp(now);
  return {
    ...previous,
    status: 'withdrawn',
    withdrawal: { withdrawnAt: at, reason },
    updatedAt: at,
    revision: (previous.revision ?? 1) + 1,
  };
}
