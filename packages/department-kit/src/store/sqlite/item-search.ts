import { divisionPrefix } from '@gongkai/spec/division-scope';
import type { ItemFilter } from '../disclosure-store';
import type { StatementCache } from './statement-cache';
import { candidateQuery } from './search-terms';

/**
 * How to answer a filtered list. Every filter is a condition on the rows; what differs is which
 * rows are read:
 * - `none`: a filter matches nothing, the answer is empty;
 * - `candidates`: the most selective of the search terms (or `OR` groups), the division and the topic matches few
 *   items; read those (an FTS5 index or a plain index), check the other conditions, sort;
 * - `scan`: every such filter matches many items, so walk the list order and check each item
 *   until the page is full, which ends quickly precisely because matches are dense.
 * Both ways answer the same (a test holds them to it); the threshold only picks the faster.
 */
export type ListPlan =
  | { readonly kind: 'none' }
  | { readonly kind: 'candidates'; readonly sql: string; readonly params: readonly unknown[]; readonly verify: readonly string[] }
  | { readonly kind: 'scan'; readonly verify: readonly string[] };

/**
 * Reading `c` candidates and sorting them costs about `c`; scanning until a page of `p` is found
 * costs about `p · n / c` for `n` items. They cross at `c = √(p · n)`.
 */
export function scanThreshold(pageSize: number, itemCount: number): number {
  return Math.max(200, Math.round(Math.sqrt(pageSize * itemCount)));
}

interface Driver {
  readonly sql: string;
  readonly params: readonly unknown[];
  /** The search term this driver finds exactly, which then needs no substring check. */
  readonly exactTerm?: string;
}

function drivers(filter: ItemFilter): Driver[] {
  const found: Driver[] = [];
  for (const term of filter.terms ?? []) {
    // FTS5 cannot quote U+0000: such a term is only checked, never looked up.
    if (term.includes('\u0000')) continue;
    const query = candidateQuery(term);
    const table = query.index === 'grams' ? 'item_grams' : 'item_trigrams';
    found.push({
      sql: `SELECT rowid FROM ${table} WHERE ${table} MATCH ?`,
      params: [query.match],
      ...(query.exact ? { exactTerm: term } : {}),
    });
  }
  // An OR group finds its candidates as the union of its terms' (each quoted as above).
  for (const group of filter.anyOf ?? []) {
    if (group.some((term) => term.includes('\u0000'))) continue;
    const alternatives = group.map(candidateQuery).map((query) => {
      const table = query.index === 'grams' ? 'item_grams' : 'item_trigrams';
      return { sql: `SELECT rowid FROM ${table} WHERE ${table} MATCH ?`, param: query.match };
    });
    found.push({ sql: alternatives.map((a) => a.sql).join(' UNION '), params: alternatives.map((a) => a.param) });
  }
  if (filter.divisionCode)
    found.push({ sql: 'SELECT seq FROM items WHERE division_code GLOB ?', params: [`${divisionPrefix(filter.divisionCode)}*`] });
  if (filter.topic) found.push({ sql: 'SELECT item_seq FROM item_topics WHERE topic = ?', params: [filter.topic] });
  return found;
}

export function planItemList(statements: StatementCache, filter: ItemFilter, threshold: number): ListPlan {
  const terms = filter.terms ?? [];
  let best: { driver: Driver; count: number } | undefined;
  for (const driver of drivers(filter)) {
    // Counting stops past the threshold: above it the exact number does not change the plan.
    const count = statements
      .get(`SELECT count(*) FROM (${driver.sql} LIMIT ?)`)
      .pluck()
      .get(...driver.params, threshold + 1) as number;
    if (count === 0) return { kind: 'none' };
    if (!best || count < best.count) best = { driver, count };
  }
  if (!best || best.count > threshold) return { kind: 'scan', verify: terms };
  const { driver } = best;
  return { kind: 'candidates', sql: driver.sql, params: driver.params, verify: terms.filter((term) => term !== driver.exactTerm) };
}

/** Whether lower- and upper-casing leave `term` alone (Chinese, digits, punctuation): then a byte match is exact. */
export function isCaseless(term: string): boolean {
  return term === term.toUpperCase();
}
