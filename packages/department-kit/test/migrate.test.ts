import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/run-cli';
import { sampleDatasetPath } from '../src/dataset/sample-datasets';
import type { DisclosureStore } from '../src/store/disclosure-store';
import { departmentSchema, openPostgresStore } from '../src/store/postgres/open-postgres-store';
import { openSqliteStore } from '../src/store/sqlite/open-sqlite-store';
import { itemInput, temporaryDirectory } from './support/fixtures';
import { createTestDatabase, type TestDatabase } from './support/postgres';

async function cli(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const result = await runCli(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), env: {} });
  return { code: typeof result === 'number' ? result : 0, stdout, stderr };
}

/** Everything a department's API reads, in order. */
async function contents(store: DisclosureStore) {
  const changes = [];
  for (let afterSequence = 0; ;) {
    const { records, more } = await store.changes.list({ afterSequence, limit: 100 });
    changes.push(...records);
    if (!more) break;
    afterSequence = records.at(-1)!.sequence;
  }
  const items = await store.items.all();
  const histories = [];
  for (const item of items) histories.push(await store.items.history(item.id, { limit: 100 }));
  const requests = [];
  for (const request of await store.requests.all()) requests.push(await store.requests.get(request.trackingNumber));
  return {
    department: await store.getDepartment(),
    items,
    bodies: await Promise.all(items.map((item) => store.items.get(item.id))),
    histories,
    revisions: await store.items.allRevisions(),
    fees: await store.fees.all(),
    budgets: await store.budgets.all(),
    alerts: await store.alerts.all(),
    feedback: await store.feedback.list({ publishedOnly: false, limit: 100 }),
    requests,
    reports: await store.annualReports.all(),
    changes,
    search: await store.items.list({ sort: '-publishedAt', limit: 100, terms: ['预算'] }),
  };
}

describe('gongkai-department migrate --from sqlite:FILE --to postgres://…', () => {
  const dir = temporaryDirectory();
  const file = join(dir.path, 'zhangwu.db');
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
    expect((await cli(['import', '--db', file, sampleDatasetPath('ln-zhangwu')])).code).toBe(0);
    // A revision and an idempotent answer written after the import are history too.
    const store = openSqliteStore(file);
    const [first] = await store.items.all();
    await store.items.replace({ ...first!, title: `${first!.title}（修订）`, revision: first!.revision + 1 }, first!.revision, {
      action: 'updated',
      at: '2026-05-11T10:00:00+08:00',
      changedFields: ['title'],
    });
    await store.idempotency.claim('requests', 'key-migrated-0001', 'f'.repeat(64), new Date());
    await store.close();
  });
  afterAll(async () => {
    await database?.drop();
    dir.remove();
  });

  it('copies the department with its full history and verifies it', async () => {
    const migrated = await cli(['migrate', '--from', `sqlite:${file}`, '--to', database.url]);
    expect(migrated.stderr).toBe('');
    expect(migrated.code).toBe(0);
    expect(migrated.stdout).toMatch(/^copied ln-zhangwu \(.+\) from .+ into schema gk_ln_zhangwu; verified:/);
    expect(migrated.stdout).toMatch(/revisions\s+\d+ rows, the same in both/);
    expect(migrated.stdout).toMatch(/changes feed up to sequence \d+/);

    const sqlite = openSqliteStore(file);
    const postgres = await openPostgresStore(database.url, { schema: departmentSchema('ln-zhangwu') });
    try {
      const [before, after] = [await contents(sqlite), await contents(postgres)];
      expect(after).toEqual(before);
      expect(after.changes.map((change) => change.sequence)).toEqual(before.changes.map((_, index) => index + 1));
      expect(after.requests.some((record) => (record?.request.events?.length ?? 0) > 1)).toBe(true);
      // Numbering goes on where SQLite left it; a copied idempotency key is still claimed.
      expect(await postgres.nextSequence('request:2026')).toBe(await sqlite.nextSequence('request:2026'));
      expect(await postgres.idempotency.claim('requests', 'key-migrated-0001', 'f'.repeat(64), new Date())).toMatchObject({
        state: 'pending',
      });
      // New writes continue the feed after the copied sequence.
      const item = { ...before.items[0]!, id: 'ln-zhangwu:after-migration', indexNumber: 'IDX/after-migration', title: itemInput().title };
      await postgres.items.create(item, { action: 'created', at: '2026-05-12T09:00:00+08:00' });
      expect(await postgres.changes.latestSequence()).toBe(before.changes.length + 1);
    } finally {
      await sqlite.close();
      await postgres.close();
    }
  });

  it('refuses to copy into a schema that already holds a department, and explains bad arguments', async () => {
    const again = await cli(['migrate', '--from', `sqlite:${file}`, '--to', database.url]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already holds a department');
    expect((await cli(['migrate', '--from', file, '--to', database.url])).stderr).toContain('--from must be sqlite:FILE');
    expect((await cli(['migrate', '--from', `sqlite:${file}`, '--to', 'mysql://x'])).stderr).toContain('--to must be a postgres://');
    expect((await cli(['migrate', '--from', 'sqlite:/nowhere.db', '--to', database.url])).stderr).toContain('does not exist');
    expect((await cli(['migrate', '--help'])).stdout).toMatch(/^Usage: gongkai-department migrate/);
  });
});
