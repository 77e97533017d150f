import type pg from 'pg';
import type { Department } from '@gongkai/spec';
import type { DisclosureStore, ImportBatch, ProgressListener } from '../disclosure-store';
import { orderedImportWrites } from '../import-order';
import { migrate } from './migrations';
import { pgAlerts } from './pg-alerts';
import { PgAnnualReports } from './pg-annual-reports';
import { pgBudgets } from './pg-budgets';
import { PgChanges } from './pg-changes';
import { createPool, first, quoteIdentifier, rows, transaction, type PoolOptions } from './pg-database';
import { pgFees } from './pg-fees';
import { PgFeedback } from './pg-feedback';
import type { FeedNumbers } from './pg-history';
import { PgIdempotencyKeys } from './pg-idempotency';
import { PgItems, type PgItemsOptions } from './pg-items';
import { PgRequests } from './pg-requests';

export interface PostgresStoreOptions extends PgItemsOptions {
  /** The schema that holds this department's tables (created when missing); see `departmentSchema`. */
  readonly schema: string;
  /** For a store that opens its own pool from a connection string. */
  readonly pool?: PoolOptions;
}

export interface PostgresStore extends DisclosureStore {
  /** The pool the store queries through, for maintenance and benchmarks. */
  readonly pool: pg.Pool;
  readonly schema: string;
}

/** The schema of a department's tables: `gk_` and its id with `_` for `-` (ids hold no `_`, so no two departments share one). */
export function departmentSchema(departmentId: string): string {
  return `gk_${departmentId.replaceAll('-', '_')}`;
}

const TABLES = ['items', 'item_topics', 'revisions', 'changes', 'fees', 'budgets', 'alerts', 'feedback', 'requests'];

/**
 * A `DisclosureStore` in one schema of a PostgreSQL database. Several processes may open the same
 * schema at once (replicas): migrations run once under an advisory lock, every write is one
 * transaction that compares and sets the revision it read, and the changes feed is numbered in
 * commit order. Given a connection string the store opens (and closes) a pool of its own; given a
 * pool (one per deployment, shared by its departments) it only borrows it.
 */
export async function openPostgresStore(database: string | pg.Pool, options: PostgresStoreOptions): Promise<PostgresStore> {
  const ownPool = typeof database === 'string';
  const pool = ownPool ? createPool(database, options.pool) : database;
  try {
    await migrate(pool, options.schema);
  } catch (cause) {
    if (ownPool) await pool.end();
    throw new Error(`cannot use the schema ${options.schema} as a department store: ${(cause as Error).message}`, { cause });
  }
  const s = quoteIdentifier(options.schema);
  const items = new PgItems(pool, s, options);
  const fees = pgFees(pool, s, options.searchCountLimit);
  const budgets = pgBudgets(pool, s);
  const alerts = pgAlerts(pool, s);
  const feedback = new PgFeedback(pool, s);
  const requests = new PgRequests(pool, s);

  const setDepartment = async (db: pg.Pool | pg.PoolClient, department: Omit<Department, 'health'>) => {
    await rows(
      db,
      `INSERT INTO ${s}.settings (key, value) VALUES ('department', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
      [JSON.stringify(department)],
    );
  };

  /**
   * One transaction that holds the feed position from the start, so the batch's changes take
   * consecutive numbers in the order `orderedImportWrites` gives, and no other write interleaves.
   */
  const importBatch = async (batch: ImportBatch, onProgress?: ProgressListener) => {
    await transaction(pool, async (client) => {
      const position = await first<{ last_sequence: number }>(client, `SELECT last_sequence FROM ${s}.feed_position FOR UPDATE`);
      let last = position!.last_sequence;
      const numbers: FeedNumbers = { next: () => (last += 1) };
      const writes = orderedImportWrites<Promise<void>>(batch, {
        items: { insert: (r, n) => items.insert(client, r, n, numbers), update: (r, e, n) => items.update(client, r, e, n, numbers) },
        fees: { insert: (r, n) => fees.insert(client, r, n, numbers), update: (r, e, n) => fees.update(client, r, e, n, numbers) },
        budgets: { insert: (r, n) => budgets.insert(client, r, n, numbers), update: (r, e, n) => budgets.update(client, r, e, n, numbers) },
        alerts: { insert: (r, n) => alerts.insert(client, r, n, numbers), update: (r, e, n) => alerts.update(client, r, e, n, numbers) },
        feedback: (record) => feedback.insert(client, record),
        feedbackReply: (reply, change) => feedback.recordReply(client, reply, change, numbers),
        request: (record) => requests.insert(client, record),
      });
      if (batch.department) await setDepartment(client, batch.department);
      for (const [index, write] of writes.entries()) {
        await write();
        if (onProgress && ((index + 1) % 5000 === 0 || index + 1 === writes.length)) onProgress(index + 1, writes.length);
      }
      await rows(client, `UPDATE ${s}.feed_position SET last_sequence = $1`, [last]);
    });
    // Fresh statistics let the planner pick the right index for filtered lists.
    await pool.query(`ANALYZE ${TABLES.map((table) => `${s}.${table}`).join(', ')}`);
  };

  return {
    pool,
    schema: options.schema,
    items,
    fees,
    budgets,
    alerts,
    feedback,
    requests,
    changes: new PgChanges(pool, s),
    idempotency: new PgIdempotencyKeys(pool, s),
    annualReports: new PgAnnualReports(pool, s),
    async getDepartment() {
      const row = await first<{ value: string }>(pool, `SELECT value FROM ${s}.settings WHERE key = 'department'`);
      return row === undefined ? undefined : (JSON.parse(row.value) as Omit<Department, 'health'>);
    },
    async setDepartment(department) {
      await setDepartment(pool, department);
    },
    async nextSequence(name) {
      const row = await first<{ value: number }>(
        pool,
        `INSERT INTO ${s}.sequences (name, value) VALUES ($1, 1) ON CONFLICT (name) DO UPDATE SET value = sequences.value + 1 RETURNING value`,
        [name],
      );
      return row!.value;
    },
    importBatch,
    async close() {
      if (ownPool) await pool.end();
    },
  };
}
