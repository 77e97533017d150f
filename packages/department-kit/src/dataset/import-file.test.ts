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
    expect((again as ImportRejected).problems[0]).toMatchObject({ field: 'id', record: `${department.id}:2026-000001` });
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

  it('imports every sample department of the spec', async () => {
    for (const id of SAMPLE_DEPARTMENT_IDS) {
      const sample = openSqliteStore(':memory:');
      const summary = await importFile(sample, sampleDatasetPath(id));
      expect(summary.department).toBe(id);
      expect(summary.counts.items).toBeGreaterThan(0);
      await sample.close();
    }
  });
});
