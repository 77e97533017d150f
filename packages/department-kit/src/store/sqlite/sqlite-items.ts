import type Database from 'better-sqlite3';
import type { DisclosureItem } from '@gongkai/spec';
import { itemWithBody } from '../item-with-body';
import { instantKey } from '@gongkai/spec/china-time';
import { divisionPrefix } from '@gongkai/spec/division-scope';
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
import { HistoryWriter, historyPage, revisionOf, type RevisionRow } from './history-writer';
import { keysetCondition, orderBy, type KeysetOrder } from './keyset';
import { pageOf } from '../page-of';
import { chinaYearSql, countsOf, SEARCH_COUNT_LIMIT, type ItemFacet, type ItemSummary } from '../item-summary';
import { isCaseless, planItemList, scanThreshold } from './item-search';
import { searchText } from '../search-terms';
import { gramDocument } from './search-terms';
import { StatementCache } from './statement-cache';
import type { ListTotal } from '../list-total';
import { itemExportLines, type ExportLines } from '../export-lines';

const ORDERS: Readonly<Record<ItemSort, KeysetOrder>> = {
  '-publishedAt': { expression: 'published_key', descending: true },
  publishedAt: { expression: 'published_key', descending: false },
  '-updatedAt': { expression: 'updated_key', descending: true },
  updatedAt: { expression: 'updated_key', descending: false },
  // Items without a writtenOn come last in both directions, as the gateway merges them.
  '-writtenOn': { expression: "coalesce(written_on, '')", descending: true },
  writtenOn: { expression: "coalesce(written_on, '~')", descending: false },
  // Without a query there is no relevance: the order is the ids' (the unique index's).
  '-relevance': { expression: 'items.id', descending: true },
};

interface ItemRow {
  id: string;
  sort_key: string;
  summary_doc: string;
  /** Only when the list asked for bodies. */
  body?: string | null;
}

export interface SqliteItemsOptions {
  /** Candidate count above which a search walks the list order instead (default: √(page · items)). */
  readonly searchScanThreshold?: number;
  /** Matches past which a search's count stops and is flagged an estimate (default `SEARCH_COUNT_LIMIT`). */
  readonly searchCountLimit?: number;
}

/** Disclosure items: the catalogue with its filters, Chinese substring search and revisions. */
export class SqliteItems implements ItemCollection {
  private readonly statements: StatementCache;
  private readonly writer: HistoryWriter;

  constructor(
    private readonly db: Database.Database,
    private readonly options: SqliteItemsOptions = {},
  ) {
    this.statements = new StatementCache(db);
    this.writer = new HistoryWriter(db);
  }

  async get(id: string): Promise<DisclosureItem | undefined> {
    const row = this.statements.get('SELECT summary_doc, body FROM items WHERE id = ?').get(id) as
      { summary_doc: string; body: string | null } | undefined;
    return row ? itemWithBody(row.summary_doc, row.body) : undefined;
  }

  async list(query: ItemListQuery): Promise<Page<DisclosureItem>> {
    const order = ORDERS[query.sort];
    const where = filterClauses(query);
    if (query.after) {
      const keyset = keysetCondition(order, query.after);
      where.sql.push(keyset.sql);
      where.params.push(...keyset.params);
    }
    const select = `SELECT items.id AS id, ${order.expression} AS sort_key, summary_doc${query.includeBody ? ', body' : ''}`;
    const tail = `${orderBy(order, 'items.id')} LIMIT ?`;
    const plan = planItemList(this.statements, query, this.threshold(query.limit + 1));
    if (plan.kind === 'none') return { records: [], next: null };
    const add = (condition: { sql: string; params: unknown[] }) => {
      where.sql.push(condition.sql);
      where.params.push(...condition.params);
    };
    for (const term of plan.verify) add(containsTerm(term));
    // `q`'s OR groups and exclusions are only checked, never looked up: the required terms, the
    // division or the topic drive the plan, or the list order is walked.
    for (const group of query.anyOf ?? []) add(anyOf(group.map(containsTerm)));
    for (const term of query.without ?? []) add(not(containsTerm(term)));
    let sql = `${select} FROM items ${whereSql(where.sql)} ${tail}`;
    let params = [...where.params, query.limit + 1];
    if (plan.kind === 'candidates') {
      // CROSS JOIN keeps the few candidates as the outer loop: they are looked up and sorted.
      sql = `WITH candidates (seq) AS MATERIALIZED (${plan.sql}) ${select} FROM candidates CROSS JOIN items ON items.seq = candidates.seq ${whereSql(where.sql)} ${tail}`;
      params = [...plan.params, ...params];
    }
    const rows = this.statements.get(sql).all(...params) as ItemRow[];
    return pageOf(
      rows,
      query.limit,
      (row) => [row.sort_key, row.id],
      (row) => itemWithBody(row.summary_doc, row.body ?? null),
    );
  }

