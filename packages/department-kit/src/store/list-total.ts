/**
 * `meta.total` of a list other than the items (fees, budgets, alerts, feedback): counted by the
 * rules the items' `summarize` follows, so every list answers its total alike.
 */
import { SEARCH_COUNT_LIMIT } from './item-summary';

export interface ListTotal {
  readonly total: number;
  /** The count stopped at `SEARCH_COUNT_LIMIT`: `total` is a lower bound. */
  readonly totalIsEstimate: boolean;
}

/** The search terms a list query may carry (fees take `q`; the other lists have none). */
interface SearchOfQuery {
  readonly terms?: readonly unknown[];
  readonly anyOf?: readonly unknown[];
  readonly without?: readonly unknown[];
}

/** Whether a count checks each candidate's text: then it stops past `SEARCH_COUNT_LIMIT`. */
export function isSearching(query: object): boolean {
  const { terms, anyOf, without } = query as SearchOfQuery;
  return Boolean(terms?.length || anyOf?.length || without?.length);
}

/**
 * The total of `count` matching rows, read up to `limit + 1` when searching (one past the limit
 * tells "more than" apart).
 */
export function listTotalOf(count: number, searching: boolean, limit: number = SEARCH_COUNT_LIMIT): ListTotal {
  return searching && count > limit ? { total: limit, totalIsEstimate: true } : { total: count, totalIsEstimate: false };
}
