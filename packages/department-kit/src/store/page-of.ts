import type { SortKey } from './disclosure-store';

/** Splits a `limit + 1` fetch into the page and the key to resume from (the last record's, when more follow). */
export function pageOf<R, T>(
  rows: readonly R[],
  limit: number,
  keyOf: (row: R) => readonly [string | number | null, string],
  map: (row: R) => T,
): { records: T[]; next: SortKey | null } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { records: page.map(map), next: rows.length > limit && last !== undefined ? keyOf(last) : null };
}
