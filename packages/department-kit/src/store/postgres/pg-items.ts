import type pg from 'pg';
import type { DisclosureItem } from '@gongkai/spec';
import { instantKey } from '../../time/china-time';
import {
  StoreConflictError,
  type ItemCollection,
  type ItemFilter,
  type ItemListQuery,
  type ItemSort,
  type Page,
  type PageRequest,
  type Revision,
  type RevisionNote,
} from '../disclosure-store';
import { pageOf } from '../page-of';
import { divisionPrefix } from '../../divisions/division-scope';
import { searchText } from '../search-terms';
import { first, indexedRead, isUniqueViolation, Parameters, rows, transaction, type Queryable } from './pg-database';
import { fromDatabase, historyPage, PgHistory, revisionOf, type FeedNumbers, type RevisionRow } from './pg-history';
import { planItemList } from './pg-item-search';
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

const COLUMNS = [
  'id',
  'index_number',
  'revision',
  'category',
  'level',
  'validity',
  'division_code',
  'published_key',
  'updated_key',
  'written_on',
  'summary_doc',
  'body',
  'search_text',
] as const;

export interface PgItemsOptions {
  /** Candidate count above which a search walks the list order instead (default: √(page · items)). */
  readonly searchScanThreshold?: number;
}

/** Disclosure items: the catalogue with its filters, Chinese substring search and revisions. */
export class PgItems implements ItemCollection {
  private readonly writer: PgHistory;
  private readonly table: string;

  constructor(
    private readonly pool: pg.Pool,
    private readonly schema: string,
    private readonly options: PgItemsOptions = {},
  ) {
    this.writer = new PgHistory(schema);
    this.table = `${schema}.items`;
  }

  async get(id: string): Promise<DisclosureItem | undefined> {
    const row = await first<{ summary_doc: string; body: string | null }>(
      this.pool,
      `SELECT summary_doc, body FROM ${this.table} WHERE id = $1`,
      [id],
    );
    return row ? withBody(row.summary_doc, row.body) : undefined;
  }

  async list(query: ItemListQuery): Promise<Page<DisclosureItem>> {
    return indexedRead(this.pool, (client) => this.listWith(client, query));
  }

  private async listWith(db: Queryable, query: ItemListQuery): Promise<Page<DisclosureItem>> {
    const order = ORDERS[query.sort];
    const plan = await planItemList(db, this.schema, query, query.limit + 1, this.options.searchScanThreshold);
    if (plan.kind === 'none') return { records: [], next: null };
    const parameters = new Parameters();
    const where = filterClauses(query, this.schema, parameters);
    if (query.after) where.push(keysetCondition(order, query.after, parameters));
    for (const term of plan.verify) where.push(`strpos(search_text, ${parameters.add(term)}) > 0`);
    // The candidates are collected first (an array the planner cannot fold into the ordered
    // scan), then looked up by key, checked and sorted.
    if (plan.kind === 'candidates') where.push(`seq = ANY (ARRAY(SELECT seq FROM ${this.table} WHERE ${plan.driver(parameters)}))`);
    const limit = parameters.add(query.limit + 1);
    const found = await rows<{ id: string; sort_key: string; summary_doc: string }>(
      db,
      `SELECT id, ${order.expression} AS sort_key, summary_doc FROM ${this.table} ${whereSql(where)} ${orderBy(order)} LIMIT ${limit}`,
      parameters.values,
    );
    return pageOf(
      found,
      query.limit,
      (row) => [row.sort_key, row.id],
      (row) => JSON.parse(row.summary_doc) as DisclosureItem,
    );
  }

  async all(): Promise<DisclosureItem[]> {
    const found = await rows<{ summary_doc: string }>(this.pool, `SELECT summary_doc FROM ${this.table} ORDER BY seq`);
    return found.map((row) => JSON.parse(row.summary_doc) as DisclosureItem);
  }

  async allRevisions(): Promise<Revision<DisclosureItem>[]> {
    const found = await rows<RevisionRow>(
      this.pool,
      `SELECT revision, action, recorded_at, changed_fields, note, doc FROM ${this.schema}.revisions WHERE resource_type = 'item' ORDER BY resource_id, revision`,
    );
    return found.map((row) => revisionOf(row, withoutBody));
  }

  async create(item: DisclosureItem, note: RevisionNote): Promise<void> {
    await transaction(this.pool, (client) => this.insert(client, item, note));
  }

  /** The write of `create`, inside a transaction on `db` (an import's, or its own). */
  async insert(db: Queryable, item: DisclosureItem, note: RevisionNote, numbers: FeedNumbers = fromDatabase): Promise<void> {
    const values = rowValues(item);
    const inserted = await rows<{ seq: number }>(
      db,
      `WITH item AS (
         INSERT INTO ${this.table} (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map((_, index) => `$${index + 1}`).join(', ')})
         ON CONFLICT DO NOTHING RETURNING seq),
       topics AS (INSERT INTO ${this.schema}.item_topics (topic, item_seq) SELECT DISTINCT unnest($${COLUMNS.length + 1}::text[]), seq FROM item)
       SELECT seq FROM item`,
      [...COLUMNS.map((column) => values[column]), item.topics],
    );
    if (inserted.length === 0) {
      if (await first(db, `SELECT 1 FROM ${this.table} WHERE id = $1`, [item.id]))
        throw new StoreConflictError('id', item.id, `an item ${item.id} already exists`);
      await this.assertIndexNumberFree(db, item);
    }
    await this.record(db, item, note, numbers);
  }

