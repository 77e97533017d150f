import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/support/postgres';
import { SCHEMA_VERSION } from './migrations';
import { openPostgresStore } from './open-postgres-store';

describe('PostgreSQL migrations', () => {
  let database: TestDatabase;
  let client: pg.Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await database?.drop();
  });

  it('run once when several replicas open the same schema at the same moment', async () => {
    const stores = await Promise.all(
      Array.from({ length: 6 }, () => openPostgresStore(database.url, { schema: 'replicated', pool: { max: 1 } })),
    );
    const applied = await client.query('SELECT version, name FROM replicated.schema_migrations ORDER BY version');
    expect(applied.rows.map((row) => row.version)).toEqual(Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1));
    // Each store works on the one schema.
    await Promise.all(stores.map((store, i) => store.nextSequence(`n${i % 2}`)));
    const numbers = await client.query('SELECT name, value FROM replicated.sequences ORDER BY name');
    expect(numbers.rows.map((row) => [row.name, Number(row.value)])).toEqual([
      ['n0', 3],
      ['n1', 3],
    ]);
    for (const store of stores) await store.close();
  });

  it('refuse a schema written by a newer department-kit', async () => {
    const store = await openPostgresStore(database.url, { schema: 'newer', pool: { max: 1 } });
    await store.close();
    await client.query(
      "INSERT INTO newer.schema_migrations (version, name, applied_at) VALUES ($1, 'from the future', '2030-01-01T00:00:00Z')",
      [SCHEMA_VERSION + 1],
    );
    await expect(openPostgresStore(database.url, { schema: 'newer' })).rejects.toThrow(/newer than this department-kit knows/);
  });

  it('name the server when there is no database to talk to', async () => {
    await expect(openPostgresStore('postgres://postgres@127.0.0.1:1/nowhere', { schema: 'x' })).rejects.toThrow(/cannot use the schema x/);
  });
});
