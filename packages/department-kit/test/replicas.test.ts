import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Change, DisclosureItem } from '@gongkai/spec';
import { sampleDatasetPath } from '../src/dataset/sample-datasets';
import { itemInput, temporaryDirectory } from './support/fixtures';
import { createTestDatabase, type TestDatabase } from './support/postgres';
import { startReplica, type ReplicaProcess } from './support/replica-process';

const TOKEN = 'replica-staff-token-0123456789';
const PATH = '/d/ln-zhangwu-hrt';

const submission = (description: string) => ({
  departmentId: 'ln-zhangwu-hrt',
  applicant: {
    type: 'naturalPerson',
    name: '王芳',
    identityProof: { kind: 'residentIdCard', number: '210922199203034567' },
    contact: { phone: '13900000001' },
  },
  description,
  form: 'electronic',
  delivery: 'email',
});

/**
 * Two real department-kit processes on one PostgreSQL database, started at the same moment (so
 * their migrations and the first import race): one feed, one numbering, one set of idempotency keys.
 */
describe('two replicas on one database', () => {
  const dir = temporaryDirectory();
  let database: TestDatabase;
  let replicas: ReplicaProcess[];

  beforeAll(async () => {
    database = await createTestDatabase();
    const department = join(dir.path, 'hrt.json');
    writeFileSync(department, JSON.stringify({ dataset: sampleDatasetPath('ln-zhangwu-hrt') }));
    const platform = join(dir.path, 'platform.json');
    writeFileSync(platform, JSON.stringify({ departments: ['hrt.json'], pool: { max: 4 } }));
    replicas = await Promise.all([0, 1].map(() => startReplica(database.url, platform, { GONGKAI_ADMIN_TOKENS: TOKEN })));
  }, 120_000);
  afterAll(async () => {
    await Promise.all((replicas ?? []).map((replica) => replica.stop()));
    await database?.drop();
    dir.remove();
  });

  const on = (index: number, path: string, init: RequestInit = {}) => fetch(`${replicas[index % 2]!.url}${PATH}${path}`, init);
  const post = (index: number, path: string, body: unknown, headers: Record<string, string> = {}) =>
    on(index, path, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });

  it('imports the dataset once, whichever replica came first, and both serve it', async () => {
    const answers = await Promise.all([0, 1].map(async (index) => (await on(index, '/v1/items?limit=100')).json()));
    expect(answers[1]).toEqual(answers[0]);
    const items = (answers[0] as { data: DisclosureItem[] }).data;
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
    expect(items.length).toBeGreaterThan(20);
  });

  it('makes one record of concurrent writes with one Idempotency-Key on both replicas', async () => {
    const before = (await (await on(0, '/v1/admin/requests?limit=100', { headers: { Authorization: `Bearer ${TOKEN}` } })).json()) as {
      data: unknown[];
    };
    const answers = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        post(i, '/v1/requests', submission('申请公开彰武县2025年度部门预算。'), { 'Idempotency-Key': 'replicas-same-key-1' }),
      ),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(
      statuses.every((status) => status === 201 || status === 409),
      statuses.join(),
    ).toBe(true);
    const created = await Promise.all(
      answers.filter((answer) => answer.status === 201).map((answer) => answer.json() as Promise<{ trackingNumber: string }>),
    );
    expect(created.length).toBeGreaterThan(0);
    expect(new Set(created.map((receipt) => receipt.trackingNumber)).size).toBe(1);
    // A retry after the dust settles gets the first answer, on either replica.
    for (const index of [0, 1]) {
      const again = await post(index, '/v1/requests', submission('申请公开彰武县2025年度部门预算。'), {
        'Idempotency-Key': 'replicas-same-key-1',
      });
      expect(again.status).toBe(201);
      expect(again.headers.get('idempotent-replayed')).toBe('true');
      expect(((await again.json()) as { trackingNumber: string }).trackingNumber).toBe(created[0]!.trackingNumber);
    }
    const after = (await (await on(1, '/v1/admin/requests?limit=100', { headers: { Authorization: `Bearer ${TOKEN}` } })).json()) as {
      data: unknown[];
    };
    expect(after.data.length).toBe(before.data.length + 1);
  });

  it('never issues a tracking number or an item id twice, and the changes feed has no gaps or repeats while both write', async () => {
    const since = ((await (await on(0, '/v1/changes?limit=1')).json()) as { meta: { cursor: string } }).meta.cursor;
    const latest = async () => {
      let cursor = since;
      for (;;) {
        const page = (await (await on(0, `/v1/changes?limit=100&since=${cursor}`)).json()) as { data: Change[]; meta: { cursor: string } };
        if (page.data.length === 0) return cursor;
        cursor = page.meta.cursor;
      }
    };
    const start = await latest();
    // A reader follows the feed on alternating replicas while the writers run.
    let writing = true;
    const seen: number[] = [];
    const follow = (async () => {
      let cursor = start;
      for (let turn = 0; ; turn += 1) {
        // Read before asking: a page asked for after every write answered sees them all.
        const writesDone = !writing;
        const page = (await (await on(turn, `/v1/changes?limit=7&since=${cursor}`)).json()) as { data: Change[]; meta: { cursor: string } };
        seen.push(...page.data.map((change) => change.sequence));
        cursor = page.meta.cursor;
        if (writesDone && page.data.length === 0) return;
      }
    })();
    const items = Array.from({ length: 24 }, (_, i) =>
      post(i, '/v1/admin/items', itemInput({ title: `并发写入的测试文件${i}`, documentNumber: undefined }), {
        Authorization: `Bearer ${TOKEN}`,
      }),
    );
    const requests = Array.from({ length: 24 }, (_, i) => post(i, '/v1/requests', submission(`并发提交的申请${i}`)));
    const [itemAnswers, requestAnswers] = await Promise.all([Promise.all(items), Promise.all(requests)]);
    writing = false;
    await follow;
    expect(itemAnswers.map((answer) => answer.status)).toEqual(itemAnswers.map(() => 201));
    expect(requestAnswers.map((answer) => answer.status)).toEqual(requestAnswers.map(() => 201));
    const ids = await Promise.all(itemAnswers.map(async (answer) => ((await answer.json()) as DisclosureItem).id));
    const numbers = await Promise.all(
      requestAnswers.map(async (answer) => ((await answer.json()) as { trackingNumber: string }).trackingNumber),
    );
    expect(new Set(ids).size).toBe(24);
    expect(new Set(numbers).size).toBe(24);
    // Every change the writes made, each once, in order: the reader resumed after the last number
    // it saw and never skipped one that committed later.
    expect(seen.length).toBeGreaterThanOrEqual(24);
    const first = seen[0]!;
    expect(seen).toEqual(seen.map((_, index) => first + index));
    const all = ((await (await on(1, `/v1/changes?limit=100&since=${start}`)).json()) as { data: Change[] }).data;
    expect(all.map((change) => change.sequence)).toEqual(seen);
    expect(
      all
        .filter((change) => change.resourceType === 'item')
        .map((change) => change.resourceId)
        .sort(),
    ).toEqual([...ids].sort());
  });
});
