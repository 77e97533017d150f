import { budgetsToCsv } from '@gongkai/spec';
import { assertBudgetAddsUp, newBudget, revisedBudget, withdrawnBudget } from '../../budgets/budget-record';
import { StateConflict } from '../../domain-errors';
import { asksForUs, clock, notFound, ownId, type DepartmentContext } from '../department-context';
import { withFreshId } from '../fresh-id';
import { assertIfMatch, writeOrConflict } from '../if-match';
import { csvPage, listAnswer, resumeFrom } from '../list-answer';
import { negotiate } from '../negotiate';
import type { OperationHandlers } from '../operation-router';
import { changedFields } from '../../items/changed-fields';

const CSV = 'text/csv; charset=utf-8';

export function budgetHandlers(
  context: DepartmentContext,
): Pick<OperationHandlers, 'listBudgets' | 'getBudget' | 'createBudget' | 'updateBudget' | 'withdrawBudget'> {
  const { store } = context;
  const current = async (id: string) => {
    const budget = await store.budgets.get(id);
    if (!budget) throw notFound('budget', id);
    return budget;
  };
  return {
    async listBudgets({ query }, ctx) {
      const type = negotiate(ctx, ['application/json', 'text/csv']);
      const after = resumeFrom(query);
      const page = asksForUs(context, query.department)
        ? await store.budgets.list({
            limit: query.limit ?? 20,
            ...(after ? { after } : {}),
            ...(query.year !== undefined ? { year: query.year } : {}),
            ...(query.kind ? { kind: query.kind } : {}),
          })
        : { records: [], next: null };
      return type === 'text/csv' ? csvPage(ctx, query, page, budgetsToCsv) : { json: listAnswer(ctx, query, page) };
    },

    async getBudget({ path }, ctx) {
      const budget = await current(path.budgetId);
      return negotiate(ctx, ['application/json', 'text/csv']) === 'text/csv'
        ? { text: budgetsToCsv([budget]), type: CSV }
        : { json: budget };
    },

    async createBudget({ body }) {
      ownId(context, body.id);
      // Checked before a number is taken, so a refused budget does not leave a gap in the ids.
      assertBudgetAddsUp(body);
      const existing = await store.budgets.list({ limit: 100, year: body.year, kind: body.kind });
      const published = existing.records.find((budget) => budget.status !== 'withdrawn');
      if (published)
        throw new StateConflict(
          'Already published',
          `${published.id} is the ${body.year} ${body.kind} of this department; update it (PUT /v1/admin/budgets/${published.id}) instead of publishing another`,
        );
      const { now } = clock(context);
      const create = async (id: string) => {
        const budget = newBudget(body, { departmentId: context.department.id, id, now });
        await store.budgets.create(budget, { action: 'created', at: budget.publishedAt });
        return budget;
      };
      const base = `${context.department.id}:${body.kind === 'budget' ? 'budget' : 'final-account'}-${body.year}`;
      const budget =
        body.id !== undefined
          ? await create(body.id)
          : await withFreshId(
              () => store.nextSequence(`budget:${body.year}:${body.kind}`),
              (n) => (n === 1 ? base : `${base}-${n}`),
              create,
            );
      return { status: 201, json: budget, headers: { Location: `/v1/budgets/${budget.id}` } };
    },

    async updateBudget({ path, header, body }) {
      const budget = await current(path.budgetId);
      const ifMatch = header['If-Match'];
      assertIfMatch(ifMatch, budget, 'budget');
      const { now } = clock(context);
      const { record, changedFields } = revisedBudget(budget, body, now);
      await writeOrConflict(
        () => store.budgets.replace(record, budget.revision ?? 1, { action: 'updated', at: now, changedFields }),
        ifMatch,
        'budget',
      );
      return { json: record };
    },

    async withdrawBudget({ path, body }) {
      const budget = await current(path.budgetId);
      const { now } = clock(context);
      const record = withdrawnBudget(budget, body.reason, now);
      await writeOrConflict(
        () =>
          store.budgets.replace(record, budget.revision ?? 1, {
            action: 'withdrawn',
            at: now,
            note: body.reason,
            changedFields: changedFields(budget, record),
          }),
        undefined,
        'budget',
      );
      return { json: record };
    },
  };
}
