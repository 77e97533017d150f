import { existsSync, rmSync } from 'node:fs';
import { openSqliteStore, type SqliteStore } from '../store/sqlite/open-sqlite-store';

/** SQLite's companions of a database file in WAL mode. */
const COMPANIONS = ['', '-wal', '-shm', '-journal'];

/**
 * A SQLite database a command opens, and a way to leave no trace of it: a command that fails (or
 * a dry run) on a database it created removes the file again, so no empty `.db` is left behind.
 */
export interface CommandDatabase {
  readonly store: SqliteStore;
  /** Whether this command created the file. */
  readonly created: boolean;
  /** Closes the store; removes the files when this command created them and `keep` is false. */
  close(keep: boolean): Promise<void>;
}

export function openCommandDatabase(path: string): CommandDatabase {
  const created = !existsSync(path);
  const store = openSqliteStore(path);
  return {
    store,
    created,
    async close(keep) {
      await store.close();
      if (created && !keep) for (const suffix of COMPANIONS) rmSync(`${path}${suffix}`, { force: true });
    },
  };
}
