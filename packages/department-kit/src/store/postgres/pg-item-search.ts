import { divisionPrefix } from '@gongkai/spec/division-scope';
import type { ItemFilter } from '../disclosure-store';
import { characters } from '../search-terms';
import { first, Parameters, type Queryable } from './pg-database';

/**
 * The filters of an item list that an index can drive: search terms, the division, the topic.
 *
 * Search terms use two GIN indexes on `search_text`:
 * - pg_trgm's, read by `search_text LIKE '%term%'` for a term of three characters or more: under
 *   the C.UTF-8 ctype Chinese characters are word characters, so their trigrams are extracted
 *   (hashed, as every multibyte trigram is; `show_trgm('住房公积金管理')` has eight). But pg_trgm
 *   extracts no trigram from a one- or two-character pattern and would read its whole index, and
 *   every match it finds is checked again against the text (a recheck), so counting with it costs
 *   a text check per candidate;
 * - `gk_grams(search_text)`, every one- and two-character substring: it reads one- and two-character
 *   terms exactly, and for longer terms the items holding all of the term's two-character pieces,
 *   a superset of the matches that is counted without reading a single text.
 */
export type Condition = (parameters: Parameters) => string;

export interface Driver {
  /** A cheap condition that holds for every match (and maybe a few more): what is counted. */
  readonly estimate: Condition;
  /** The exact condition, read through its index for the candidates. */
  readonly read: Condition;
  /** The search term `read` finds exactly, which then needs no further check. */
  readonly exactTerm?: string;
}

/** `%`, `_` and the escape character itself stand for themselves in the pattern. */
function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/** The term itself when it is one or two characters, else its distinct two-character pieces. */
export function termGrams(term: string): string[] {
  const chars = characters(term);
  if (chars.length <= 2) return [term];
  return [...new Set(chars.slice(1).map((char, index) => `${chars[index]}${char}`))];
}

export function listDrivers(filter: ItemFilter, schema: string): Driver[] {
  const found: Driver[] = [];
  const grams =
    (term: string): Condition =>
    (p) =>
      `${schema}.gk_grams(search_text) @> ${p.add(termGrams(term))}::text[]`;
  for (const term of filter.terms ?? []) {
    const short = characters(term).length <= 2;
    found.push({
      estimate: grams(term),
      read: short ? grams(term) : (p) => `search_text LIKE ${p.add(likePattern(term))}`,
      exactTerm: term,
    });
  }
  // An OR group: any of its terms, through the same indexes (PostgreSQL ORs the bitmaps).
  for (const group of filter.anyOf ?? []) {
    const any =
      (each: (term: string) => Condition): Condition =>
      (p) =>
        `(${group.map((term) => each(term)(p)).join(' OR ')})`;
    found.push({
      estimate: any(grams),
      read: any((term) => (characters(term).length <= 2 ? grams(term) : (p) => `search_text LIKE ${p.add(likePattern(term))}`)),
    });
  }
  const { divisionCode, topic } = filter;
  if (divisionCode) {
    const condition: Condition = (p) => `division_code LIKE ${p.add(`${divisionPrefix(divisionCode)}%`)}`;
    found.push({ estimate: condition, read: condition });
  }
  if (topic) {
    const condition: Condition = (p) => `seq IN (SELECT item_seq FROM ${schema}.item_topics WHERE topic = ${p.add(topic)})`;
    found.push({ estimate: condition, read: condition });
  }
  return found;
}

/** √(page · items), at least 200: where reading candidates and walking the list order cost the same. */
export function thresholdSql(schema: string, pageSize: number, parameters: Parameters): string {
  return `(SELECT greatest(200, round(sqrt(${parameters.add(pageSize)}::float8 * coalesce(max(seq), 0))))::bigint FROM ${schema}.items)`;
}

/**
 * The driver with the fewest (estimated) matches, counting each only up to the threshold + 1 in
 * one round trip, and the threshold: `fixed`, or √(page · items), where reading `c` candidates
 * (about `c`) and walking the list order until a page of `p` is full (about `p · n / c`) cost the
 * same; at least 200.
 */
export async function rarestDriver(
  db: Queryable,
  schema: string,
  drivers: readonly Driver[],
  pageSize: number,
  fixed: number | undefined,
): Promise<{ driver: Driver; count: number; threshold: number }> {
  const p = new Parameters();
  const threshold = `coalesce(${p.add(fixed ?? null)}::bigint, greatest(200, round(sqrt(${p.add(pageSize)}::float8 * coalesce(max(seq), 0))))::bigint)`;
  const counts = drivers.map(
    (driver, index) =>
      `(SELECT count(*) FROM (SELECT 1 FROM ${schema}.items WHERE ${driver.estimate(p)} LIMIT (SELECT threshold + 1 FROM plan)) AS d${index}) AS c${index}`,
  );
  const row = (await first<Record<string, number>>(
    db,
    `WITH plan AS (SELECT ${threshold} AS threshold FROM ${schema}.items) SELECT (SELECT threshold FROM plan) AS threshold, ${counts.join(', ')}`,
    p.values,
  ))!;
  let best: { driver: Driver; count: number } | undefined;
  drivers.forEach((driver, index) => {
    const count = Number(row[`c${index}`]);
    if (!best || count < best.count) best = { driver, count };
  });
  return { ...best!, threshold: Number(row['threshold']) };
}
