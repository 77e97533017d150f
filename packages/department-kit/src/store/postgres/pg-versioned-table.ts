import type pg from 'pg';
import type { ResourceType } from '@gongkai/spec';
import {
  StoreConflictError,
  type Page,
  type PageRequest,
  type Revision,
  type RevisionNote,
  type VersionedCollection,
} from '../disclosure-store';
import { pageOf } from '../page-of';
import { instantKey } from '@gongkai/spec/china-time';
import { first, Parameters, rows, transaction, type Queryable } from './pg-database';
import { fromDatabase, historyPage, PgHistory, type FeedNumbers } from './pg-history';
import { keysetCondition, orderBy, type KeysetOrder } from './pg-keyset';
import { SEARCH_COUNT_LIMIT } from '../item-summary';
import { isSearching, listTotalOf, type ListTotal } from '../list-total';

export interface VersionedRecordShape {
  readonly id: string;
  readonly departmentId: string;
  readonly revision?: number;
}

/** How one kind of record maps onto its table. */
export interface PgTableSpec<T, Q> {
  readonly table: string;
  readonly resourceType: ResourceType;
  /** Newest first by this instant (publication or issue). */
  readonly listedAt: (record: T) => string;
  readonly title: (record: T) => string;
  /** The filter columns of the table besides `id`, `revision`, `published_key` and `doc`, and their values for `record`. */
  readonly columns: (record: T) => Record<string, unknown>;
  /** The conditions of a list query, their values added to `parameters`. */
  readonly filters: (query: Q, parameters: Parameters) => string[];
}

const NEWEST_FIRST: KeysetOrder = { expression: 'published_key', descending: true };

/**
 * Fee schedules, budgets and alerts: the whole record as JSON plus the columns its filters need,
 * newest first, with every revision kept. One implementation, a `PgTableSpec` per kind.
 */
export class PgVersionedTable<T extends VersionedRecordShape, Q extends PageRequest> implements VersionedCollection<T, Q> {
  private readonly writer: PgHistory;
  private readonly table: string;

  constructor(
    private readonly pool: pg.Pool,
    private readonly schema: string,
    private readonly spec: PgTableSpec<T, Q>,
    private readonly searchCountLimit: number = SEARCH_COUNT_LIMIT,
  ) {
    this.writer = new PgHistory(schema);
    this.table = `${schema}.${spec.table}`;
  }

  async get(id: string): Promise<T | undefined> {
    const row = await first<{ doc: string }>(this.pool, `SELECT doc FROM ${this.table} WHERE id = $1`, [id]);
    return row === undefined ? undefined : (JSON.parse(row.doc) as T);
  }

  async list(query: Q): Promise<Page<T>> {
    const parameters = new Parameters();
    const where = this.spec.filters(query, parameters);
    if (query.after) where.push(keysetCondition(NEWEST_FIRST, query.after, parameters));
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const limit = parameters.add(query.limit + 1);
    const found = await rows<{ id: string; published_key: string; doc: string }>(
      this.pool,
      `SELECT id, published_key, doc FROM ${this.table} ${clause} ${orderBy(NEWEST_FIRST)} LIMIT ${limit}`,
      parameters.values,
    );
    return pageOf(
      found,
      query.limit,
      (row) => [row.published_key, row.id],
      (row) => JSON.parse(row.doc) as T,
    );
  }

  async count(query: Q): Promise<ListTotal> {
    const parameters = new Parameters();
    const where = this.spec.filters(query, parameters);
    const searching = isSearching(query);
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const matched = `SELECT 1 FROM ${this.table} ${clause}${searching ? ` LIMIT ${parameters.add(this.searchCountLimit + 1)}` : ''}`;
    const found = await first<{ n: string }>(this.pool, `SELECT count(*) AS n FROM (${matched}) AS matched`, parameters.values);
    return listTotalOf(Number(found!.n), searching, this.searchCountLimit);
  }

  async exportPage(after: string | undefined, limit: number): Promise<T[]> {
    const found = await rows<{ doc: string }>(
      this.pool,
      `SELECT doc FROM ${this.table} WHERE id COLLATE "C" > $1 ORDER BY id COLLATE "C" LIMIT $2`,
      [after ?? '', limit],
    );
    return found.map((row) => JSON.parse(row.doc) as T);
  }

  async all(): Promise<T[]> {
    const found = await rows<{ doc: string }>(this.pool, `SELECT doc FROM ${this.table} ORDER BY seq`);
    return found.map((row) => JSON.parse(row.doc) as T);
  }

  async create(record: T, note: RevisionNote): Promise<void> {
    await transaction(this.pool, (client) => this.insert(client, record, note));
  }

  /** The write of `create`, inside a transaction on `db`. */
  async insert(db: Queryable, record: T, note: RevisionNote, numbers: FeedNumbers = fromDatabase): Promise<void> {
    const values = this.rowValues(record);
    const names = Object.keys(values);
    const inserted = await rows(
      db,
      `INSERT INTO ${this.table} (${names.join(', ')}) VALUES (${names.map((_, index) => `$${index + 1}`).join(', ')}) ON CONFLICT DO NOTHING RETURNING seq`,
      Object.values(values),
    );
    if (inserted.length === 0) throw new StoreConflictError('id', record.id, `a ${this.spec.resourceType} ${record.id} already exists`);
    await this.record(db, record, note, numbers);
  }

  async replace(record: T, expectedRevision: number, note: RevisionNote): Promise<void> {
    await transaction(this.pool, (client) => this.update(client, record, expectedRevision, note));
  }

  /** The write of `replace`, inside a transaction on `db`. */
  async update(db: Queryable, record: T, expectedRevision: number, note: RevisionNote, numbers: FeedNumbers = fromDatabase): Promise<void> {
    const current = await first<{ revision: number }>(db, `SELECT revision FROM ${this.table} WHERE id = $1 FOR UPDATE`, [record.id]);
    if (current === undefined)
      throw new StoreConflictError('id', record.id, `there is no ${this.spec.resourceType} ${record.id} to revise`);
    if (current.revision !== expectedRevision) {
      throw new StoreConflictError(
        'revision',
        current.revision,
        `${this.spec.resourceType} ${record.id} is at revision ${current.revision}, not ${expectedRevision}: it changed since it was read`,
      );
    }
    const values = this.rowValues(record);
    const names = Object.keys(values).filter((name) => name !== 'id');
    await rows(db, `UPDATE ${this.table} SET ${names.map((name, index) => `${name} = $${index + 2}`).join(', ')} WHERE id = $1`, [
      record.id,
      ...names.map((name) => values[name]),
    ]);
    await this.record(db, record, note, numbers);
  }

  async history(id: string, page: PageRequest): Promise<Page<Revision<T>>> {
    return historyPage<T>(this.pool, this.schema, this.spec.resourceType, id, page.limit, Number(page.after?.[0] ?? 0));
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

  private async record(db: Queryable, record: T, note: RevisionNote, numbers: FeedNumbers): Promise<void> {
    const revision = record.revision ?? 1;
    await this.writer.revision(db, this.spec.resourceType, record.id, revision, note, JSON.stringify(record));
    await this.writer.change(
      db,
      {
        departmentId: record.departmentId,
        resourceType: this.spec.resourceType,
        resourceId: record.id,
        revision,
        note,
        title: this.spec.title(record),
      },
      numbers,
    );
  }
}
