import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The PostgreSQL the tests use (CI starts it): trust authentication for `postgres` on loopback. */
export const POSTGRES_URL = process.env['GONGKAI_TEST_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  /** A connection string to the new database. */
  readonly url: string;
  readonly name: string;
  /** Drops the database (closing whatever is still connected to it). */
  drop(): Promise<void>;
}

async function onServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `no PostgreSQL at ${POSTGRES_URL} (${(error as Error).message}); start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start`,
      { cause: error },
    );
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A database of its own for one test file, so nothing it writes meets another test's data; drop it at the end. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `gk_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await onServer((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: () => onServer((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