  async replace(item: DisclosureItem, expectedRevision: number, note: RevisionNote): Promise<void> {
    await transaction(this.pool, (client) => this.update(client, item, expectedRevision, note));
  }

  /** The write of `replace`, inside a transaction on `db`. */
  async update(db: Queryable, item: DisclosureItem, expectedRevision: number, note: RevisionNote, numbers: FeedNumbers = fromDatabase) {
    const current = await first<{ seq: number; revision: number }>(db, `SELECT seq, revision FROM ${this.table} WHERE id = $1 FOR UPDATE`, [
      item.id,
    ]);
    if (!current) throw new StoreConflictError('id', item.id, `there is no item ${item.id} to revise`);
    if (current.revision !== expectedRevision) {
      throw new StoreConflictError(
        'revision',
        current.revision,
        `item ${item.id} is at revision ${current.revision}, not ${expectedRevision}: it changed since it was read`,
      );
    }
    await this.assertIndexNumberFree(db, item);
    const values = rowValues(item);
    const assigned = COLUMNS.filter((column) => column !== 'id');
    try {
      await rows(db, `UPDATE ${this.table} SET ${assigned.map((column, index) => `${column} = $${index + 2}`).join(', ')} WHERE id = $1`, [
        item.id,
        ...assigned.map((column) => values[column]),
      ]);
    } catch (error) {
      // Another replica took the index number between the check and the update.
      if (isUniqueViolation(error)) throw indexNumberTaken(item, 'another item');
      throw error;
    }
    await rows(db, `DELETE FROM ${this.schema}.item_topics WHERE item_seq = $1::bigint AND topic <> ALL ($2::text[])`, [
      current.seq,
      item.topics,
    ]);
    await rows(
      db,
      `INSERT INTO ${this.schema}.item_topics (topic, item_seq) SELECT DISTINCT unnest($2::text[]), $1::bigint ON CONFLICT DO NOTHING`,
      [current.seq, item.topics],
    );
    await this.record(db, item, note, numbers);
  }

  async history(id: string, page: PageRequest): Promise<Page<Revision<DisclosureItem>>> {
    return historyPage<DisclosureItem>(this.pool, this.schema, 'item', id, page.limit, Number(page.after?.[0] ?? 0));
  }

  private async assertIndexNumberFree(db: Queryable, item: DisclosureItem): Promise<void> {
    const holder = await first<{ id: string }>(db, `SELECT id FROM ${this.table} WHERE index_number = $1 AND id <> $2`, [
      item.indexNumber,
      item.id,
    ]);
    if (holder !== undefined) throw indexNumberTaken(item, holder.id);
  }

  private async record(db: Queryable, item: DisclosureItem, note: RevisionNote, numbers: FeedNumbers): Promise<void> {
    await this.writer.revision(db, 'item', item.id, item.revision, note, JSON.stringify(item));
    await this.writer.change(
      db,
      { departmentId: item.departmentId, resourceType: 'item', resourceId: item.id, revision: item.revision, note, title: item.title },
      numbers,
    );
  }
}

function indexNumberTaken(item: DisclosureItem, holder: string): StoreConflictError {
  return new StoreConflictError(
    'indexNumber',
    item.indexNumber,
    `the index number ${item.indexNumber} is already used by ${holder} (index numbers are unique per body)`,
  );
}

function rowValues(item: DisclosureItem): Record<(typeof COLUMNS)[number], unknown> {
  const { body, ...summary } = item;
  return {
    id: item.id,
    index_number: item.indexNumber,
    revision: item.revision,
    category: item.category,
    level: item.level,
    validity: item.validity,
    division_code: item.division.code,
    published_key: instantKey(item.publishedAt),
    updated_key: instantKey(item.updatedAt),
    written_on: item.writtenOn ?? null,
    summary_doc: JSON.stringify(summary),
    body: body ?? null,
    search_text: searchText([item.title, item.summary, item.documentNumber, ...item.keywords, body]),
  };
}

function filterClauses(filter: ItemFilter, schema: string, parameters: Parameters): string[] {
  const where: string[] = [];
  if (filter.category) where.push(`category = ${parameters.add(filter.category)}`);
  // Written so that no index serves them: whether to read by topic or division, or to walk the
  // list order, is `planItemList`'s choice.
  if (filter.topic)
    where.push(`EXISTS (SELECT 1 FROM ${schema}.item_topics WHERE topic = ${parameters.add(filter.topic)} AND item_seq = items.seq)`);
  if (filter.divisionCode) where.push(`starts_with(division_code, ${parameters.add(divisionPrefix(filter.divisionCode))})`);
  if (filter.level) where.push(`level = ${parameters.add(filter.level)}`);
  if (filter.validity) where.push(`validity = ${parameters.add(filter.validity)}`);
  if (filter.publishedFrom) where.push(`published_key >= ${parameters.add(instantKey(filter.publishedFrom))}`);
  if (filter.publishedBefore) where.push(`published_key < ${parameters.add(instantKey(filter.publishedBefore))}`);
  return where;
}

function whereSql(clauses: readonly string[]): string {
  return clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
}

function withBody(summaryDoc: string, body: string | null): DisclosureItem {
  const item = JSON.parse(summaryDoc) as DisclosureItem;
  return body === null ? item : { ...item, body };
}

function withoutBody(doc: string): DisclosureItem {
  const { body: _body, ...item } = JSON.parse(doc) as DisclosureItem;
  return item;
}
