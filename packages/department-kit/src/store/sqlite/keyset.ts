import type { SortKey } from '../disclosure-store';

/** One list order: a SQL expression that sorts like the value, the direction, and ids to break ties. */
export interface KeysetOrder {
  /** An indexed expression; never NULL (missing values are mapped to a sentinel that sorts last). */
  readonly expression: string;
  readonly descending: boolean;
}

/** `ORDER BY expression DESC, id DESC` (or ascending). */
export function orderBy(order: KeysetOrder, idColumn = 'id'): string {
  const direction = order.descending ? 'DESC' : 'ASC';
  return `ORDER BY ${order.expression} ${direction}, ${idColumn} ${direction}`;
}

/** The condition for "strictly after `after`" in this order, as a row-value comparison the index can use. */
export function keysetCondition(order: KeysetOrder, after: SortKey, idColumn = 'id'): { sql: string; params: unknown[] } {
  return { sql: `(${order.expression}, ${idColumn}) ${order.descending ? '<' : '>'} (?, ?)`, params: [after[0], after[1]] };
}
