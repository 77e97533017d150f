import type { DisclosureItem } from '@gongkai/spec';
import { divisionPrefix } from '../../divisions/division-scope';
import { instantKey } from '../../time/china-time';
import type { ItemFilter, ItemListQuery, ItemSort, Page } from '../disclosure-store';
import { pageOf } from '../page-of';
import { Parameters, rows, type Queryable } from './pg-database';
import { listDrivers, rarestDriver, type Driver } from './pg-item-search';
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
 * are read, as in the SQLite store:
 * - `none`: a filter matches nothing, the answer is empty;
 * - candidates: the rarest of the search terms, the division and the topic (each counted up to a
 *   threshold, in `rarestDriver`) matches few items; read those through its index, check the other
 *   conditions, sort;
 * - walk: every such filter matches many items, so walk the list order's index and check each item
 *   until the page is full, which ends quickly precisely because matches are dense.
 * Both ways answer the same (the contract suite holds them to it); the threshold only picks the faster.
 */
export async function listItems(
  db: Queryable,
  schema: string,
  query: ItemListQuery,
  fixedThreshold: number | undefined,
): Promise<Page<DisclosureItem>> {
  const list = new ItemList(db, schema, query);
  const drivers = listDrivers(query, schema);
  if (drivers.length === 0) return list.walk();
  const rarest = await rarestDriver(db, schema, drivers, query.limit + 1, fixedThreshold);
  if (rarest.count === 0) return EMPTY;
  return rarest.count > rarest.threshold ? list.walk() : list.candidates(rarest.driver);
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

  /** Walks the list order's index, checking every filter, until the page is full. */
  async walk(): Promise<Page<DisclosureItem>> {
    const p = new Parameters();
    const where = [
      ...this.cheapFilters(p),
      ...this.drivenFilters(p),
      ...(this.query.terms ?? []).map((term) => `strpos(search_text, ${p.add(term)}) > 0`),
    ];
    const found = await rows<ItemRow>(
      this.db,
      `SELECT id, ${this.order.expression} AS sort_key, summary_doc FROM ${this.table} ${whereSql(where)} ${orderBy(this.order)} LIMIT ${p.add(this.query.limit + 1)}`,
      p.values,
    );
    return this.pageOf(found);
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
