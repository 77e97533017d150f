import type Database from 'better-sqlite3';
import type { IdempotencyClaim, IdempotencyKeys, IdempotentAnswer, StoredResponse } from '../disclosure-store';
import { StatementCache } from './statement-cache';

/** The contract promises keys are kept for at least 24 hours; we keep them 48. */
const RETENTION_MS = 48 * 3_600_000;
/** A claim this old without an answer belongs to a process that died mid-request. */
const ABANDONED_AFTER_MS = 5 * 60_000;

/** Writes a key's answer; called inside the transaction that stores the record it answers for. */
export function storeIdempotentAnswer(db: Database.Database, answer: IdempotentAnswer): void {
  db.prepare('UPDATE idempotency_keys SET response = ? WHERE scope = ? AND key = ?').run(
    JSON.stringify(answer.response),
    answer.scope,
    answer.key,
  );
}

export class SqliteIdempotencyKeys implements IdempotencyKeys {
  private readonly statements: StatementCache;

  constructor(private readonly db: Database.Database) {
    this.statements = new StatementCache(db);
  }

  /**
   * Forgets every claim without an answer: for the process that serves the file, when it starts.
   * One process serves a SQLite file, so such a claim belongs to a run that died mid-request and
   * wrote nothing (record and answer commit together); a retry after the restart then files at
   * once instead of waiting minutes for the claim to count as abandoned.
   */
  forgetUnanswered(): number {
    return this.statements.get('DELETE FROM idempotency_keys WHERE response IS NULL').run().changes;
  }

  async claim(scope: string, key: string, fingerprint: string, now: Date): Promise<IdempotencyClaim> {
    return this.db.transaction((): IdempotencyClaim => {
      this.statements.get('DELETE FROM idempotency_keys WHERE created_at < ?').run(now.getTime() - RETENTION_MS);
      const row = this.statements
        .get('SELECT fingerprint, created_at, response FROM idempotency_keys WHERE scope = ? AND key = ?')
        .get(scope, key) as { fingerprint: string; created_at: number; response: string | null } | undefined;
      if (row?.response) return { state: 'completed', fingerprint: row.fingerprint, response: JSON.parse(row.response) as StoredResponse };
      if (row && now.getTime() - row.created_at < ABANDONED_AFTER_MS) return { state: 'pending', fingerprint: row.fingerprint };
      this.statements
        .get('INSERT OR REPLACE INTO idempotency_keys (scope, key, fingerprint, created_at, response) VALUES (?, ?, ?, ?, NULL)')
        .run(scope, key, fingerprint, now.getTime());
      return { state: 'claimed' };
    })();
  }

  async complete(scope: string, key: string, response: StoredResponse): Promise<void> {
    this.statements.get('UPDATE idempotency_keys SET response = ? WHERE scope = ? AND key = ?').run(JSON.stringify(response), scope, key);
  }

  async release(scope: string, key: string): Promise<void> {
    this.statements.get('DELETE FROM idempotency_keys WHERE scope = ? AND key = ? AND response IS NULL').run(scope, key);
  }
}
