import type Database from 'better-sqlite3';
import type { Department } from '@gongkai/spec';
import type { DisclosureStore, ImportBatch, ImportedHistory, ProgressListener, RevisionNote } from '../disclosure-store';
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
import { instantKey } from '../../time/china-time';

export interface SqliteStoreOptions extends SqliteItemsOptions {}

export interface SqliteStore extends DisclosureStore {
  /** The underlying connection, for benchmarks and maintenance (e.g. `VACUUM`). */
  readonly database: Database.Database;
}

/**
 * A `DisclosureStore` in one SQLite file (or `:memory:`): WAL, schema migrations, FTS5 search.
 * The file can be read by other processes while this one writes.
 */
export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): SqliteStore {
  const db = openDatabase(path);
  const statements = new StatementCache(db);
  const items = new SqliteItems(db, options);
  const fees = sqliteFees(db);
  const budgets = sqliteBudgets(db);
  const alerts = sqliteAlerts(db);
  const feedback = new SqliteFeedback(db);
  const requests = new SqliteRequests(db);

  const setDepartment = (department: Omit<Department, 'health'>): void => {
    statements
      .get("INSERT INTO settings (key, value) VALUES ('department', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")
      .run(JSON.stringify(department));
  };

  /** Every revision of the batch in the order it happened, so the changes feed reads chronologically. */
  const importBatch = (batch: ImportBatch, onProgress?: ProgressListener): void => {
    type Step = { at: string; write: () => void };
    const steps: Step[] = [];
    const histories = <T extends { id: string; revision?: number }>(
      list: readonly ImportedHistory<T>[],
      target: { insert(record: T, note: RevisionNote): void; update(record: T, expectedRevision: number, note: RevisionNote): void },
    ) => {
      for (const { revisions, continuesRevision } of list) {
        revisions.forEach(({ record, note }, index) => {
          const previous = index > 0 ? (revisions[index - 1]!.record.revision ?? 1) : continuesRevision;
          steps.push({
            at: note.at,
            write: () => (previous !== undefined ? target.update(record, previous, note) : target.insert(record, note)),
          });
        });
      }
    };
    histories(batch.items, items);
    histories(batch.fees, fees);
    histories(batch.budgets, budgets);
    histories(batch.alerts, alerts);
    for (const { record, change } of batch.feedback) {
      steps.push({ at: record.feedback.submittedAt, write: () => feedback.insert(record) });
      // The reply enters the feed when it was given, not when the question came in.
      if (change) steps.push({ at: change.at, write: () => feedback.recordReply(record.feedback, change) });
    }
    for (const record of batch.requests)
      steps.push({ at: record.request.submittedAt ?? `${record.request.receivedOn}T00:00:00+08:00`, write: () => requests.insert(record) });
    steps.sort((a, b) => (instantKey(a.at) < instantKey(b.at) ? -1 : instantKey(a.at) > instantKey(b.at) ? 1 : 0));
    db.transaction(() => {
      if (batch.department) setDepartment(batch.department);
      steps.forEach((step, index) => {
        step.write();
        if (onProgress && ((index + 1) % 5000 === 0 || index + 1 === steps.length)) onProgress(index + 1, steps.length);
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
