import { join } from 'node:path';
import { afterAll } from 'vitest';
import { temporaryDirectory } from '../../../test/support/fixtures';
import { createTestDatabase, type TestDatabase } from '../../../test/support/postgres';
import type { DisclosureStore } from '../disclosure-store';
import { openPostgresStore } from '../postgres/open-postgres-store';
import { openSqliteStore } from '../sqlite/open-sqlite-store';

/** What the suite may tune on either store: when a search stops reading candidates and walks the list order, and stops counting. */
export interface StoreTuning {
  readonly searchScanThreshold?: number;
  /** When a search's count stops and is flagged an estimate. */
  readonly searchCountLimit?: number;
}

/** A store under test, and more stores over the same data (a second connection, other tuning). */
export interface StoreUnderTest {
  readonly store: DisclosureStore;
  sibling(tuning: StoreTuning): Promise<DisclosureStore>;
}

export interface StoreKind {
  readonly name: 'SQLite' | 'PostgreSQL';
  /** A fresh, empty store (its own file or schema); closed and removed by `close`. */
  open(tuning?: StoreTuning): Promise<StoreUnderTest>;
  /** Closes every store opened and removes their files or schemas. */
  closeAll(): Promise<void>;
}

function sqliteKind(): StoreKind {
  const opened: DisclosureStore[] = [];
  const dir = temporaryDirectory('gongkai-contract-');
  let count = 0;
  return {
    name: 'SQLite',
    async open(tuning = {}) {
      count += 1;
      const path = join(dir.path, `store-${count}.db`);
      const open = async (options: StoreTuning) => {
        const store = openSqliteStore(path, options);
        opened.push(store);
        return store;
      };
      return { store: await open(tuning), sibling: open };
    },
    async closeAll() {
      for (const store of opened.splice(0)) await store.close();
      dir.remove();
    },
  };
}

function postgresKind(): StoreKind {
  const opened: DisclosureStore[] = [];
  let database: TestDatabase | undefined;
  let count = 0;
  return {
    name: 'PostgreSQL',
    async open(tuning = {}) {
      database ??= await createTestDatabase();
      const url = database.url;
      count += 1;
      const schema = `contract_${count}`;
      const open = async (options: StoreTuning) => {
        const store = await openPostgresStore(url, { schema, ...options, pool: { max: 4 } });
        opened.push(store);
        return store;
      };
      return { store: await open(tuning), sibling: open };
    },
    async closeAll() {
      for (const store of opened.splice(0)) await store.close();
      await database?.drop();
      database = undefined;
    },
  };
}

/**
 * Both stores, for `describe.each(storeKinds())`: every case of the contract suite runs against
 * each, so the two cannot drift. PostgreSQL cases run in a database of their own, dropped when the
 * file's tests end.
 */
export function storeKinds(): StoreKind[] {
  const kinds = [sqliteKind(), postgresKind()];
  afterAll(async () => {
    for (const kind of kinds) await kind.closeAll();
  });
  return kinds;
}
