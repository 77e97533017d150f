import type { SortKey } from '../disclosure-store';
import type { Parameters } from './pg-database';

/** One list order: an indexed SQL expression that sorts like the value (never NULL), the direction, ids to break ties. */
export interface KeysetOrder {
  readonly expression: string;
  readonly descending: boolean;
}

/** `ORDER BY expression DESC, id DESC` (or ascending). */
export function orderBy(order: KeysetOrder, idColumn = 'id'): string {
  const direction = order.descending ? 'DESC' : 'ASC';
  return `ORDER BY ${order.expression} ${direction}, ${idColumn} ${direction}`;
}

/** "Strictly after `after`" in this order, as a row comparison that reads the `(expression, id)` index in order. */
export function keysetCondition(order: KeysetOrder, after: SortKey, parameters: Parameters, idColumn = 'id'): string {
  return `(${order.expression}, ${idColumn}) ${order.descending ? '<' : '>'} (${parameters.add(after[0])}, ${parameters.add(after[1])})`;
}
