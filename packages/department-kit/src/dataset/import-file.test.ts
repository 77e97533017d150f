import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { department, itemInput, temporaryDirectory } from '../../test/support/fixtures';
import { openSqliteStore, type SqliteStore } from '../store/sqlite/open-sqlite-store';
import { ImportRejected } from './import-problems';
import { importFile } from './import-file';
import { SAMPLE_DEPARTMENT_IDS, sampleDatasetPath } from './sample-datasets';

describe('import', () => {
  let dir: ReturnType<typeof temporaryDirectory>;
  let store: SqliteStore;
  beforeEach(() => {
    dir = temporaryDirectory();
    store = openSqliteStore(join(dir.path, 'department.db'));
  });
  afterEach(async () => {
    await store.close();
    dir.remove();
  });

  const dataset = (items: unknown[]) => ({
    format: 'gongkai-dataset@1',
    department,
    items,
    fees: [],
    budgets: [],
    alerts: [],
    feedback: [],
    requests: [],
  });
  const good = (n: number) => ({
    item: {
      ...itemInput({ title: `通知 ${n}`, documentNumber: `辽测〔2026〕${n}号` }),
      id: `${department.id}:2026-${String(n).padStart(6, '0')}`,
      publishedAt: '2026-03-10T09:30:00+08:00',
    },
  });

  it('imports nothing when one record is bad, and names its record and field', async () => {
    const path = join(dir.path, 'data.json');
    const bad = { item: { ...good(2).item, documentNumber: '辽测〔26〕第002号' } };
    writeFileSync(path, JSON.stringify(dataset([good(1), bad, good(3)])));
    const error = await importFile(store, path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRejected);
    expect((error as ImportRejected).problems).toEqual([expect.objectContaining({ record: 'items[1]', field: 'item.documentNumber' })]);
    expect(await store.items.all()).toEqual([]);
    expect(await store.getDepartment()).toBeUndefined();
  });

  it('imports all of a good file in one go, and refuses to import it twice', async () => {
    const path = join(dir.path, 'data.json');
    writeFileSync(path, JSON.stringify(dataset([good(1), good(2)])));
    expect((await importFile(store, path)).counts.items).toBe(2);
    expect((await store.items.all()).map((item) => item.id)).toEqual([`${department.id}:2026-000001`, `${department.id}:2026-000002`]);
    const again = await importFile(store, path).catch((e: unknown) => e);
    expect((again as ImportRejected).problems).toEqual([
      {
        record: 'items[0]',
        field: 'id',
        reason: expect.stringContaining(
          'already in the database; to revise the records already imported, run the import with --mode upsert',
        ),
      },
      { record: 'items[1]', field: 'id', reason: expect.stringContaining('already in the database') },
    ]);
    expect(await store.items.all()).toHaveLength(2);
  });

  it('imports a CSV of items into the department the database holds', async () => {
    const json = join(dir.path, 'data.json');
    writeFileSync(json, JSON.stringify(dataset([])));
    await importFile(store, json);
    const csv = join(dir.path, 'items.csv');
    writeFileSync(
      csv,
      `id,title,category,validity,issuingBody,divisionCode,divisionName,level,formedAt,publishedAt\n${department.id}:c1,通知,regulations,valid,机关,210000,辽宁省,provincial,2026-03-02,2026-03-10T09:30:00+08:00\n`,
    );
    expect((await importFile(store, csv)).counts.items).toBe(1);
    expect((await store.items.get(`${department.id}:c1`))?.timeliness).toMatchObject({ workingDaysTaken: 6, onTime: true });
  });

  it('upserts: new ids created, changed items revised once, the rest left alone; a dry run writes nothing', async () => {
    const path = join(dir.path, 'data.json');
    writeFileSync(path, JSON.stringify(dataset([good(1), good(2)])));
    await importFile(store, path);
    const changed = { item: { ...good(2).item, title: '通知 2（修订）' } };
    writeFileSync(path, JSON.stringify(dataset([good(1), changed, good(3)])));
    const changesBefore = await store.changes.latestSequence();
    const dry = await importFile(store, path, { mode: 'upsert', dryRun: true });
    expect(dry).toMatchObject({ dryRun: true, outcome: { created: 1, revised: 1, unchanged: 1, refused: 0 } });
    expect(await store.changes.latestSequence()).toBe(changesBefore);
    expect(await store.items.get(`${department.id}:2026-000003`)).toBeUndefined();
    const summary = await importFile(store, path, { mode: 'upsert', now: new Date('2026-03-20T02:00:00Z') });
    expect(summary.outcome).toEqual({ created: 1, revised: 1, unchanged: 1, refused: 0 });
    const revised = await store.items.get(`${department.id}:2026-000002`);
    expect(revised).toMatchObject({ title: '通知 2（修订）', revision: 2, updatedAt: '2026-03-20T10:00:00+08:00' });
    expect(
      (await store.items.history(`${department.id}:2026-000002`, { limit: 10 })).records.map((r) => [r.action, r.changedFields]),
    ).toEqual([
      ['created', undefined],
      ['updated', ['title']],
    ]);
    expect((await store.items.get(`${department.id}:2026-000001`))?.revision).toBe(1);
    expect(await store.changes.latestSequence()).toBe(changesBefore + 2);
    expect((await importFile(store, path, { mode: 'upsert' })).outcome).toEqual({ created: 0, revised: 0, unchanged: 3, refused: 0 });
  });

  it('upserts a spreadsheet: a stored item keeps the fields the sheet has no column for', async () => {
    const path = join(dir.path, 'data.json');
    writeFileSync(path, JSON.stringify(dataset([good(1), good(2)])));
    await importFile(store, path);
    const csv = join(dir.path, 'items.csv');
    const id = (n: number) => `2026-${String(n).padStart(6, '0')}`;
    writeFileSync(
      csv,
      [
        '编号,标题,发布日期',
        `${id(1)},通知 1,2026-03-10 09:30`,
        `${id(2)},通知 2（修订）,2026-03-10 09:30`,
        `${id(3)},通知 3,2026-03-11 08:00`,
      ].join('\r\n'),
    );
    const refused = (await importFile(store, csv, { mode: 'upsert' }).catch((e: unknown) => e)) as ImportRejected;
    // A new row needs every required column; the stored ones do not.
    expect(refused.problems).toEqual(
      ['类别 (category)', '有效性 (validity)', '形成日期 (formedAt)'].map((field) => ({
        record: 'row 3 (line 4)',
        field,
        reason: `the sheet has no ${field} column, and this row is a new item: add the column`,
      })),
    );
    expect(refused.outcome).toEqual({ created: 0, revised: 1, unchanged: 1, refused: 1 });
    writeFileSync(
      csv,
      [
        '编号,标题,发布日期,形成日期,类别,有效性',
        `${id(1)},通知 1,2026-03-10 09:30,2025-12-01,法规文件,有效`,
        `${id(2)},通知 2（修订）,2026-03-10 09:30,2025-12-01,行政法规、规章和规范性文件,有效`,
      ].join('\r\n'),
    );
    const labels = (await importFile(store, csv, { mode: 'upsert' }).catch((e: unknown) => e)) as ImportRejected;
    expect(labels.problems).toEqual([
      { record: 'row 1 (line 2)', field: '类别 (category)', reason: expect.stringContaining('"法规文件" is not a category') },
    ]);
    writeFileSync(
      csv,
      [
        '编号,标题,发布日期,形成日期,类别,有效性',
        `${id(1)},通知 1,2026-03-10 09:30,2025-12-01,regulations,有效`,
        `${id(2)},通知 2（修订）,2026-03-10 09:30,2025-12-01,regulations,有效`,
        `${id(3)},通知 3,2026-03-11 08:00,2026-03-01,regulations,有效`,
      ].join('\r\n'),
    );
    const summary = await importFile(store, csv, { mode: 'upsert' });
    expect(summary.outcome).toEqual({ created: 1, revised: 1, unchanged: 1, refused: 0 });
    const revised = await store.items.get(`${department.id}:${id(2)}`);
    // body, keywords and documentNumber had no column: kept as stored.
    expect(revised).toMatchObject({
      title: '通知 2（修订）',
      body: itemInput().body,
      documentNumber: '辽测〔2026〕2号',
      keywords: itemInput().keywords,
    });
    writeFileSync(csv, ['编号,标题,发布日期', `${id(1)},通知 1,2026-03-11 09:30`].join('\r\n'));
    const moved = (await importFile(store, csv, { mode: 'upsert' }).catch((e: unknown) => e)) as ImportRejected;
    expect(moved.problems).toEqual([
      { record: 'row 1 (line 2)', field: '发布日期 (publishedAt)', reason: expect.stringContaining('a publication time never changes') },
    ]);
  });

  it('names the right row of a spreadsheet when earlier rows fail', async () => {
    await store.setDepartment(department);
    const csv = join(dir.path, 'items.csv');
    const row = (id: string, title: string) => `${id},${title},regulations,valid,2025-12-01,2026-03-10T09:30:00+08:00`;
    writeFileSync(
      csv,
      ['id,title,category,validity,formedAt,publishedAt', row('c1', ''), row('c2', '好'), row('other:c3', '好')].join('\n'),
    );
    const error = (await importFile(store, csv).catch((e: unknown) => e)) as ImportRejected;
    expect(error.problems).toEqual([
      { record: 'row 1 (line 2)', field: 'title', reason: 'is empty; fill it in' },
      { record: 'row 3 (line 4)', field: 'id', reason: expect.stringContaining('belongs to another department') },
    ]);
    expect(error.outcome).toEqual({ created: 1, revised: 0, unchanged: 0, refused: 2 });
  });

  it('imports every sample department of the spec', async () => {
    for (const id of SAMPLE_DEPARTMENT_IDS) {
      const sample = openSqliteStore(':memory:');
      const summary = await importFile(sample, sampleDatasetPath(id));
      expect(summary.department).toBe(id);
      expect(summary.counts.items).toBeGreaterThan(0);
      await sample.close();
    }
  });

  it('records an imported history in the order it happened, replies included, so the changes feed never goes back in time', async () => {
    for (const id of SAMPLE_DEPARTMENT_IDS) {
      const sample = openSqliteStore(':memory:');
      await importFile(sample, sampleDatasetPath(id));
      const { records } = await sample.changes.list({ afterSequence: 0, limit: 100_000 });
      const times = records.map((change) => Date.parse(change.occurredAt));
      const backwards = records.filter((change, index) => index > 0 && times[index]! < times[index - 1]!);
      expect(backwards.map((change) => `${id} ${change.id} ${change.occurredAt}`)).toEqual([]);
      await sample.close();
    }
  });
});
