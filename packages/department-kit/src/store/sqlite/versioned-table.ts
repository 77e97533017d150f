import type Database from 'better-sqlite3';
import type { ResourceType } from '@gongkai/spec';
import {
  StoreConflictError,
  type Page,
  type PageRequest,
  type Revision,
  type RevisionNote,
  type VersionedCollection,
} from '../disclosure-store';
import { HistoryWriter, historyPage } from './history-writer';
import { keysetCondition, orderBy, type KeysetOrder } from './keyset';
import { pageOf } from '../page-of';
import { StatementCache } from './statement-cache';
import { instantKey } from '@gongkai/spec/china-time';
import { SEARCH_COUNT_LIMIT } from '../item-summary';
import { isSearching, listTotalOf, type ListTotal } from '../list-total';

export interface VersionedRecordShape {
  readonly id: string;
  readonly departmentId: string;
  readonly revision?: number;
}

/** How one kind of record maps onto its table. */
export interface TableSpec<T, Q> {
  readonly table: string;
  readonly resourceType: ResourceType;
  /** Newest first by this instant (publication or issue). */
  readonly listedAt: (record: T) => string;
  readonly title: (record: T) => string;
  /** The filter columns of the table besides `id`, `revision`, `published_key` and `doc`. */
  readonly columnNames: readonly string[];
  /** Their values for `record`. */
  readonly columns: (record: T) => Record<string, unknown>;
  readonly filters: (query: Q) => { sql: string[]; params: unknown[] };
}

const NEWEST_FIRST: KeysetOrder = { expression: 'published_key', descending: true };

/**
 * Fee schedules, budgets and alerts: the whole record as JSON plus the columns its filters need,
 * newest first, with every revision kept. One implementation, a `TableSpec` per kind.
 */
export class SqliteVersionedTable<T extends VersionedRecordShape, Q extends PageRequest> implements VersionedCollection<T, Q> {
  private readonly statements: StatementCache;
  private readonly writer: HistoryWriter;
  private readonly columnNames: readonly string[];

  constructor(
    private readonly db: Database.Database,
    private readonly spec: TableSpec<T, Q>,
    private readonly searchCountLimit: number = SEARCH_COUNT_LIMIT,
  ) {
    this.statements = new StatementCache(db);
    this.writer = new HistoryWriter(db);
    this.columnNames = ['id', 'revision', 'published_key', ...spec.columnNames, 'doc'];
  }

  async get(id: string): Promise<T | undefined> {
    const doc = this.statements.get(`SELECT doc FROM ${this.spec.table} WHERE id = ?`).pluck().get(id) as string | undefined;
    return doc === undefined ? undefined : (JSON.parse(doc) as T);
  }

  async list(query: Q): Promise<Page<T>> {
    const where = this.spec.filters(query);
    if (query.after) {
      const keyset = keysetCondition(NEWEST_FIRST, query.after);
      where.sql.push(keyset.sql);
      where.params.push(...keyset.params);
    }
    const clause = where.sql.length ? `WHERE ${where.sql.join(' AND ')}` : '';
    const rows = this.statements
      .get(`SELECT id, published_key, doc FROM ${this.spec.table} ${clause} ${orderBy(NEWEST_FIRST)} LIMIT ?`)
      .all(...where.params, query.limit + 1) as { id: string; published_key: string; doc: string }[];
    return pageOf(
      rows,
      query.limit,
      (row) => [row.published_key, row.id],
      (row) => JSON.parse(row.doc) as T,
    );
  }

  async count(query: Q): Promise<ListTotal> {
    const where = this.spec.filters(query);
    const searching = isSearching(query);
    const clause = where.sql.length ? `WHERE ${where.sql.join(' AND ')}` : '';
    const matched = `SELECT 1 FROM ${this.spec.table} ${clause}${searching ? ' LIMIT ?' : ''}`;
    const count = this.statements
      .get(`SELECT count(*) FROM (${matched})`)
      .pluck()
      .get(...where.params, ...(searching ? [this.searchCountLimit + 1] : [])) as number;
    return listTotalOf(count, searching, this.searchCountLimit);
  }

  async exportPage(after: string | undefined, limit: number): Promise<T[]> {
    const docs = this.statements
      .get(`SELECT doc FROM ${this.spec.table} WHERE id > ? ORDER BY id LIMIT ?`)
      .pluck()
      .all(after ?? '', limit) as string[];
    return docs.map((doc) => JSON.parse(doc) as T);
  }

  async all(): Promise<T[]> {
    const docs = this.statements.get(`SELECT doc FROM ${this.spec.table} ORDER BY seq`).pluck().all() as string[];
    return docs.map((doc) => JSON.parse(doc) as T);
  }

  async create(record: T, note: RevisionNote): Promise<void> {
    this.db.transaction(() => this.insert(record, note))();
  }

  insert(record: T, note: RevisionNote): void {
    if (this.statements.get(`SELECT 1 FROM ${this.spec.table} WHERE id = ?`).get(record.id)) {
      throw new StoreConflictError('id', record.id, `a ${this.spec.resourceType} ${record.id} already exists`);
    }
    const names = this.columnNames;
    this.statements
      .get(`INSERT INTO ${this.spec.table} (${names.join(', ')}) VALUES (${names.map((name) => `@${name}`).join(', ')})`)
      .run(this.rowValues(record));
    this.record(record, note);
  }

  async replace(record: T, expectedRevision: number, note: RevisionNote): Promise<void> {
    this.db.transaction(() => this.update(record, expectedRevision, note))();
  }

  update(record: T, expectedRevision: number, note: RevisionNote): void {
    const current = this.statements.get(`SELECT revision FROM ${this.spec.table} WHERE id = ?`).pluck().get(record.id) as
      number | undefined;
    if (current === undefined)
      throw new StoreConflictError('id', record.id, `there is no ${this.spec.resourceType} ${record.id} to revise`);
    if (current !== expectedRevision) {
      throw new StoreConflictError(
        'revision',
        current,
        `${this.spec.resourceType} ${record.id} is at revision ${current}, not ${expectedRevision}: it changed since it was read`,
      );
    }
    const assignments = this.columnNames.filter((name) => name !== 'id').map((name) => `${name} = @${name}`);
    this.statements.get(`UPDATE ${this.spec.table} SET ${assignments.join(', ')} WHERE id = @id`).run(this.rowValues(record));
    this.record(record, note);
  }

  async history(id: string, page: PageRequest): Promise<Page<Revision<T>>> {
    return historyPage<T>(this.db, this.spec.resourceType, id, page.limit, Number(page.after?.[0] ?? 0));
  }

  private rowValues(record: T): Record<string, unknown> {
    return {
      id: record.id,
      revision: record.revision ?? 1,
      published_key: instantKey(this.spec.listedAt(record)),
      ...this.spec.columns(record),
      doc: JSON.stringify(record),
    };
  }

  private record(record: T, note: RevisionNote): void {
    const revision = record.revision ?? 1;
    this.writer.revision(this.spec.resourceType, record.id, revision, note, JSON.stringify(record));
    this.writer.change({
      departmentId: record.departmentId,
      resourceType: this.spec.resourceType,
      resourceId: record.id,
      revision,
      note,
      title: this.spec.title(record),
    });
  }
}
