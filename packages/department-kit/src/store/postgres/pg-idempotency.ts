import type pg from 'pg';
import type { IdempotencyClaim, IdempotencyKeys, IdempotentAnswer, StoredResponse } from '../disclosure-store';
import { first, rows, transaction, type Queryable } from './pg-database';

/** The contract promises keys are kept for at least 24 hours; we keep them 48. */
const RETENTION_MS = 48 * 3_600_000;
/** A claim this old without an answer belongs to a process that died mid-request. */
const ABANDONED_AFTER_MS = 5 * 60_000;

/** Writes a key's answer; called inside the transaction that stores the record it answers for. */
export async function storeIdempotentAnswer(db: Queryable, schema: string, answer: IdempotentAnswer): Promise<void> {
  await rows(db, `UPDATE ${schema}.idempotency_keys SET response = $3 WHERE scope = $1 AND key = $2`, [
    answer.scope,
    answer.key,
    JSON.stringify(answer.response),
  ]);
}

/**
 * Idempotency keys shared by every replica: the claim is an insert on the key's primary key, so of
 * two replicas claiming one key at once the second waits for the first's commit and then finds it.
 */
export class PgIdempotencyKeys implements IdempotencyKeys {
  constructor(
    private readonly pool: pg.Pool,
    private readonly schema: string,
  ) {}

  async claim(scope: string, key: string, fingerprint: string, now: Date): Promise<IdempotencyClaim> {
    const table = `${this.schema}.idempotency_keys`;
    return transaction(this.pool, async (client): Promise<IdempotencyClaim> => {
      await rows(client, `DELETE FROM ${table} WHERE created_at < $1`, [now.getTime() - RETENTION_MS]);
      const inserted = await rows(
        client,
        `INSERT INTO ${table} (scope, key, fingerprint, created_at, response) VALUES ($1, $2, $3, $4, NULL) ON CONFLICT DO NOTHING RETURNING 1`,
        [scope, key, fingerprint, now.getTime()],
      );
      if (inserted.length > 0) return { state: 'claimed' };
      const row = await first<{ fingerprint: string; created_at: number; response: string | null }>(
        client,
        `SELECT fingerprint, created_at, response FROM ${table} WHERE scope = $1 AND key = $2 FOR UPDATE`,
        [scope, key],
      );
      if (row?.response) return { state: 'completed', fingerprint: row.fingerprint, response: JSON.parse(row.response) as StoredResponse };
      if (row && now.getTime() - row.created_at < ABANDONED_AFTER_MS) return { state: 'pending', fingerprint: row.fingerprint };
      await rows(
        client,
        `INSERT INTO ${table} (scope, key, fingerprint, created_at, response) VALUES ($1, $2, $3, $4, NULL)
         ON CONFLICT (scope, key) DO UPDATE SET fingerprint = excluded.fingerprint, created_at = excluded.created_at, response = NULL`,
        [scope, key, fingerprint, now.getTime()],
      );
      return { state: 'claimed' };
    });
  }

  async complete(scope: string, key: string, response: StoredResponse): Promise<void> {
    await rows(this.pool, `UPDATE ${this.schema}.idempotency_keys SET response = $3 WHERE scope = $1 AND key = $2`, [
      scope,
      key,
      JSON.stringify(response),
    ]);
  }

  async release(scope: string, key: string): Promise<void> {
    await rows(this.pool, `DELETE FROM ${this.schema}.idempotency_keys WHERE scope = $1 AND key = $2 AND response IS NULL`, [scope, key]);
  }
}
