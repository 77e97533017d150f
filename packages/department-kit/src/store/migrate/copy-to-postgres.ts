import { createHash } from 'node:crypto';
import type { DisclosureItem } from '@gongkai/spec';
import { searchText } from '../search-terms';
import type { PostgresStore } from '../postgres/open-postgres-store';
import { first, rows, storable, transaction } from '../postgres/pg-database';
import type { SqliteStore } from '../sqlite/open-sqlite-store';

export interface CopiedTable {
  readonly table: string;
  readonly rows: number;
}

export interface CopySummary {
  readonly departmentId: string;
  readonly tables: readonly CopiedTable[];
  /** The last number of the changes feed, the same in both. */
  readonly latestSequence: number;
  /** sha256 of the changes feed and of every revision, in order, computed on each side after the copy. */
  readonly digests: { readonly changes: string; readonly revisions: string };
}

/** Tables of the PostgreSQL store that are its own bookkeeping, not the department's records. */
const OWN_TABLES = new Set(['schema_migrations', 'feed_position']);

/** Columns the PostgreSQL store computes itself rather than copies. */
const COMPUTED: Readonly<Record<string, (row: Record<string, unknown>) => Record<string, unknown>>> = {
  // PostgreSQL searches one text of every field, body included, folded as JavaScript folds it.
  items: (row) => {
    const item = JSON.parse(String(row['summary_doc'])) as DisclosureItem;
    const body = typeof row['body'] === 'string' ? row['body'] : undefined;
    return { search_text: searchText([item.title, item.summary, item.documentNumber, ...item.keywords, body]) };
  },
};

const ORDER: Readonly<Record<string, string>> = {
  changes: 'sequence',
  revisions: 'resource_type, resource_id, revision',
  item_topics: 'item_seq, topic',
  idempotency_keys: 'scope, key',
  annual_reports: 'year',
  settings: 'key',
  sequences: 'name',
};

const BATCH = 500;

/**
 * Copies a department from its SQLite file into an empty PostgreSQL schema, table by table and
 * row by row, keeping every key: the same record ids and internal row numbers, every revision,
 * the changes feed with its sequence numbers, the request records with their event logs, the
 * numbering sequences and the idempotency keys. One transaction: a failed copy leaves the schema
 * empty. Then counts and digests are compared on both sides.
 */
