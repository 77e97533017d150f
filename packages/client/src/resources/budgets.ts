import type { Budget, BudgetList } from '@gongkai/spec';
import { walk, type WalkOptions } from '../pagination/walk';
import type { CallOptions } from '../transport/client-options';
import type { Transport } from '../transport/create-transport';
import { unwrap } from '../transport/unwrap';
import { representation } from '../transport/representation';
import type { As, QueryOf, Representation, RepresentationOptions } from '../types';

export type BudgetsQuery = QueryOf<'listBudgets'>;

/** Budgets and final accounts with their lines and the three public expenses (Art. 20(7)). */
export interface BudgetsResource {
  /** One page, newest first. */
  list(query?: BudgetsQuery, options?: CallOptions): Promise<BudgetList>;
  iterate(query?: BudgetsQuery, options?: WalkOptions): AsyncGenerator<Budget, void, undefined>;
  get(budgetId: string, options?: CallOptions): Promise<Budget>;
  /** The same page as CSV, one row per budget line. */
  listCsv<A extends As = 'text'>(query?: BudgetsQuery, options?: RepresentationOptions<A>): Promise<Representation<A>>;
  /** One budget's lines as CSV. */
  getCsv<A extends As = 'text'>(budgetId: string, options?: RepresentationOptions<A>): Promise<Representation<A>>;
}

export function budgetsResource(t: Transport): BudgetsResource {
  const list: BudgetsResource['list'] = (query, options) => unwrap(t.api.GET('/v1/budgets', { params: { query }, ...options }));
  return {
    list,
    iterate: (query, options) => walk((cursor) => list({ ...query, cursor }, options), options, query?.cursor),
    get: (budgetId, options) => unwrap(t.api.GET('/v1/budgets/{budgetId}', { params: { path: { budgetId } }, ...options })),
    listCsv: (query, options) => unwrap(t.api.GET('/v1/budgets', { params: { query }, ...representation('text/csv', options) })) as never,
    getCsv: (budgetId, options) =>
      unwrap(t.api.GET('/v1/budgets/{budgetId}', { params: { path: { budgetId } }, ...representation('text/csv', options) })) as never,
  };
}
