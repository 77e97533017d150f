import type pg from 'pg';
import type { DisclosureItem } from '@gongkai/spec';
import { itemWithBody } from '../item-with-body';
import { instantKey } from '@gongkai/spec/china-time';
import {
  StoreConflictError,
  type ItemCollection,
  type ItemFilter,
  type ItemListQuery,
  type Page,
  type PageRequest,
  type Revision,
  type RevisionNote,
} from '../disclosure-store';
import { searchText } from '../search-terms';
import { first, indexedRead, isUniqueViolation, rows, transaction, type Queryable } from './pg-database';
import { fromDatabase, historyPage, PgHistory, revisionOf, type FeedNumbers, type RevisionRow } from './pg-history';
import { listItems } from './pg-item-list';
import { summarizeItems } from './pg-item-summary';
import { SEARCH_COUNT_LIMIT, type ItemFacet, type ItemSummary } from '../item-summary';
import type { ListTotal } from '../list-total';
import { itemExportLines, type ExportLines } from '../export-lines';

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
  /** Matches past which a search's count stops and is flagged an estimate (default `SEARCH_COUNT_LIMIT`). */
  readonly searchCountLimit?: number;
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
    return row ? itemWithBody(row.summary_doc, row.body) : undefined;
  }

  async list(query: ItemListQuery): Promise<Page<DisclosureItem>> {
    return indexedRead(this.pool, (client) => listItems(client, this.schema, query, this.options.searchScanThreshold));
  }

  async exportPage(after: string | undefined, limit: number): Promise<DisclosureItem[]> {
    const found = await rows<{ summary_doc: string; body: string | null }>(
      this.pool,
      `SELECT summary_doc, body FROM ${this.table} WHERE id COLLATE "C" > $1 ORDER BY id COLLATE "C" LIMIT $2`,
      [after ?? '', limit],
    );
    return found.map((row) => itemWithBody(row.summary_doc, row.body));
  }

  async exportLines(after: string | undefined, limit: number): Promise<ExportLines> {
    const found = await rows<{ id: string; summary_doc: string; body: string | null }>(
      this.pool,
      `SELECT id, summary_doc, body FROM ${this.table} WHERE id COLLATE "C" > $1 ORDER BY id COLLATE "C" LIMIT $2`,
      [after ?? '', limit],
    );
    return itemExportLines(found);
  }

  async count(query: ItemListQuery): Promise<ListTotal> {
    const { total, totalIsEstimate } = await this.summarize(query, []);
    return { total, totalIsEstimate };
  }

  async summarize(filter: ItemFilter, facets: readonly ItemFacet[]): Promise<ItemSummary> {
    return summarizeItems(this.pool, this.schema, filter, facets, this.options.searchCountLimit ?? SEARCH_COUNT_LIMIT);
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

function withoutBody(doc: string): DisclosureItem {
  const { body: _body, ...item } = JSON.parse(doc) as DisclosureItem;
  return item;
}
