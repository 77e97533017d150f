import type { DisclosureItem } from '@gongkai/spec';
import { itemWithBody } from '../item-with-body';
import { divisionPrefix } from '@gongkai/spec/division-scope';
import { instantKey } from '@gongkai/spec/china-time';
import type { ItemFilter, ItemListQuery, ItemSort, Page } from '../disclosure-store';
import { pageOf } from '../page-of';
import { searchConditions } from '../search-conditions';
import { first, Parameters, rows, type Queryable } from './pg-database';
import { listDrivers, rarestDriver, thresholdSql, type Driver } from './pg-item-search';
import { keysetCondition, orderBy, type KeysetOrder } from './pg-keyset';

const ORDERS: Readonly<Record<ItemSort, KeysetOrder>> = {
  '-publishedAt': { expression: 'published_key', descending: true },
  publishedAt: { expression: 'published_key', descending: false },
  '-updatedAt': { expression: 'updated_key', descending: true },
  updatedAt: { expression: 'updated_key', descending: false },
  // Items without a writtenOn come last in both directions, as the gateway merges them.
  '-writtenOn': { expression: "coalesce(written_on, '')", descending: true },
  writtenOn: { expression: "coalesce(written_on, '~')", descending: false },
  // Without a query there is no relevance: the order is the ids' (the unique index's).
  '-relevance': { expression: 'id', descending: true },
};

interface ItemRow {
  id: string;
  sort_key: string;
  summary_doc: string;
  /** Only when the list asked for bodies. */
  body?: string | null;
}

const EMPTY: Page<DisclosureItem> = { records: [], next: null };

/**
 * What reading one candidate through a GIN index costs, in items walked in list order: measured
 * at 100 000 items, 23 µs (a random heap page, the recheck, the sort) against 1.2 µs (the next
 * row of the list order's index, one `strpos`).
 */
const CANDIDATE_COST = 20;

/**
 * One page of an item list. Every filter is a condition on the rows; what differs is which rows
 * are read:
 * - no search term, division or topic: the list order's index, the other filters checked on the way;
 * - otherwise the list order is first walked for a quarter of √(page · items) items, checking each:
 *   a dense filter — what most Chinese search terms are — fills the page long before that;
 * - a walk that ends without a full page has sampled the filters' density. From the matches it
 *   found it estimates what finishing the walk would cost against reading the candidates of the
 *   rarest filter through its GIN index (pg_trgm for three characters and more, the 1–2 character
 *   index otherwise; with several filters, each counted up to √(page · items) in `rarestDriver`,
 *   none matching: empty), and does the cheaper;
 * - when each filter is dense but together they are rare, only a walk to the end finds them.
 * `fixedThreshold` replaces this with the SQLite store's plan (count first, then read candidates
 * or walk), so that tests can force either way; every way answers the same, and the contract suite
 * holds them to it.
 */
export async function listItems(
  db: Queryable,
  schema: string,
  query: ItemListQuery,
  fixedThreshold: number | undefined,
): Promise<Page<DisclosureItem>> {
  const list = new ItemList(db, schema, query);
  const drivers = listDrivers(query, schema);
  if (drivers.length === 0) return (await list.walk()).page;
  if (fixedThreshold !== undefined) {
    const rarest = await rarestDriver(db, schema, drivers, query.limit + 1, fixedThreshold);
    if (rarest.count === 0) return EMPTY;
    return rarest.count > rarest.threshold ? (await list.walk()).page : list.candidates(rarest.driver);
  }
  const sample = await list.walk(SAMPLE_SHARE);
  if (sample.complete) return sample.page;
  const threshold = await list.walkedThreshold(SAMPLE_SHARE);
  if (threshold === undefined) return sample.page;
  // The walk read `walked` items and found `found` matches: at that density, finishing the page
  // takes about `wanted · walked / found` items walked, reading the candidates about
  // `found / walked · items` index reads.
  const wanted = query.limit + 1;
  const walked = Math.max(1, Math.round(threshold * SAMPLE_SHARE));
  const items = (threshold * threshold) / wanted;
  const found = sample.page.records.length;
  if (found > 0 && (wanted * walked) / found < (CANDIDATE_COST * found * items) / walked) return (await list.walk()).page;
  if (drivers.length === 1) return list.candidates(drivers[0]!);
  const rarest = await rarestDriver(db, schema, drivers, wanted, threshold);
  if (rarest.count === 0) return EMPTY;
  return rarest.count > threshold ? (await list.walk()).page : list.candidates(rarest.driver);
}

/** The share of √(page · items) the first walk reads. */
const SAMPLE_SHARE = 0.25;

/** The SQL conditions an item must meet to match `filter`, its values added to `p`. */
export function itemConditions(schema: string, filter: ItemFilter, p: Parameters): string[] {
  const { after: _after, ...unpaged } = filter as ItemListQuery;
  return new ItemList(undefined as never, schema, { ...unpaged, sort: '-publishedAt', limit: 1 }).conditions(p);
}

class ItemList {
  private readonly order: KeysetOrder;
  private readonly table: string;

  constructor(
    private readonly db: Queryable,
    private readonly schema: string,
    private readonly query: ItemListQuery,
  ) {
    this.order = ORDERS[query.sort];
    this.table = `${schema}.items`;
  }

