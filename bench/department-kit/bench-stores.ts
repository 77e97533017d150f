/**
 * The two stores of the benchmark, built once with the same generated items and reused by later
 * runs: a SQLite file in the temporary directory and a schema in a PostgreSQL database of its own
 * (`gongkai_bench`, created on the server the URL names).
 */
import { rmSync, statSync } from 'node:fs';
import pg from 'pg';
import type { DisclosureItem } from '@gongkai/spec';
import {
  departmentSchema,
  openPostgresStore,
  openSqliteStore,
  type DisclosureStore,
  type ImportBatch,
  type PostgresStore,
  type SortKey,
} from '@gongkai/department-kit';
import { BENCH_DEPARTMENT, generateItems } from './generate-items';

export interface BenchStore {
  readonly name: 'SQLite' | 'PostgreSQL';
  readonly store: DisclosureStore;
  /** The cheapest read the database does: one row by primary key, on the store's connection. */
  selectById(id: string): unknown;
  /** 1 000 random ids and 200 random positions to resume a list from. */
  samples(): Promise<{ ids: string[]; positions: SortKey[] }>;
  describe(): string;
  close(): Promise<void>;
}

function batchOf(count: number): ImportBatch {
  const items: { revisions: { record: DisclosureItem; note: { action: 'created'; at: string } }[] }[] = [];
  for (const item of generateItems(count)) items.push({ revisions: [{ record: item, note: { action: 'created', at: item.publishedAt } }] });
  return { items, fees: [], budgets: [], alerts: [], feedback: [], requests: [] };
}

async function fill(store: DisclosureStore, name: string, count: number, where: string): Promise<void> {
  const started = Date.now();
  process.stderr.write(`generating ${count} items into ${where} (${name})…\n`);
  await store.importBatch(batchOf(count), (done, total) => {
    if (done % 20_000 === 0 || done === total) process.stderr.write(`  ${done} / ${total}\n`);
  });
  process.stderr.write(`built in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
}

export async function openBenchSqlite(path: string, count: number, fresh: boolean): Promise<BenchStore> {
  if (fresh) for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
  const store = openSqliteStore(path);
  const have = store.database.prepare('SELECT count(*) FROM items').pluck().get() as number;
  if (have !== count) {
    if (have !== 0) throw new Error(`${path} holds ${have} items, not ${count}; run with --fresh`);
    await fill(store, 'SQLite', count, path);
    store.database.pragma('wal_checkpoint(TRUNCATE)');
  }
  const pk = store.database.prepare('SELECT summary_doc FROM items WHERE id = ?');
  return {
    name: 'SQLite',
    store,
    selectById: (id) => pk.get(id),
    async samples() {
      const ids = store.database.prepare('SELECT id FROM items ORDER BY random() LIMIT 1000').pluck().all() as string[];
      const positions = store.database.prepare('SELECT published_key, id FROM items ORDER BY random() LIMIT 200').raw().all() as SortKey[];
      return { ids, positions };
    },
    describe: () => `${path} (${(statSync(path).size / 1e6).toFixed(0)} MB)`,
    close: () => store.close(),
  };
}

const BENCH_DATABASE = 'gongkai_bench';

export async function openBenchPostgres(serverUrl: string, count: number, fresh: boolean): Promise<BenchStore> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [BENCH_DATABASE]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${BENCH_DATABASE}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${BENCH_DATABASE}`;
  const schema = departmentSchema(BENCH_DEPARTMENT);
  if (fresh) {
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.end();
  }
  const store: PostgresStore = await openPostgresStore(url.toString(), { schema, pool: { max: 2 } });
  const count0 = await store.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${schema}.items`);
  const have = count0.rows[0]!.n;
  if (have !== count) {
    if (have !== 0) throw new Error(`${url} schema ${schema} holds ${have} items, not ${count}; run with --fresh`);
    await fill(store, 'PostgreSQL', count, `${url} schema ${schema}`);
    // Set the visibility map, so bitmap scans that only count need not visit the table.
    await store.pool.query(`VACUUM (ANALYZE) ${schema}.items`);
  }
  const size = await store.pool.query<{ bytes: number }>(
    `SELECT sum(pg_total_relation_size(c.oid))::float8 AS bytes FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relkind = 'r'`,
    [schema],
  );
  const bytes = size.rows[0]!.bytes;
  return {
    name: 'PostgreSQL',
    store,
    selectById: (id) => store.pool.query({ name: 'bench_pk', text: `SELECT summary_doc FROM ${schema}.items WHERE id = $1`, values: [id] }),
    async samples() {
      throw new Error('samples come from the SQLite store');
    },
    describe: () => `${url} schema ${schema} (${(bytes / 1e6).toFixed(0)} MB with indexes)`,
    close: () => store.close(),
  };
}
