import type pg from 'pg';
import type { Feedback } from '@gongkai/spec';
import { instantKey } from '@gongkai/spec/china-time';
import {
  StoreConflictError,
  type FeedbackChange,
  type FeedbackCollection,
  type FeedbackListQuery,
  type FeedbackRecord,
  type Page,
  type IdempotentAnswer,
} from '../disclosure-store';
import { storeIdempotentAnswer } from './pg-idempotency';
import { pageOf } from '../page-of';
import { listTotalOf, type ListTotal } from '../list-total';
import { first, Parameters, rows, transaction, type Queryable } from './pg-database';
import { fromDatabase, PgHistory, type FeedNumbers } from './pg-history';
import { keysetCondition, orderBy, type KeysetOrder } from './pg-keyset';

const NEWEST_FIRST: KeysetOrder = { expression: 'submitted_key', descending: true };

/** Feedback with its reply and rating; a published reply also enters the changes feed. */
export class PgFeedback implements FeedbackCollection {
  private readonly writer: PgHistory;

  constructor(
    private readonly pool: pg.Pool,
    private readonly schema: string,
  ) {
    this.writer = new PgHistory(schema);
  }

  async get(id: string): Promise<FeedbackRecord | undefined> {
    const row = await first<{ doc: string }>(this.pool, `SELECT doc FROM ${this.schema}.feedback WHERE id = $1`, [id]);
    return row === undefined ? undefined : (JSON.parse(row.doc) as FeedbackRecord);
  }

  /** The conditions of a list query's filters, their values added to `parameters`. */
  private filters(query: FeedbackListQuery, parameters: Parameters): string[] {
    const where: string[] = [];
    if (query.publishedOnly) where.push('published');
    if (query.kind) where.push(`kind = ${parameters.add(query.kind)}`);
    return where;
  }

  async count(query: FeedbackListQuery): Promise<ListTotal> {
    const parameters = new Parameters();
    const where = this.filters(query, parameters);
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const found = await first<{ n: string }>(this.pool, `SELECT count(*) AS n FROM ${this.schema}.feedback ${clause}`, parameters.values);
    return listTotalOf(Number(found!.n), false);
  }

  async list(query: FeedbackListQuery): Promise<Page<Feedback>> {
    const parameters = new Parameters();
    const where = this.filters(query, parameters);
    if (query.after) where.push(keysetCondition(NEWEST_FIRST, query.after, parameters));
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const limit = parameters.add(query.limit + 1);
    const found = await rows<{ id: string; submitted_key: string; doc: string }>(
      this.pool,
      `SELECT id, submitted_key, doc FROM ${this.schema}.feedback ${clause} ${orderBy(NEWEST_FIRST)} LIMIT ${limit}`,
      parameters.values,
    );
    return pageOf(
      found,
      query.limit,
      (row) => [row.submitted_key, row.id],
      (row) => (JSON.parse(row.doc) as FeedbackRecord).feedback,
    );
  }

  async exportPage(after: string | undefined, limit: number): Promise<Feedback[]> {
    const found = await rows<{ doc: string }>(
      this.pool,
      `SELECT doc FROM ${this.schema}.feedback WHERE published AND id COLLATE "C" > $1 ORDER BY id COLLATE "C" LIMIT $2`,
      [after ?? '', limit],
    );
    return found.map((row) => (JSON.parse(row.doc) as FeedbackRecord).feedback);
  }

  async all(): Promise<FeedbackRecord[]> {
    const found = await rows<{ doc: string }>(this.pool, `SELECT doc FROM ${this.schema}.feedback ORDER BY submitted_key, id`);
    return found.map((row) => JSON.parse(row.doc) as FeedbackRecord);
  }

  async create(record: FeedbackRecord, answer?: IdempotentAnswer): Promise<void> {
    await transaction(this.pool, async (client) => {
      await this.insert(client, record);
      if (answer) await storeIdempotentAnswer(client, this.schema, answer);
    });
  }

  /** The write of `create`, inside a transaction on `db`. */
  async insert(db: Queryable, record: FeedbackRecord): Promise<void> {
    const { feedback } = record;
    const inserted = await rows(
      db,
      `INSERT INTO ${this.schema}.feedback (id, version, submitted_key, kind, published, doc) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT DO NOTHING RETURNING seq`,
      [feedback.id, record.version, instantKey(feedback.submittedAt), feedback.kind, feedback.published, JSON.stringify(record)],
    );
    if (inserted.length === 0) throw new StoreConflictError('id', feedback.id, `feedback ${feedback.id} already exists`);
  }

  async replace(record: FeedbackRecord, expectedVersion: number, change?: FeedbackChange): Promise<void> {
    await transaction(this.pool, async (client) => {
      const { feedback } = record;
      const current = await first<{ version: number }>(client, `SELECT version FROM ${this.schema}.feedback WHERE id = $1 FOR UPDATE`, [
        feedback.id,
      ]);
      if (current === undefined) throw new StoreConflictError('id', feedback.id, `there is no feedback ${feedback.id}`);
      if (current.version !== expectedVersion)
        throw new StoreConflictError('version', current.version, `feedback ${feedback.id} changed since it was read`);
      await rows(client, `UPDATE ${this.schema}.feedback SET version = $2, kind = $3, published = $4, doc = $5 WHERE id = $1`, [
        feedback.id,
        record.version,
        feedback.kind,
        feedback.published,
        JSON.stringify(record),
      ]);
      if (change) await this.recordReply(client, feedback, change);
    });
  }

  /** A published reply as an entry of the changes feed. */
  async recordReply(db: Queryable, feedback: Feedback, change: FeedbackChange, numbers: FeedNumbers = fromDatabase): Promise<void> {
    await this.writer.change(
      db,
      {
        departmentId: feedback.departmentId,
        resourceType: 'feedbackReply',
        resourceId: feedback.id,
        note: change,
        title: feedback.subject,
      },
      numbers,
    );
  }
}