  /**
   * Walks the list order's index checking every filter; with a `budget`, at most that share of
   * √(page · items) items. `complete` when the page is right as it is: full, or the walk had no budget.
   */
  async walk(budget?: number): Promise<{ page: Page<DisclosureItem>; complete: boolean }> {
    const p = new Parameters();
    const cheap = this.cheapFilters(p);
    const checks = [
      ...this.drivenFilters(p),
      ...(this.query.terms ?? []).map((term) => `strpos(search_text, ${p.add(term)}) > 0`),
      ...this.checkedTerms(p),
    ];
    let sql: string;
    if (budget) {
      const inner = `SELECT seq, id, ${this.order.expression} AS sort_key, summary_doc${this.bodyColumn}, search_text, division_code FROM ${this.table}
        ${whereSql(cheap)} ${orderBy(this.order)} LIMIT ${this.budgetSql(budget, p)}`;
      sql = `SELECT id, sort_key, summary_doc${this.bodyColumn} FROM (${inner}) AS walk ${whereSql(checks)} ${orderBy({ ...this.order, expression: 'sort_key' })} LIMIT ${p.add(this.query.limit + 1)}`;
    } else {
      sql = `SELECT id, ${this.order.expression} AS sort_key, summary_doc${this.bodyColumn} FROM ${this.table} ${whereSql([...cheap, ...checks])} ${orderBy(this.order)} LIMIT ${p.add(this.query.limit + 1)}`;
    }
    const found = await rows<ItemRow>(this.db, sql, p.values);
    return { page: this.pageOf(found), complete: budget === undefined || found.length > this.query.limit };
  }

  private budgetSql(share: number, p: Parameters): string {
    return `greatest(1, round(${thresholdSql(this.schema, this.query.limit + 1, p)} * ${p.add(share)}::float8))::bigint`;
  }

  /**
   * After a walk with a budget that did not fill the page: √(page · items), or `undefined` when
   * the walk reached the list's end (its page is then the last).
   */
  async walkedThreshold(share: number): Promise<number | undefined> {
    const p = new Parameters();
    const budget = this.budgetSql(share, p);
    const threshold = thresholdSql(this.schema, this.query.limit + 1, p);
    const row = await first<{ walked: number; budget: number; threshold: number }>(
      this.db,
      `SELECT (SELECT count(*) FROM (SELECT 1 FROM ${this.table} ${whereSql(this.cheapFilters(p))} ${orderBy(this.order)} LIMIT ${budget}) AS walk) AS walked,
        ${budget} AS budget, ${threshold} AS threshold`,
      p.values,
    );
    return Number(row!.walked) < Number(row!.budget) ? undefined : Number(row!.threshold);
  }

  /**
   * Reads the driver's few matches through its index in one bitmap scan (plain index scans are
   * off for the rest of the transaction, so the planner cannot walk the list order instead),
   * checks the rest, sorts.
   */
  async candidates(driver: Driver): Promise<Page<DisclosureItem>> {
    await rows(this.db, 'SET LOCAL enable_indexscan = off');
    const p = new Parameters();
    const where = [driver.read(p), ...this.cheapFilters(p), ...this.drivenFilters(p)];
    for (const term of this.query.terms ?? []) if (term !== driver.exactTerm) where.push(`strpos(search_text, ${p.add(term)}) > 0`);
    where.push(...this.checkedTerms(p));
    const found = await rows<ItemRow>(
      this.db,
      `SELECT id, ${this.order.expression} AS sort_key, summary_doc${this.bodyColumn} FROM ${this.table} ${whereSql(where)} ${orderBy(this.order)} LIMIT ${p.add(this.query.limit + 1)}`,
      p.values,
    );
    return this.pageOf(found);
  }

  private get bodyColumn(): string {
    return this.query.includeBody ? ', body' : '';
  }

  /** Every condition of the filter (no resume position), for counting what matches. */
  conditions(p: Parameters): string[] {
    const where = [...this.cheapFilters(p), ...this.drivenFilters(p)];
    for (const term of this.query.terms ?? []) where.push(`strpos(search_text, ${p.add(term)}) > 0`);
    return where;
  }

  /** The filters besides the drivers (and the resume position). */
  private cheapFilters(p: Parameters): string[] {
    const filter: ItemFilter = this.query;
    const where: string[] = [];
    if (filter.category) where.push(`category = ${p.add(filter.category)}`);
    if (filter.level) where.push(`level = ${p.add(filter.level)}`);
    if (filter.validity) where.push(`validity = ${p.add(filter.validity)}`);
    if (filter.publishedFrom) where.push(`published_key >= ${p.add(instantKey(filter.publishedFrom))}`);
    if (filter.publishedBefore) where.push(`published_key < ${p.add(instantKey(filter.publishedBefore))}`);
    if (this.query.after) where.push(keysetCondition(this.order, this.query.after, p));
    return where;
  }

  /** The division and the topic, written so that no index serves them: which rows to read is `listItems`'s choice. */
  private drivenFilters(p: Parameters): string[] {
    const where: string[] = [];
    if (this.query.topic)
      where.push(`EXISTS (SELECT 1 FROM ${this.schema}.item_topics AS t WHERE t.topic = ${p.add(this.query.topic)} AND t.item_seq = seq)`);
    if (this.query.divisionCode) where.push(`starts_with(division_code, ${p.add(divisionPrefix(this.query.divisionCode))})`);
    return where;
  }

  /** `q`'s OR groups and exclusions: only checked, never a driver. */
  private checkedTerms(p: Parameters): string[] {
    return searchConditions(
      { terms: [], anyOf: this.query.anyOf, without: this.query.without },
      (term) => `strpos(search_text, ${p.add(term)}) > 0`,
    );
  }

  private pageOf(found: readonly ItemRow[]): Page<DisclosureItem> {
    return pageOf(
      found,
      this.query.limit,
      (row) => [row.sort_key, row.id],
      (row) => itemWithBody(row.summary_doc, typeof row.body === 'string' ? row.body : null),
    );
  }
}

function whereSql(clauses: readonly string[]): string {
  return clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
}
