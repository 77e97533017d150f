import type Database from 'better-sqlite3';
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
import { HistoryWriter } from './history-writer';
import { keysetCondition, orderBy, type KeysetOrder } from './keyset';
import { pageOf } from '../page-of';
import { listTotalOf, type ListTotal } from '../list-total';
import { StatementCache } from './statement-cache';
import { storeIdempotentAnswer } from './sqlite-idempotency';

const NEWEST_FIRST: KeysetOrder = { expression: 'submitted_key', descending: true };

/** Feedback with its reply and rating; a published reply also enters the changes feed. */
export class SqliteFeedback implements FeedbackCollection {
  private readonly statements: StatementCache;
  private readonly history: HistoryWriter;

  constructor(private readonly db: Database.Database) {
    this.statements = new StatementCache(db);
    this.history = new HistoryWriter(db);
  }

  async get(id: string): Promise<FeedbackRecord | undefined> {
    const doc = this.statements.get('SELECT doc FROM feedback WHERE id = ?').pluck().get(id) as string | undefined;
    return doc === undefined ? undefined : (JSON.parse(doc) as FeedbackRecord);
  }

  /** The conditions of a list query's filters. */
  private filters(query: FeedbackListQuery): { sql: string[]; params: unknown[] } {
    const sql: string[] = [];
    const params: unknown[] = [];
    if (query.publishedOnly) sql.push('published = 1');
    if (query.kind) {
      sql.push('kind = ?');
      params.push(query.kind);
    }
    return { sql, params };
  }

  async count(query: FeedbackListQuery): Promise<ListTotal> {
    const { sql, params } = this.filters(query);
    const where = sql.length ? `WHERE ${sql.join(' AND ')}` : '';
    const count = this.statements
      .get(`SELECT count(*) FROM feedback ${where}`)
      .pluck()
      .get(...params) as number;
    return listTotalOf(count, false);
  }

  async list(query: FeedbackListQuery): Promise<Page<Feedback>> {
    const { sql, params } = this.filters(query);
    if (query.after) {
      const keyset = keysetCondition(NEWEST_FIRST, query.after);
      sql.push(keyset.sql);
      params.push(...keyset.params);
    }
    const where = sql.length ? `WHERE ${sql.join(' AND ')}` : '';
    const rows = this.statements
      .get(`SELECT id, submitted_key, doc FROM feedback ${where} ${orderBy(NEWEST_FIRST)} LIMIT ?`)
      .all(...params, query.limit + 1) as { id: string; submitted_key: string; doc: string }[];
    return pageOf(
      rows,
      query.limit,
      (row) => [row.submitted_key, row.id],
      (row) => (JSON.parse(row.doc) as FeedbackRecord).feedback,
    );
  }

  async exportPage(after: string | undefined, limit: number): Promise<Feedback[]> {
    const docs = this.statements
      .get('SELECT doc FROM feedback WHERE published = 1 AND id > ? ORDER BY id LIMIT ?')
      .pluck()
      .all(after ?? '', limit) as string[];
    return docs.map((doc) => (JSON.parse(doc) as FeedbackRecord).feedback);
  }

  async all(): Promise<FeedbackRecord[]> {
    const docs = this.statements.get('SELECT doc FROM feedback ORDER BY submitted_key, id').pluck().all() as string[];
    return docs.map((doc) => JSON.parse(doc) as FeedbackRecord);
  }

  async create(record: FeedbackRecord, answer?: IdempotentAnswer): Promise<void> {
    this.db.transaction(() => {
      this.insert(record);
      if (answer) storeIdempotentAnswer(this.db, answer);
    })();
  }

  insert(record: FeedbackRecord): void {
    const { feedback } = record;
    if (this.statements.get('SELECT 1 FROM feedback WHERE id = ?').get(feedback.id)) {
      throw new StoreConflictError('id', feedback.id, `feedback ${feedback.id} already exists`);
    }
    this.statements
      .get('INSERT INTO feedback (id, version, submitted_key, kind, published, doc) VALUES (?, ?, ?, ?, ?, ?)')
      .run(
        feedback.id,
        record.version,
        instantKey(feedback.submittedAt),
        feedback.kind,
        feedback.published ? 1 : 0,
        JSON.stringify(record),
      );
  }

  async replace(record: FeedbackRecord, expectedVersion: number, change?: FeedbackChange): Promise<void> {
    this.db.transaction(() => {
      const { feedback } = record;
      const current = this.statements.get('SELECT version FROM feedback WHERE id = ?').pluck().get(feedback.id) as number | undefined;
      if (current === undefined) throw new StoreConflictError('id', feedback.id, `there is no feedback ${feedback.id}`);
      if (current !== expectedVersion)
        throw new StoreConflictError('version', current, `feedback ${feedback.id} changed since it was read`);
      this.statements
        .get('UPDATE feedback SET version = ?, kind = ?, published = ?, doc = ? WHERE id = ?')
        .run(record.version, feedback.kind, feedback.published ? 1 : 0, JSON.stringify(record), feedback.id);
      if (change) this.recordReply(feedback, change);
    })();
  }

  /** A published reply as an entry of the changes feed. */
  recordReply(feedback: Feedback, change: FeedbackChange): void {
    this.history.change({
      departmentId: feedback.departmentId,
      resourceType: 'feedbackReply',
      resourceId: feedback.id,
      note: change,
      title: feedback.subject,
    });
  }
}
