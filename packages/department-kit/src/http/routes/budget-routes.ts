import { budgetsToCsv, type Budget } from '@gongkai/spec';
import { assertBudgetAddsUp, newBudget, revisedBudget, withdrawnBudget } from '../../budgets/budget-record';
import { StateConflict } from '../../domain-errors';
import type { DepartmentContext } from '../department-context';
import { csvPage, listAnswer, wantsCsv } from '../list-answer';
import { negotiate } from '../negotiate';
import type { OperationHandlers } from '../operation-router';
import { selectedView } from '../selected-fields';
import type { BudgetListQuery } from '../../store/disclosure-store';
import { versionedResource, type ListPosition } from '../versioned-resource';

const CSV = 'text/csv; charset=utf-8';

export function budgetHandlers(
  context: DepartmentContext,
): Pick<OperationHandlers, 'listBudgets' | 'getBudget' | 'createBudget' | 'updateBudget' | 'withdrawBudget'> {
  const budgets = versionedResource(context, {
    noun: 'budget',
    collection: (store) => store.budgets,
    path: '/v1/budgets',
    createdAt: (budget) => budget.publishedAt,
  });
  return {
    async listBudgets({ query }, ctx) {
      const csv = wantsCsv(ctx, query);
      const view = selectedView('Budget', query.fields, (budget: Budget) => budget);
      const queryOf = (position: ListPosition): BudgetListQuery => ({
        ...position,
        ...(query.year !== undefined ? { year: query.year } : {}),
        ...(query.kind ? { kind: query.kind } : {}),
      });
      const page = await budgets.page(ctx, query, queryOf);
      if (csv) return csvPage(ctx, query, page, budgetsToCsv);
      return { json: { ...listAnswer(ctx, query, page, view), meta: await budgets.total(query, queryOf) } };
    },

    async getBudget({ path }, ctx) {
      const budget = await budgets.read(path.budgetId);
      return negotiate(ctx, ['application/json', 'text/csv']) === 'text/csv'
        ? { text: budgetsToCsv([budget]), type: CSV }
        : { json: budget };
    },

    async createBudget({ body }) {
      const base = `${context.department.id}:${body.kind === 'budget' ? 'budget' : 'final-account'}-${body.year}`;
      return budgets.create(
        body.id,
        (id, now) => newBudget(body, { departmentId: context.department.id, id, now }),
        () => ({ sequence: `budget:${body.year}:${body.kind}`, idOf: (n) => (n === 1 ? base : `${base}-${n}`) }),
        async () => {
          assertBudgetAddsUp(body);
          // One budget (or final account) per year and kind: a second one would contradict the first.
          const existing = await context.store.budgets.list({ limit: 100, year: body.year, kind: body.kind });
          const published = existing.records.find((budget) => budget.status !== 'withdrawn');
          if (published)
            throw new StateConflict(
              'Already published',
              `${published.id} is the ${body.year} ${body.kind} of this department; update it (PUT /v1/admin/budgets/${published.id}) instead of publishing another`,
            );
        },
      );
    },

    async updateBudget({ path, header, body }) {
      return budgets.revise(path.budgetId, header['If-Match'], (budget, now) => revisedBudget(budget, body, now));
    },

    async withdrawBudget({ path, body }) {
      return budgets.withdraw(path.budgetId, body.reason, (budget, now) => withdrawnBudget(budget, body.reason, now));
    },
  };
}