  async exportPage(after: string | undefined, limit: number): Promise<DisclosureItem[]> {
    const rows = this.statements.get('SELECT summary_doc, body FROM items WHERE id > ? ORDER BY id LIMIT ?').all(after ?? '', limit) as {
      summary_doc: string;
      body: string | null;
    }[];
    return rows.map((row) => itemWithBody(row.summary_doc, row.body));
  }

  async exportLines(after: string | undefined, limit: number): Promise<ExportLines> {
    const rows = this.statements
      .get('SELECT id, summary_doc, body FROM items WHERE id > ? ORDER BY id LIMIT ?')
      .all(after ?? '', limit) as {
      id: string;
      summary_doc: string;
      body: string | null;
    }[];
    return itemExportLines(rows);
  }

  async count(query: ItemListQuery): Promise<ListTotal> {
    const { total, totalIsEstimate } = await this.summarize(query, []);
    return { total, totalIsEstimate };
  }

  async summarize(filter: ItemFilter, facets: readonly ItemFacet[]): Promise<ItemSummary> {
    const where = filterClauses(filter);
    const add = (condition: { sql: string; params: unknown[] }) => {
      where.sql.push(condition.sql);
      where.params.push(...condition.params);
    };
    for (const term of filter.terms ?? []) add(containsTerm(term));
    for (const group of filter.anyOf ?? []) add(anyOf(group.map(containsTerm)));
    for (const term of filter.without ?? []) add(not(containsTerm(term)));
    const searching = Boolean(filter.terms?.length || filter.anyOf?.length || filter.without?.length);
    const limit = this.options.searchCountLimit ?? SEARCH_COUNT_LIMIT;
    const matched = `SELECT seq FROM items ${whereSql(where.sql)}${searching ? ' LIMIT ?' : ''}`;
    const params = [...where.params, ...(searching ? [limit + 1] : [])];
    // One read transaction: the count and every facet see the same items.
    return this.db.transaction(() => {
      const count = this.statements
        .get(`SELECT count(*) FROM (${matched})`)
        .pluck()
        .get(...params) as number;
      const counted: Partial<Record<ItemFacet, Record<string, number>>> = {};
      for (const facet of facets) {
        const rows = this.statements.get(`WITH matched AS MATERIALIZED (${matched}) ${FACET_SQL[facet]}`).all(...params) as {
          value: string | number | null;
          n: number;
        }[];
        counted[facet] = countsOf(rows);
      }
      return { total: searching ? Math.min(count, limit) : count, totalIsEstimate: searching && count > limit, facets: counted };
    })();
  }

  async all(): Promise<DisclosureItem[]> {
    const docs = this.statements.get('SELECT summary_doc FROM items ORDER BY seq').pluck().all() as string[];
    return docs.map((doc) => JSON.parse(doc) as DisclosureItem);
  }

  async allRevisions(): Promise<Revision<DisclosureItem>[]> {
    const rows = this.statements
      .get(
        "SELECT revision, action, recorded_at, changed_fields, note, doc FROM revisions WHERE resource_type = 'item' ORDER BY resource_id, revision",
      )
      .all() as RevisionRow[];
    return rows.map((row) => revisionOf(row, withoutBody));
  }

