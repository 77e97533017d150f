import type pg from 'pg';
import type { Budget } from '@gongkai/spec';
import type { BudgetListQuery } from '../disclosure-store';
import { PgVersionedTable } from './pg-versioned-table';

/** Budgets and final accounts. */
export function pgBudgets(pool: pg.Pool, schema: string): PgVersionedTable<Budget, BudgetListQuery> {
  return new PgVersionedTable<Budget, BudgetListQuery>(pool, schema, {
    table: 'budgets',
    resourceType: 'budget',
    listedAt: (budget) => budget.publishedAt,
    title: (budget) => budget.title,
    columns: (budget) => ({ year: budget.year, kind: budget.kind }),
    filters: (query, parameters) => {
      const where: string[] = [];
      if (query.year !== undefined) where.push(`year = ${parameters.add(query.year)}`);
      if (query.kind) where.push(`kind = ${parameters.add(query.kind)}`);
      return where;
    },
  });
}
