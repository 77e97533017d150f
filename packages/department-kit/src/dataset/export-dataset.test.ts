import { describe, expect, it } from 'vitest';
import { validateDataset } from '@gongkai/spec';
import { openSqliteStore, type SqliteStore } from '../store/sqlite/open-sqlite-store';
import { exportDataset } from './export-dataset';
import { importDataset } from './import-dataset';
import { loadSampleDataset, SAMPLE_DEPARTMENT_IDS } from './sample-datasets';

/** Everything a department serves, the way its readers see it (tokens and write counters aside). */
async function contents(store: SqliteStore) {
  const items = await Promise.all((await store.items.all()).map((item) => store.items.get(item.id)));
  const feedback = (await store.feedback.all()).map(({ feedback, stages }) => ({ feedback, stages }));
  return {
    department: await store.getDepartment(),
    items,
    itemRevisions: await store.items.allRevisions(),
    fees: await store.fees.all(),
    budgets: await store.budgets.all(),
    alerts: await store.alerts.all(),
    feedback,
    requests: await store.requests.all(),
    changes: (await store.changes.list({ afterSequence: 0, limit: 100_000 })).records,
  };
}

describe('exportDataset', () => {
  it.each(SAMPLE_DEPARTMENT_IDS)('gives back every record of %s: export, import into an empty database, export again', async (id) => {
    const original = openSqliteStore(':memory:');
    const copy = openSqliteStore(':memory:');
    try {
      await importDataset(original, loadSampleDataset(id), id);
      const { dataset } = await exportDataset(original);
      expect(validateDataset(JSON.parse(JSON.stringify(dataset)))).toMatchObject({ ok: true });
      await importDataset(copy, dataset, 'export');
      expect(await contents(copy)).toEqual(await contents(original));
      expect((await exportDataset(copy)).dataset).toEqual(dataset);
    } finally {
      await original.close();
      await copy.close();
    }
  });

  it('is left alone by an upsert into the database it came from', async () => {
    const store = openSqliteStore(':memory:');
    try {
      await importDataset(store, loadSampleDataset('ln-finance'), 'ln-finance');
      const before = await contents(store);
      const { dataset } = await exportDataset(store);
      const summary = await importDataset(store, dataset, 'export', { mode: 'upsert' });
      expect(summary.outcome).toEqual({ created: 0, revised: 0, unchanged: expect.any(Number), refused: 0 });
      expect(summary.outcome.unchanged).toBe(
        dataset.items.length +
          dataset.fees.length +
          dataset.budgets.length +
          dataset.alerts.length +
          dataset.feedback.length +
          dataset.requests.length,
      );
      expect(await contents(store)).toEqual(before);
    } finally {
      await store.close();
    }
  });
});