  async create(item: DisclosureItem, note: RevisionNote): Promise<void> {
    this.db.transaction(() => this.insert(item, note))();
  }

  /** The write of `create`, for use inside a larger transaction (an import). */
  insert(item: DisclosureItem, note: RevisionNote): void {
    if (this.statements.get('SELECT 1 FROM items WHERE id = ?').get(item.id)) {
      throw new StoreConflictError('id', item.id, `an item ${item.id} already exists`);
    }
    this.assertIndexNumberFree(item);
    const values = rowValues(item);
    const { lastInsertRowid } = this.statements
      .get(
        `INSERT INTO items (id, index_number, revision, category, level, validity, division_code, published_key, updated_key, written_on, summary_doc, body, search_text)
            VALUES (@id, @index_number, @revision, @category, @level, @validity, @division_code, @published_key, @updated_key, @written_on, @summary_doc, @body, @search_text)`,
      )
      .run(values);
    this.indexSearch(Number(lastInsertRowid), item, false);
    this.record(item, note);
  }

  async replace(item: DisclosureItem, expectedRevision: number, note: RevisionNote): Promise<void> {
    this.db.transaction(() => this.update(item, expectedRevision, note))();
  }

  /** The write of `replace`, for use inside a larger transaction (an import). */
  update(item: DisclosureItem, expectedRevision: number, note: RevisionNote): void {
    const current = this.statements.get('SELECT seq, revision FROM items WHERE id = ?').get(item.id) as
      { seq: number; revision: number } | undefined;
    if (!current) throw new StoreConflictError('id', item.id, `there is no item ${item.id} to revise`);
    if (current.revision !== expectedRevision) {
      throw new StoreConflictError(
        'revision',
        current.revision,
        `item ${item.id} is at revision ${current.revision}, not ${expectedRevision}: it changed since it was read`,
      );
    }
    this.assertIndexNumberFree(item);
    this.statements
      .get(
        `UPDATE items SET index_number = @index_number, revision = @revision, category = @category, level = @level, validity = @validity,
              division_code = @division_code, published_key = @published_key, updated_key = @updated_key, written_on = @written_on,
              summary_doc = @summary_doc, body = @body, search_text = @search_text WHERE id = @id`,
      )
      .run(rowValues(item));
    this.indexSearch(current.seq, item, true);
    this.record(item, note);
  }

  async history(id: string, page: PageRequest): Promise<Page<Revision<DisclosureItem>>> {
    return historyPage<DisclosureItem>(this.db, 'item', id, page.limit, Number(page.after?.[0] ?? 0));
  }

  private threshold(pageSize: number): number {
    if (this.options.searchScanThreshold !== undefined) return this.options.searchScanThreshold;
    const items = (this.statements.get('SELECT max(seq) FROM items').pluck().get() as number | null) ?? 0;
    return scanThreshold(pageSize, items);
  }

  private assertIndexNumberFree(item: DisclosureItem): void {
    const holder = this.statements.get('SELECT id FROM items WHERE index_number = ? AND id <> ?').pluck().get(item.indexNumber, item.id) as
      string | undefined;
    if (holder !== undefined) {
      throw new StoreConflictError(
        'indexNumber',
        item.indexNumber,
        `the index number ${item.indexNumber} is already used by ${holder} (index numbers are unique per body)`,
      );
    }
  }

  private indexSearch(seq: number, item: DisclosureItem, replacing: boolean): void {
    if (replacing) {
      this.statements.get('DELETE FROM item_topics WHERE item_seq = ?').run(seq);
      this.statements.get('DELETE FROM item_trigrams WHERE rowid = ?').run(seq);
      this.statements.get('DELETE FROM item_grams WHERE rowid = ?').run(seq);
    }
    const insertTopic = this.statements.get('INSERT OR IGNORE INTO item_topics (topic, item_seq) VALUES (?, ?)');
    for (const topic of item.topics) insertTopic.run(topic, seq);
    const fields = searchableFields(item);
    this.statements.get('INSERT INTO item_trigrams (rowid, text) VALUES (?, ?)').run(seq, fields.join('\n'));
    this.statements.get('INSERT INTO item_grams (rowid, grams) VALUES (?, ?)').run(seq, gramDocument(fields));
  }

