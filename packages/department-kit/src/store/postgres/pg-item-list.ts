import type { DisclosureItem } from '@gongkai/spec';
import { divisionPrefix } from '../../divisions/division-scope';
import { instantKey } from '../../time/china-time';
import type { ItemFilter, ItemListQuery, ItemSort, Page } from '../disclosure-store';
import { pageOf } from '../page-of';
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
};

interface ItemRow {
  id: string;
  sort_key: string;
  summary_doc: string;
}

const EMPTY: Page<DisclosureItem> = { records: [], next: null };

/**
 * One page of an item list. Every filter is a condition on the rows; what differs is which rows
 * are read:
 * - no search term, division or topic: the list order's index, the other filters checked on the way;
 * - otherwise the list order is walked for at most √(page · items) items, checking each: a dense
 *   filter fills the page long before that, and dense is what most Chinese search terms are;
 * - a walk that ends without a full page means the filters are sparse: the rarest of them (with
 *   several, counted up to the same bound in `rarestDriver`; none matching: empty) is read through
 *   its index, the rest checked, the few found sorted; when each is dense but together they are
 *   rare, the walk goes on to the end.
 * `fixedThreshold` replaces the walk-first plan with the SQLite store's (count first, then read
 * candidates or walk), so that tests can force either way; every way answers the same, and the
 * contract suite holds them to it.
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
  const probe = await list.walk(true);
  if (probe.complete) return probe.page;
  const threshold = await list.walkedThreshold();
  if (threshold === undefined) return probe.page;
  if (drivers.length === 1) return list.candidates(drivers[0]!);
  const rarest = await rarestDriver(db, schema, drivers, query.limit + 1, threshold);
  if (rarest.count === 0) return EMPTY;
  return rarest.count > threshold ? (await list.walk()).page : list.candidates(rarest.driver);
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
   * Walks the list order's index checking every filter; with a `budget`, at most √(page · items)
   * items. `complete` when the page is right as it is: full, or the walk had no budget.
   */
  async walk(budget = false): Promise<{ page: Page<DisclosureItem>; complete: boolean }> {
    const p = new Parameters();
    const cheap = this.cheapFilters(p);
    const checks = [...this.drivenFilters(p), ...(this.query.terms ?? []).map((term) => `strpos(search_text, ${p.add(term)}) > 0`)];
    let sql: string;
    if (budget) {
      const inner = `SELECT seq, id, ${this.order.expression} AS sort_key, summary_doc, search_text, division_code FROM ${this.table}
        ${whereSql(cheap)} ${orderBy(this.order)} LIMIT ${thresholdSql(this.schema, this.query.limit + 1, p)}`;
      sql = `SELECT id, sort_key, summary_doc FROM (${inner}) AS walk ${whereSql(checks)} ${orderBy({ ...this.order, expression: 'sort_key' })} LIMIT ${p.add(this.query.limit + 1)}`;
    } else {
      sql = `SELECT id, ${this.order.expression} AS sort_key, summary_doc FROM ${this.table} ${whereSql([...cheap, ...checks])} ${orderBy(this.order)} LIMIT ${p.add(this.query.limit + 1)}`;
    }
    const found = await rows<ItemRow>(this.db, sql, p.values);
    return { page: this.pageOf(found), complete: !budget || found.length > this.query.limit };
  }

  /** After a walk with a budget that did not fill the page: its bound, or `undefined` when the walk reached the list's end. */
  async walkedThreshold(): Promise<number | undefined> {
    const p = new Parameters();
    const threshold = thresholdSql(this.schema, this.query.limit + 1, p);
    const row = await first<{ walked: number; threshold: number }>(
      this.db,
      `SELECT (SELECT count(*) FROM (SELECT 1 FROM ${this.table} ${whereSql(this.cheapFilters(p))} ${orderBy(this.order)} LIMIT ${threshold}) AS walk) AS walked, ${threshold} AS threshold`,
      p.values,
    );
    return Number(row!.walked) < Number(row!.threshold) ? undefined : Number(row!.threshold);
  }

  /** Reads the driver's few matches through its index (an array the planner cannot fold into the ordered scan), checks the rest, sorts. */
  async candidates(driver: Driver): Promise<Page<DisclosureItem>> {
    const p = new Parameters();
    const where = [...this.cheapFilters(p), ...this.drivenFilters(p)];
    for (const term of this.query.terms ?? []) if (term !== driver.exactTerm) where.push(`strpos(search_text, ${p.add(term)}) > 0`);
    where.push(`seq = ANY (ARRAY(SELECT seq FROM ${this.table} WHERE ${driver.read(p)}))`);
    const found = await rows<ItemRow>(
      this.db,
      `SELECT id, ${this.order.expression} AS sort_key, summary_doc FROM ${this.table} ${whereSql(where)} ${orderBy(this.order)} LIMIT ${p.add(this.query.limit + 1)}`,
      p.values,
    );
    return this.pageOf(found);
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

  private pageOf(found: readonly ItemRow[]): Page<DisclosureItem> {
    return pageOf(
      found,
      this.query.limit,
      (row) => [row.sort_key, row.id],
      (row) => JSON.parse(row.summary_doc) as DisclosureItem,
    );
  }
}

function whereSql(clauses: readonly string[]): string {
  return clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
}
