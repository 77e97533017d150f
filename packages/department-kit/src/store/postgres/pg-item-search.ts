import { divisionPrefix } from '../../divisions/division-scope';
import type { ItemFilter } from '../disclosure-store';
import { characters } from '../search-terms';
import { first, Parameters, type Queryable } from './pg-database';

/**
 * How to answer a filtered list, as in the SQLite store (`../sqlite/item-search.ts`): every filter
 * is a condition on the rows; what differs is which rows are read.
 * - `none`: a filter matches nothing, the answer is empty;
 * - `candidates`: the most selective of the search terms, the division and the topic matches few
 *   items; read those through their index, check the other conditions, sort;
 * - `scan`: every such filter matches many items, so walk the list order and check each item
 *   until the page is full, which ends quickly precisely because matches are dense.
 *
 * The indexes: a term of three characters or more is a `LIKE '%term%'` on `search_text`, which
 * pg_trgm's GIN index answers (under the C.UTF-8 ctype Chinese characters are word characters and
 * their trigrams are kept, hashed). pg_trgm extracts no trigram from a one- or two-character pattern
 * and would read the whole index, so those terms look up `gk_grams(search_text)`, a GIN index of
 * every one- and two-character substring. Both conditions are exact: the driving term needs no
 * further check.
 */
export type ListPlan =
  | { readonly kind: 'none' }
  | { readonly kind: 'candidates'; readonly driver: Condition; readonly verify: readonly string[] }
  | { readonly kind: 'scan'; readonly verify: readonly string[] };

/** A condition on `items`, written with its values added to the query's parameters. */
export type Condition = (parameters: Parameters) => string;

interface Driver {
  readonly condition: Condition;
  /** The search term this condition finds exactly, which then needs no further check. */
  readonly exactTerm?: string;
}

/** `%`, `_` and the escape character itself stand for themselves in the pattern. */
function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

function drivers(filter: ItemFilter, schema: string): Driver[] {
  const found: Driver[] = [];
  for (const term of filter.terms ?? []) {
    const condition: Condition =
      characters(term).length <= 2
        ? (p) => `${schema}.gk_grams(search_text) @> ARRAY[${p.add(term)}::text]`
        : (p) => `search_text LIKE ${p.add(likePattern(term))}`;
    found.push({ condition, exactTerm: term });
  }
  const { divisionCode, topic } = filter;
  if (divisionCode) found.push({ condition: (p) => `division_code LIKE ${p.add(`${divisionPrefix(divisionCode)}%`)}` });
  if (topic) found.push({ condition: (p) => `seq IN (SELECT item_seq FROM ${schema}.item_topics WHERE topic = ${p.add(topic)})` });
  return found;
}

/**
 * Counts each driver's matches, up to the threshold (past it the exact number does not change the
 * plan), in one round trip, and picks the plan. Without a fixed threshold it is √(page · items),
 * the items counted by the same query.
 */
export async function planItemList(
  db: Queryable,
  schema: string,
  filter: ItemFilter,
  pageSize: number,
  fixedThreshold: number | undefined,
): Promise<ListPlan> {
  const terms = filter.terms ?? [];
  const found = drivers(filter, schema);
  if (found.length === 0) return { kind: 'scan', verify: terms };
  const counting = new Parameters();
  const threshold = `coalesce(${counting.add(fixedThreshold ?? null)}::bigint, greatest(200, round(sqrt(${counting.add(pageSize)}::float8 * coalesce(max(seq), 0))))::bigint)`;
  const counts = found.map(
    (driver, index) =>
      `(SELECT count(*) FROM (SELECT 1 FROM ${schema}.items WHERE ${driver.condition(counting)} LIMIT (SELECT threshold + 1 FROM plan)) AS d${index}) AS c${index}`,
  );
  const row = (await first<Record<string, number>>(
    db,
    `WITH plan AS (SELECT ${threshold} AS threshold FROM ${schema}.items) SELECT (SELECT threshold FROM plan) AS threshold, ${counts.join(', ')}`,
    counting.values,
  ))!;
  let best: { driver: Driver; count: number } | undefined;
  found.forEach((driver, index) => {
    const count = Number(row[`c${index}`]);
    if (!best || count < best.count) best = { driver, count };
  });
  if (best!.count === 0) return { kind: 'none' };
  if (best!.count > Number(row['threshold'])) return { kind: 'scan', verify: terms };
  const { driver } = best!;
  return { kind: 'candidates', driver: driver.condition, verify: terms.filter((term) => term !== driver.exactTerm) };
}