export async function copyToPostgres(
  source: SqliteStore,
  target: PostgresStore,
  onProgress?: (table: string, copied: number, total: number) => void,
): Promise<CopySummary> {
  const department = await source.getDepartment();
  if (!department) throw new Error('the SQLite database holds no department (nothing was imported into it)');
  const s = `"${target.schema}"`;
  const tables = (
    await rows<{ table_name: string }>(
      target.pool,
      "SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE' ORDER BY table_name",
      [target.schema],
    )
  )
    .map((row) => row.table_name)
    .filter((table) => !OWN_TABLES.has(table));
  // Parents before children: item_topics refers to items.
  tables.sort((a, b) => Number(a === 'item_topics') - Number(b === 'item_topics'));

  const held = await first<{ n: number }>(
    target.pool,
    `SELECT (SELECT count(*) FROM ${s}.settings) + (SELECT count(*) FROM ${s}.changes) AS n`,
  );
  if (Number(held!.n) > 0)
    throw new Error(
      `the schema ${target.schema} already holds a department; copy into an empty schema (DROP SCHEMA ${target.schema} CASCADE first)`,
    );

  const copied: CopiedTable[] = [];
  await transaction(target.pool, async (client) => {
    await rows(client, `SELECT last_sequence FROM ${s}.feed_position FOR UPDATE`);
    for (const table of tables) {
      const sourceColumns = new Set(source.database.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[]);
      if (sourceColumns.size === 0)
        throw new Error(`the SQLite database has no table ${table}; upgrade it by opening it with this version first`);
      const targetColumns = (
        await rows<{ column_name: string; is_identity: string }>(
          client,
          'SELECT column_name, is_identity FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position',
          [target.schema, table],
        )
      ).map((row) => ({ name: row.column_name, identity: row.is_identity === 'YES' }));
      const computed = COMPUTED[table];
      const computedNames = new Set(computed ? Object.keys(computed({ summary_doc: '{"keywords":[]}', body: null })) : []);
      const columns = targetColumns.filter((column) => sourceColumns.has(column.name) && !computedNames.has(column.name));
      const missing = targetColumns.filter((column) => !sourceColumns.has(column.name) && !computedNames.has(column.name));
      if (missing.length) throw new Error(`the SQLite table ${table} lacks ${missing.map((c) => c.name).join(', ')}`);
      const names = [...columns.map((c) => c.name), ...computedNames];
      const overriding = columns.some((column) => column.identity) ? 'OVERRIDING SYSTEM VALUE' : '';
      const total = source.database.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
      const select = source.database.prepare(
        `SELECT ${columns.map((c) => c.name).join(', ')}${computed ? ', summary_doc, body' : ''} FROM ${table} ORDER BY ${ORDER[table] ?? 'seq'}`,
      );
      let batch: unknown[][] = [];
      let done = 0;
      const flush = async () => {
        if (batch.length === 0) return;
        const placeholders = batch.map((_, r) => `(${names.map((_, c) => `$${r * names.length + c + 1}`).join(', ')})`);
        await client.query(
          `INSERT INTO ${s}.${table} (${names.join(', ')}) ${overriding} VALUES ${placeholders.join(', ')}`,
          batch.flat().map(storable),
        );
        done += batch.length;
        onProgress?.(table, done, total);
        batch = [];
      };
      for (const row of select.iterate() as IterableIterator<Record<string, unknown>>) {
        const extra = computed ? computed(row) : {};
        batch.push(names.map((name) => (name in extra ? extra[name] : row[name])));
        if (batch.length === BATCH) await flush();
      }
      await flush();
      copied.push({ table, rows: total });
    }
    await rows(client, `UPDATE ${s}.feed_position SET last_sequence = (SELECT coalesce(max(sequence), 0) FROM ${s}.changes)`);
    // Identity columns continue after the copied row numbers.
    for (const table of tables) {
      const identity = await first<{ column_name: string }>(
        client,
        "SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 AND is_identity = 'YES'",
        [target.schema, table],
      );
      if (identity)
        await client.query(
          `SELECT setval(pg_get_serial_sequence('${s}.${table}', '${identity.column_name}'), (SELECT coalesce(max(${identity.column_name}), 0) + 1 FROM ${s}.${table}), false)`,
        );
    }
  });
  await target.pool.query(`ANALYZE ${tables.map((table) => `${s}.${table}`).join(', ')}`);
  return { departmentId: department.id, tables: copied, ...(await verify(source, target, copied)) };
}

/** Counts each table on both sides, and digests the changes feed and the revisions in order on both; any difference throws. */
async function verify(source: SqliteStore, target: PostgresStore, copied: readonly CopiedTable[]) {
  const s = `"${target.schema}"`;
  for (const { table, rows: expected } of copied) {
    const found = await first<{ n: number }>(target.pool, `SELECT count(*) AS n FROM ${s}.${table}`);
    if (Number(found!.n) !== expected)
      throw new Error(`verification failed: ${table} has ${expected} rows in SQLite but ${found!.n} in PostgreSQL`);
  }
  const changes = 'sequence, department_id, resource_type, resource_id, action, revision, occurred_at, title';
  const revisions = 'resource_type, resource_id, revision, action, recorded_at, changed_fields, note, doc';
  const digest = (list: readonly Record<string, unknown>[], columns: string) => {
    const hash = createHash('sha256');
    for (const row of list) hash.update(JSON.stringify(columns.split(', ').map((column) => row[column] ?? null)));
    return hash.digest('hex');
  };
  const sqliteRows = (sql: string) => source.database.prepare(sql).all() as Record<string, unknown>[];
  const sides = {
    changes: [
      digest(sqliteRows(`SELECT ${changes} FROM changes ORDER BY sequence`), changes),
      digest(await rows(target.pool, `SELECT ${changes} FROM ${s}.changes ORDER BY sequence`), changes),
    ],
    revisions: [
      digest(sqliteRows(`SELECT ${revisions} FROM revisions ORDER BY resource_type, resource_id, revision`), revisions),
      digest(
        await rows(target.pool, `SELECT ${revisions} FROM ${s}.revisions ORDER BY resource_type, resource_id COLLATE "C", revision`),
        revisions,
      ),
    ],
  };
  for (const [name, [inSqlite, inPostgres]] of Object.entries(sides))
    if (inSqlite !== inPostgres) throw new Error(`verification failed: the ${name} differ between SQLite and PostgreSQL`);
  return { latestSequence: await target.changes.latestSequence(), digests: { changes: sides.changes[0]!, revisions: sides.revisions[0]! } };
}
