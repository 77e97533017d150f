import type Database from 'better-sqlite3';
import type { Department } from '@gongkai/spec';
import type { DisclosureStore, ImportBatch, ProgressListener } from '../disclosure-store';
import { orderedImportWrites } from '../import-order';
import { sqliteAlerts } from './sqlite-alerts';
import { SqliteAnnualReports } from './sqlite-annual-reports';
import { sqliteBudgets } from './sqlite-budgets';
import { SqliteChanges } from './sqlite-changes';
import { openDatabase } from './sqlite-database';
import { sqliteFees } from './sqlite-fees';
import { SqliteFeedback } from './sqlite-feedback';
import { SqliteIdempotencyKeys } from './sqlite-idempotency';
import { SqliteItems, type SqliteItemsOptions } from './sqlite-items';
import { SqliteRequests } from './sqlite-requests';
import { StatementCache } from './statement-cache';

export interface SqliteStoreOptions extends SqliteItemsOptions {}

export interface SqliteStore extends DisclosureStore {
  /** The underlying connection, for benchmarks and maintenance (e.g. `VACUUM`). */
  readonly database: Database.Database;
  readonly idempotency: SqliteIdempotencyKeys;
}

/**
 * A `DisclosureStore` in one SQLite file (or `:memory:`): WAL, schema migrations, FTS5 search.
 * The file can be read by other processes while this one writes.
 */
export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): SqliteStore {
  const db = openDatabase(path);
  const statements = new StatementCache(db);
  const items = new SqliteItems(db, options);
  const fees = sqliteFees(db, options.searchCountLimit);
  const budgets = sqliteBudgets(db);
  const alerts = sqliteAlerts(db);
  const feedback = new SqliteFeedback(db);
  const requests = new SqliteRequests(db);

  const setDepartment = (department: Omit<Department, 'health'>): void => {
    statements
      .get("INSERT INTO settings (key, value) VALUES ('department', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")
      .run(JSON.stringify(department));
  };

  const importBatch = (batch: ImportBatch, onProgress?: ProgressListener): void => {
    const writes = orderedImportWrites<void>(batch, {
      items,
      fees,
      budgets,
      alerts,
      feedback: (record) => feedback.insert(record),
      feedbackReply: (reply, change) => feedback.recordReply(reply, change),
      request: (record) => requests.insert(record),
    });
    db.transaction(() => {
      if (batch.department) setDepartment(batch.department);
      writes.forEach((write, index) => {
        write();
        if (onProgress && ((index + 1) % 5000 === 0 || index + 1 === writes.length)) onProgress(index + 1, writes.length);
      });
    })();
    // Fresh statistics let the planner pick the right index for filtered lists.
    db.pragma('optimize');
  };

  return {
    database: db,
    items,
    fees,
    budgets,
    alerts,
    feedback,
    requests,
    changes: new SqliteChanges(db),
    idempotency: new SqliteIdempotencyKeys(db),
    annualReports: new SqliteAnnualReports(db),
    async getDepartment() {
      const value = statements.get("SELECT value FROM settings WHERE key = 'department'").pluck().get() as string | undefined;
      return value === undefined ? undefined : (JSON.parse(value) as Omit<Department, 'health'>);
    },
    async setDepartment(department) {
      setDepartment(department);
    },
    async nextSequence(name) {
      return statements
        .get('INSERT INTO sequences (name, value) VALUES (?, 1) ON CONFLICT (name) DO UPDATE SET value = value + 1 RETURNING value')
        .pluck()
        .get(name) as number;
    },
    async importBatch(batch, onProgress) {
      importBatch(batch, onProgress);
    },
    async close() {
      if (db.open) db.close();
    },
  };
}
