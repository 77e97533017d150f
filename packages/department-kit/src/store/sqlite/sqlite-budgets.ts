import type Database from 'better-sqlite3';
import type { Budget } from '@gongkai/spec';
import type { BudgetListQuery } from '../disclosure-store';
import { SqliteVersionedTable } from './versioned-table';

/** Budgets and final accounts. */
export function sqliteBudgets(db: Database.Database): SqliteVersionedTable<Budget, BudgetListQuery> {
  return new SqliteVersionedTable<Budget, BudgetListQuery>(db, {
    table: 'budgets',
    resourceType: 'budget',
    listedAt: (budget) => budget.publishedAt,
    title: (budget) => budget.title,
    columnNames: ['year', 'kind'],
    columns: (budget) => ({ year: budget.year, kind: budget.kind }),
    filters: (query) => {
      const sql: string[] = [];
      const params: unknown[] = [];
      if (query.year !== undefined) {
        sql.push('year = ?');
        params.push(query.year);
      }
      if (query.kind) {
        sql.push('kind = ?');
        params.push(query.kind);
      }
      return { sql, params };
    },
  });
}
