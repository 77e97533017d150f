import type Database from 'better-sqlite3';
import type { DisclosureRequest } from '@gongkai/spec';
import {
  StoreConflictError,
  type IdempotentAnswer,
  type Page,
  type RequestCollection,
  type RequestListQuery,
  type RequestRecord,
} from '../disclosure-store';
import { keysetCondition, orderBy, type KeysetOrder } from './keyset';
import { pageOf } from '../page-of';
import { StatementCache } from './statement-cache';
import { storeIdempotentAnswer } from './sqlite-idempotency';

/** Newest first by the order they were filed. */
const NEWEST_FIRST: KeysetOrder = { expression: 'seq', descending: true };

/** Disclosure requests with their event log; personal data never leaves through a public list. */
export class SqliteRequests implements RequestCollection {
  private readonly statements: StatementCache;

  constructor(private readonly db: Database.Database) {
    this.statements = new StatementCache(db);
  }

  async get(trackingNumber: string): Promise<RequestRecord | undefined> {
    const doc = this.statements.get('SELECT doc FROM requests WHERE tracking_number = ?').pluck().get(trackingNumber) as string | undefined;
    return doc === undefined ? undefined : (JSON.parse(doc) as RequestRecord);
  }

  async list(query: RequestListQuery): Promise<Page<DisclosureRequest>> {
    const sql: string[] = [];
    const params: unknown[] = [];
    if (query.status) {
      sql.push('status = ?');
      params.push(query.status);
    }
    if (query.after) {
      const keyset = keysetCondition(NEWEST_FIRST, query.after, 'tracking_number');
      sql.push(keyset.sql);
      params.push(...keyset.params);
    }
    const where = sql.length ? `WHERE ${sql.join(' AND ')}` : '';
    const rows = this.statements
      .get(`SELECT seq, tracking_number, doc FROM requests ${where} ${orderBy(NEWEST_FIRST, 'tracking_number')} LIMIT ?`)
      .all(...params, query.limit + 1) as { seq: number; tracking_number: string; doc: string }[];
    return pageOf(
      rows,
      query.limit,
      (row) => [row.seq, row.tracking_number],
      (row) => (JSON.parse(row.doc) as RequestRecord).request,
    );
  }

  async all(): Promise<DisclosureRequest[]> {
    const docs = this.statements.get('SELECT doc FROM requests ORDER BY seq').pluck().all() as string[];
    return docs.map((doc) => (JSON.parse(doc) as RequestRecord).request);
  }

  async ofApplicantInMonth(identityNumber: string, month: string): Promise<DisclosureRequest[]> {
    const docs = this.statements
      .get('SELECT doc FROM requests WHERE identity_number = ? AND received_on >= ? AND received_on <= ? ORDER BY received_on, seq')
      .pluck()
      .all(identityNumber, `${month}-01`, `${month}-31`) as string[];
    return docs.map((doc) => (JSON.parse(doc) as RequestRecord).request);
  }

  async create(record: RequestRecord, answer?: IdempotentAnswer): Promise<void> {
    this.db.transaction(() => {
      this.insert(record);
      if (answer) storeIdempotentAnswer(this.db, answer);
    })();
  }

  insert(record: RequestRecord): void {
    const { request } = record;
    if (this.statements.get('SELECT 1 FROM requests WHERE tracking_number = ?').get(request.trackingNumber)) {
      throw new StoreConflictError('trackingNumber', request.trackingNumber, `a request ${request.trackingNumber} already exists`);
    }
    this.statements
      .get('INSERT INTO requests (tracking_number, version, status, identity_number, received_on, doc) VALUES (?, ?, ?, ?, ?, ?)')
      .run(
        request.trackingNumber,
        record.version,
        request.status,
        request.applicant.identityProof.number,
        request.receivedOn,
        JSON.stringify(record),
      );
  }

  async replace(record: RequestRecord, expectedVersion: number): Promise<void> {
    this.db.transaction(() => {
      const { request } = record;
      const current = this.statements.get('SELECT version FROM requests WHERE tracking_number = ?').pluck().get(request.trackingNumber) as
        number | undefined;
      if (current === undefined)
        throw new StoreConflictError('trackingNumber', request.trackingNumber, `there is no request ${request.trackingNumber}`);
      if (current !== expectedVersion)
        throw new StoreConflictError('version', current, `request ${request.trackingNumber} changed since it was read`);
      this.statements
        .get('UPDATE requests SET version = ?, status = ?, doc = ? WHERE tracking_number = ?')
        .run(record.version, request.status, JSON.stringify(record), request.trackingNumber);
    })();
  }
}
