import type { StatementCache } from './statement-cache';
import { candidateQuery } from './search-terms';

/**
 * How to answer a `q` search:
 * - `none`: a term occurs nowhere, the answer is empty;
 * - `candidates`: the rarest term has few candidates in its FTS5 index; read them, check the
 *   other terms (and the substring itself when the index cannot be exact), sort what is left;
 * - `scan`: every term is common, so walk the list order and check each item until the page is
 *   full, which ends quickly precisely because matches are dense.
 * The two ways answer the same (a test holds them to it); the threshold only picks the faster.
 */
export type SearchPlan =
  | { readonly kind: 'none' }
  | { readonly kind: 'candidates'; readonly index: 'grams' | 'trigrams'; readonly match: string; readonly verify: readonly string[] }
  | { readonly kind: 'scan'; readonly verify: readonly string[] };

/**
 * Reading `c` candidates and sorting them costs about `c`; scanning until a page of `p` is found
 * costs about `p · n / c` for `n` items. They cross at `c = √(p · n)`.
 */
export function scanThreshold(pageSize: number, itemCount: number): number {
  return Math.max(200, Math.round(Math.sqrt(pageSize * itemCount)));
}

export function planSearch(statements: StatementCache, terms: readonly string[], threshold: number): SearchPlan {
  let best: { term: string; index: 'grams' | 'trigrams'; match: string; exact: boolean; count: number } | undefined;
  for (const term of terms) {
    const query = candidateQuery(term);
    const table = query.index === 'grams' ? 'item_grams' : 'item_trigrams';
    // Counting stops past the threshold: above it the exact number does not change the plan.
    const count = statements.get(`SELECT count(*) FROM (SELECT rowid FROM ${table} WHERE ${table} MATCH ? LIMIT ?)`).pluck().get(query.match, threshold + 1) as number;
    if (count === 0) return { kind: 'none' };
    if (!best || count < best.count) best = { term, ...query, count };
  }
  if (!best) return { kind: 'scan', verify: [] };
  if (best.count > threshold) return { kind: 'scan', verify: terms };
  const chosen = best;
  return { kind: 'candidates', index: chosen.index, match: chosen.match, verify: terms.filter((term) => term !== chosen.term || !chosen.exact) };
}
