import Database from 'better-sqlite3';
import { containsAllTerms } from '../search-terms';
import { migrate } from './migrations';

/**
 * Opens (or creates) the database with the settings the store relies on: WAL so readers never
 * wait for the writer, a busy timeout for a second process, foreign keys, and the `gk_contains`
 * function that checks search candidates.
 */
export function openDatabase(path: string): Database.Database {
  let db: Database.Database;
  try {
    db = new Database(path);
  } catch (cause) {
    throw new Error(`cannot open the SQLite database ${path}: ${(cause as Error).message}`, { cause });
  }
  try {
    if (path !== ':memory:' && path !== '') db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    db.function('gk_contains', { deterministic: true, varargs: true }, (shortText: unknown, body: unknown, ...terms: unknown[]) =>
      containsAllTerms(String(shortText ?? ''), typeof body === 'string' ? body : null, terms.map(String)) ? 1 : 0,
    );
    migrate(db);
  } catch (cause) {
    db.close();
    throw new Error(`cannot use ${path} as a department store: ${(cause as Error).message}`, { cause });
  }
  return db;
}
