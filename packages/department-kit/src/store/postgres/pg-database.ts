import { createHash } from 'node:crypto';
import pg from 'pg';

/** A pool or one of its clients (inside a transaction). */
export type Queryable = pg.Pool | pg.PoolClient;

/**
 * `bigint` columns (sequences, identity keys) come back as numbers: every value the store keeps
 * there stays far below 2^53, and the interface speaks numbers. Only this pool's clients parse so.
 */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.INT8
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

export interface PoolOptions {
  /** Connections at most (default 10): see docs/operations.md for sizing against `max_connections`. */
  readonly max?: number;
  /** Name shown in `pg_stat_activity.application_name`. */
  readonly applicationName?: string;
}

export function createPool(connectionString: string, options: PoolOptions = {}): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 10,
    application_name: options.applicationName ?? 'gongkai-department',
    // A statement that runs this long is a bug or a lock pile-up; fail it rather than hang a request.
    statement_timeout: 30_000,
    idleTimeoutMillis: 30_000,
    types,
  });
  // An idle client that loses its connection (a database restart) is dropped by the pool; without a
  // listener the 'error' event would end the process.
  pool.on('error', () => {});
  return pool;
}

/**
 * PostgreSQL text cannot hold U+0000, which JSON and SQLite can. Records are stored as JSON (where
 * it is escaped, so they come back exact); in the plain text columns (a body, a search text, a
 * title in the feed) it is stored as U+FFFE, a noncharacter, and search terms are mapped alike, so
 * such input is stored and found instead of failing the write.
 */
export function storable(value: unknown): unknown {
  if (typeof value === 'string') return value.includes('\u0000') ? value.replaceAll('\u0000', '\uFFFE') : value;
  if (Array.isArray(value)) return value.map(storable);
  return value;
}

/**
 * Runs `text` as a named prepared statement: parsed and planned once per connection, then only
 * executed. The name is derived from the text, so one text always has one name.
 */
export async function rows<R>(db: Queryable, text: string, values: readonly unknown[] = []): Promise<R[]> {
  const name = `gk_${createHash('sha1').update(text).digest('base64url').slice(0, 22)}`;
  const result = await db.query<R & pg.QueryResultRow>({ name, text, values: values.map(storable) });
  return result.rows;
}

export async function first<R>(db: Queryable, text: string, values: readonly unknown[] = []): Promise<R | undefined> {
  return (await rows<R>(db, text, values))[0];
}

/** Runs `work` in one transaction on one client: committed when it resolves, rolled back when it throws. */
export async function transaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/**
 * Runs `work` in a read-only transaction in which the planner does not scan whole tables: for the
 * item lists, every access path is an index, and the planner's estimates for a substring pattern
 * on long texts are unreliable (ANALYZE skips values wider than 1 kB), so it must not pick a scan
 * that evaluates the pattern row by row (nor start parallel workers, which cost more than a page
 * takes to read). Each list statement is planned with its values: a generic plan, which knows
 * neither the page size nor the term, walked a whole index and sorted it (100 ms instead of 2 at
 * 100 000 items). No JIT: the gram index's function is costed high on purpose, which made every
 * plan that reads it look worth compiling (15 ms of compiling for a 0.1 ms query). One snapshot also makes the plan's counts and the page agree.
 */
export async function indexedRead<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query(
      'BEGIN READ ONLY; SET LOCAL enable_seqscan = off; SET LOCAL max_parallel_workers_per_gather = 0; SET LOCAL plan_cache_mode = force_custom_plan; SET LOCAL jit = off',
    );
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/** Whether `error` is PostgreSQL's unique violation, optionally of this constraint. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const pgError = error as { code?: string; constraint?: string };
  return pgError?.code === '23505' && (constraint === undefined || pgError.constraint === constraint);
}

/** `"name"`, safe for any text. */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Builds `$1, $2, …` placeholders while collecting their values. */
export class Parameters {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * Runs `work` while holding a session advisory lock named by `name` (for example a department's
 * first import): replicas that start together take turns, and each finds what the one before did.
 */
export async function exclusively<T>(pool: pg.Pool, name: string, work: () => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [`gongkai:${name}`]);
    try {
      return await work();
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [`gongkai:${name}`]);
    }
  } finally {
    client.release();
  }
}
