import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeItem } from '../../../test/support/fixtures';
import { createTestDatabase, type TestDatabase } from '../../../test/support/postgres';
import { openPostgresStore, type PostgresStore } from './open-postgres-store';

/** Until `check` holds, asking again whenever the database answers (no sleeping on a guess). */
async function until(check: () => Promise<boolean>): Promise<void> {
  while (!(await check())) await new Promise((resolve) => setImmediate(resolve));
}

describe('PostgreSQL changes feed numbering', () => {
  let database: TestDatabase;
  let store: PostgresStore;
  let other: pg.Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    store = await openPostgresStore(database.url, { schema: 'feed_order', pool: { max: 4 } });
    other = new pg.Client({ connectionString: database.url });
    await other.connect();
  });
  afterAll(async () => {
    await other?.end();
    await store?.close();
    await database?.drop();
  });

  it('numbers changes in commit order: a writer that took number n holds back n + 1 until it commits', async () => {
    await store.items.create(makeItem(), { action: 'created', at: '2026-03-10T09:30:00+08:00' });
    expect(await store.changes.latestSequence()).toBe(1);
    // Another replica's write, in flight: it has taken number 2 and not committed yet.
    await other.query('BEGIN');
    const taken = await other.query<{ last_sequence: string }>(
      'UPDATE feed_order.feed_position SET last_sequence = last_sequence + 1 RETURNING last_sequence',
    );
    expect(Number(taken.rows[0]!.last_sequence)).toBe(2);
    await other.query(
      "INSERT INTO feed_order.changes (sequence, department_id, resource_type, resource_id, action, revision, occurred_at, title) VALUES (2, 'ln-test', 'item', 'ln-test:elsewhere', 'created', 1, '2026-03-10T09:31:00+08:00', 'elsewhere')",
    );
    // This write must wait for it rather than commit number 3 first: a reader resuming after 3
    // would never see 2.
    const later = store.items.create(makeItem(), { action: 'created', at: '2026-03-10T09:32:00+08:00' });
    // The store's connection now waits for the row lock on the feed position.
    await until(async () => {
      const waiting = await other.query(
        "SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND wait_event_type = 'Lock'",
      );
      return (waiting.rowCount ?? 0) > 0;
    });
    expect((await store.changes.list({ afterSequence: 1, limit: 10 })).records).toEqual([]);
    await other.query('COMMIT');
    await later;
    const { records } = await store.changes.list({ afterSequence: 1, limit: 10 });
    expect(records.map((change) => [change.sequence, change.resourceId === 'ln-test:elsewhere'])).toEqual([
      [2, true],
      [3, false],
    ]);
  });

  it('leaves no gap when a write rolls back: its number goes to the next write', async () => {
    const latest = await store.changes.latestSequence();
    const item = makeItem();
    await store.items.create(item, { action: 'created', at: '2026-03-10T10:00:00+08:00' });
    // The same id again fails inside its transaction, before any number is kept.
    await expect(store.items.create(item, { action: 'created', at: '2026-03-10T10:01:00+08:00' })).rejects.toMatchObject({ field: 'id' });
    await store.items.create(makeItem(), { action: 'created', at: '2026-03-10T10:02:00+08:00' });
    const { records } = await store.changes.list({ afterSequence: latest, limit: 10 });
    expect(records.map((change) => change.sequence)).toEqual([latest + 1, latest + 2]);
  });
});
