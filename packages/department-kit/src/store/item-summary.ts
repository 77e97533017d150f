/**
 * What a list's first page tells besides its records: how many items match the filters, and,
 * on request, how many have each value of a facet. Both stores answer it with the same rules.
 */

/** The facets a store counts; `department` is the department itself, counted by the route. */
export type ItemFacet = 'category' | 'topic' | 'division' | 'year';

export interface ItemSummary {
  readonly total: number;
  /** The count stopped at `SEARCH_COUNT_LIMIT`: `total` and the facet counts are lower bounds. */
  readonly totalIsEstimate: boolean;
  readonly facets: Partial<Record<ItemFacet, Record<string, number>>>;
}

/**
 * Without `q` a count is an index-only COUNT, cheap at any size. A search checks each candidate's
 * text, so its count stops here: past it, "more than 10 000" is what a reader needs to know.
 */
export const SEARCH_COUNT_LIMIT = 10_000;

/**
 * The China year of an instant key (`2025-12-31T16:00:00.000000000Z` is 1 January 2026 in China,
 * UTC+8 all year): SQL that both SQLite and PostgreSQL run.
 */
export function chinaYearSql(instantKeyColumn: string): string {
  const year = `CAST(substr(${instantKeyColumn}, 1, 4) AS INTEGER)`;
  return `CASE WHEN substr(${instantKeyColumn}, 6) >= '12-31T16:00:00' THEN ${year} + 1 ELSE ${year} END`;
}

/** Facet rows (`value`, `n`) as counts by value, largest first. */
export function countsOf(rows: readonly { value: string | number | null; n: number | string }[]): Record<string, number> {
  const sorted = rows
    .filter((row) => row.value !== null)
    .map((row) => [String(row.value), Number(row.n)] as const)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return Object.fromEntries(sorted);
}
