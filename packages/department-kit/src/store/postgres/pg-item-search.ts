import { divisionPrefix } from '../../divisions/division-scope';
import type { ItemFilter } from '../disclosure-store';
import { characters } from '../search-terms';
import { first, Parameters, type Queryable } from './pg-database';

/**
 * The filters of an item list that an index can drive: search terms, the division, the topic.
 *
 * A term of three characters or more is `search_text LIKE '%term%'`, which pg_trgm's GIN index
 * answers: under the C.UTF-8 ctype Chinese characters are word characters, so their trigrams are
 * extracted (hashed, as every multibyte trigram is) and `show_trgm('住房公积金管理')` has eight.
 * pg_trgm extracts no trigram from a one- or two-character pattern and would read its whole index,
 * so those terms look up `gk_grams(search_text)`, a GIN index of every one- and two-character
 * substring. Both conditions are exact, so the driving term needs no further check.
 */
export type Condition = (parameters: Parameters) => string;

export interface Driver {
  readonly condition: Condition;
  /** The search term this condition finds exactly, which then needs no further check. */
  readonly exactTerm?: string;
}

/** `%`, `_` and the escape character itself stand for themselves in the pattern. */
function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

export function listDrivers(filter: ItemFilter, schema: string): Driver[] {
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

/** √(page · items), at least 200: where reading candidates and walking the list order cost the same. */
export function thresholdSql(schema: string, pageSize: number, parameters: Parameters): string {
  return `(SELECT greatest(200, round(sqrt(${parameters.add(pageSize)}::float8 * coalesce(max(seq), 0))))::bigint FROM ${schema}.items)`;
}

/**
 * The driver with the fewest matches and their number, counting each only up to `threshold + 1`
 * (past it the exact number does not matter), in one round trip.
 */
export async function rarestDriver(
  db: Queryable,
  schema: string,
  drivers: readonly Driver[],
  threshold: number,
): Promise<{ driver: Driver; count: number }> {
  const counting = new Parameters();
  const limit = counting.add(threshold + 1);
  const counts = drivers.map(
    (driver, index) =>
      `(SELECT count(*) FROM (SELECT 1 FROM ${schema}.items WHERE ${driver.condition(counting)} LIMIT ${limit}) AS d${index}) AS c${index}`,
  );
  const row = (await first<Record<string, number>>(db, `SELECT ${counts.join(', ')}`, counting.values))!;
  let best: { driver: Driver; count: number } | undefined;
  drivers.forEach((driver, index) => {
    const count = Number(row[`c${index}`]);
    if (!best || count < best.count) best = { driver, count };
  });
  return best!;
}