  private record(item: DisclosureItem, note: RevisionNote): void {
    this.writer.revision('item', item.id, item.revision, note, JSON.stringify(item));
    this.writer.change({
      departmentId: item.departmentId,
      resourceType: 'item',
      resourceId: item.id,
      revision: item.revision,
      note,
      title: item.title,
    });
  }
}

function searchableFields(item: DisclosureItem): string[] {
  return [item.title, item.summary ?? '', item.documentNumber ?? '', ...item.keywords, item.body ?? ''];
}

function rowValues(item: DisclosureItem): Record<string, unknown> {
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
    search_text: searchText([item.title, item.summary, item.documentNumber, ...item.keywords]),
  };
}

/** Counts by facet value over the `matched` items (their `seq`). */
const FACET_SQL: Readonly<Record<ItemFacet, string>> = {
  category: 'SELECT category AS value, count(*) AS n FROM items JOIN matched ON items.seq = matched.seq GROUP BY 1',
  division: 'SELECT division_code AS value, count(*) AS n FROM items JOIN matched ON items.seq = matched.seq GROUP BY 1',
  year: `SELECT ${chinaYearSql('published_key')} AS value, count(*) AS n FROM items JOIN matched ON items.seq = matched.seq GROUP BY 1`,
  topic: 'SELECT topic AS value, count(*) AS n FROM item_topics JOIN matched ON item_topics.item_seq = matched.seq GROUP BY 1',
};

function filterClauses(filter: ItemFilter): { sql: string[]; params: unknown[] } {
  const sql: string[] = [];
  const params: unknown[] = [];
  const add = (clause: string, ...values: unknown[]) => {
    sql.push(clause);
    params.push(...values);
  };
  if (filter.category) add('category = ?', filter.category);
  // Written so that no index is used for them: whether to read by topic or division, or to walk
  // the list order, is `planItemList`'s choice.
  if (filter.topic) add('EXISTS (SELECT 1 FROM item_topics WHERE topic = ? AND item_seq = items.seq)', filter.topic);
  // Division codes are digits, so the GLOB pattern needs no escaping.
  if (filter.divisionCode) add('+division_code GLOB ?', `${divisionPrefix(filter.divisionCode)}*`);
  if (filter.level) add('level = ?', filter.level);
  if (filter.validity) add('validity = ?', filter.validity);
  if (filter.publishedFrom) add('published_key >= ?', instantKey(filter.publishedFrom));
  if (filter.publishedBefore) add('published_key < ?', instantKey(filter.publishedBefore));
  return { sql, params };
}

/** The item holds `term` in its short fields or its body. */
function containsTerm(term: string): { sql: string; params: unknown[] } {
  // A term without letter case matches byte for byte, in SQL; only one with letters needs JS case folding.
  if (isCaseless(term) && !term.includes('\u0000'))
    return { sql: '(instr(search_text, ?) > 0 OR instr(body, ?) > 0)', params: [term, term] };
  return { sql: 'gk_contains(search_text, body, ?)', params: [term] };
}

function anyOf(conditions: readonly { sql: string; params: unknown[] }[]): { sql: string; params: unknown[] } {
  return { sql: `(${conditions.map((c) => c.sql).join(' OR ')})`, params: conditions.flatMap((c) => c.params) };
}

function not(condition: { sql: string; params: unknown[] }): { sql: string; params: unknown[] } {
  return { sql: `NOT ${condition.sql}`, params: condition.params };
}

function whereSql(clauses: readonly string[]): string {
  return clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
}

function withoutBody(doc: string): DisclosureItem {
  const { body: _body, ...item } = JSON.parse(doc) as DisclosureItem;
  return item;
}
