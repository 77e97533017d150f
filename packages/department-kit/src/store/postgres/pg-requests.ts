import type pg from 'pg';
import type { DisclosureRequest } from '@gongkai/spec';
import {
  StoreConflictError,
  type IdempotentAnswer,
  type Page,
  type RequestCollection,
  type RequestListQuery,
  type RequestRecord,
} from '../disclosure-store';
import { storeIdempotentAnswer } from './pg-idempotency';
import { pageOf } from '../page-of';
import { first, Parameters, rows, transaction, type Queryable } from './pg-database';
import { keysetCondition, orderBy, type KeysetOrder } from './pg-keyset';

/** Newest first by the order they were filed. */
const NEWEST_FIRST: KeysetOrder = { expression: 'seq', descending: true };

/** Disclosure requests with their event log; personal data never leaves through a public list. */
export class PgRequests implements RequestCollection {
  constructor(
    private readonly pool: pg.Pool,
    private readonly schema: string,
  ) {}

  async get(trackingNumber: string): Promise<RequestRecord | undefined> {
    const row = await first<{ doc: string }>(this.pool, `SELECT doc FROM ${this.schema}.requests WHERE tracking_number = $1`, [
      trackingNumber,
    ]);
    return row === undefined ? undefined : (JSON.parse(row.doc) as RequestRecord);
  }

  async list(query: RequestListQuery): Promise<Page<DisclosureRequest>> {
    const parameters = new Parameters();
    const where: string[] = [];
    if (query.status) where.push(`status = ${parameters.add(query.status)}`);
    if (query.after) where.push(keysetCondition(NEWEST_FIRST, query.after, parameters, 'tracking_number'));
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const limit = parameters.add(query.limit + 1);
    const found = await rows<{ seq: number; tracking_number: string; doc: string }>(
      this.pool,
      `SELECT seq, tracking_number, doc FROM ${this.schema}.requests ${clause} ${orderBy(NEWEST_FIRST, 'tracking_number')} LIMIT ${limit}`,
      parameters.values,
    );
    return pageOf(
      found,
      query.limit,
      (row) => [row.seq, row.tracking_number],
      (row) => (JSON.parse(row.doc) as RequestRecord).request,
    );
  }

  async all(): Promise<DisclosureRequest[]> {
    const found = await rows<{ doc: string }>(this.pool, `SELECT doc FROM ${this.schema}.requests ORDER BY seq`);
    return found.map((row) => (JSON.parse(row.doc) as RequestRecord).request);
  }

  async ofApplicantInMonth(identityNumber: string, month: string): Promise<DisclosureRequest[]> {
    const found = await rows<{ doc: string }>(
      this.pool,
      `SELECT doc FROM ${this.schema}.requests WHERE identity_number = $1 AND received_on >= $2 AND received_on <= $3 ORDER BY received_on, seq`,
      [identityNumber, `${month}-01`, `${month}-31`],
    );
    return found.map((row) => (JSON.parse(row.doc) as RequestRecord).request);
  }

  async create(record: RequestRecord, answer?: IdempotentAnswer): Promise<void> {
    await transaction(this.pool, async (client) => {
      await this.insert(client, record);
      if (answer) await storeIdempotentAnswer(client, this.schema, answer);
    });
  }

  /** The write of `create`, inside a transaction on `db`. */
  async insert(db: Queryable, record: RequestRecord): Promise<void> {
    const { request } = record;
    const inserted = await rows(
      db,
      `INSERT INTO ${this.schema}.requests (tracking_number, version, status, identity_number, received_on, doc) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT DO NOTHING RETURNING seq`,
      [
        request.trackingNumber,
        record.version,
        request.status,
        request.applicant.identityProof.number,
        request.receivedOn,
        JSON.stringify(record),
      ],
    );
    if (inserted.length === 0)
      throw new StoreConflictError('trackingNumber', request.trackingNumber, `a request ${request.trackingNumber} already exists`);
  }

  async replace(record: RequestRecord, expectedVersion: number): Promise<void> {
    await transaction(this.pool, async (client) => {
      const { request } = record;
      const current = await first<{ version: number }>(
        client,
        `SELECT version FROM ${this.schema}.requests WHERE tracking_number = $1 FOR UPDATE`,
        [request.trackingNumber],
      );
      if (current === undefined)
        throw new StoreConflictError('trackingNumber', request.trackingNumber, `there is no request ${request.trackingNumber}`);
      if (current.version !== expectedVersion)
        throw new StoreConflictError('version', current.version, `request ${request.trackingNumber} changed since it was read`);
      await rows(client, `UPDATE ${this.schema}.requests SET version = $2, status = $3, doc = $4 WHERE tracking_number = $1`, [
        request.trackingNumber,
        record.version,
        request.status,
        JSON.stringify(record),
      ]);
    });
  }
}
