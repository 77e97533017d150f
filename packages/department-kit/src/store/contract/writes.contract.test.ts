import { beforeEach, describe, expect, it } from 'vitest';
import type { AnnualReport } from '@gongkai/spec';
import { importDataset } from '../../dataset/import-dataset';
import { loadSampleDataset } from '../../dataset/sample-datasets';
import { department, makeItem } from '../../../test/support/fixtures';
import { StoreConflictError, type DisclosureStore, type ImportBatch } from '../disclosure-store';
import { storeKinds } from './store-kinds';

const HOUR = 3_600_000;
const response = { status: 201, headers: { Location: '/v1/requests/x' }, body: '{"ok":true}' };

describe.each(storeKinds())('$name store: writes', (kind) => {
  let store: DisclosureStore;

  beforeEach(async () => {
    store = (await kind.open()).store;
  });

  it('claims an idempotency key once, tells how far its request got, forgets released and expired ones', async () => {
    const now = new Date('2026-05-11T02:00:00Z');
    expect(await store.idempotency.claim('requests', 'k1', 'f1', now)).toEqual({ state: 'claimed' });
    expect(await store.idempotency.claim('requests', 'k1', 'f2', now)).toEqual({ state: 'pending', fingerprint: 'f1' });
    // Another scope is another key.
    expect(await store.idempotency.claim('feedback', 'k1', 'f1', now)).toEqual({ state: 'claimed' });
    await store.idempotency.complete('requests', 'k1', response);
    expect(await store.idempotency.claim('requests', 'k1', 'f1', now)).toEqual({ state: 'completed', fingerprint: 'f1', response });
    // A release forgets only a claim without an answer.
    await store.idempotency.release('requests', 'k1');
    expect((await store.idempotency.claim('requests', 'k1', 'f1', now)).state).toBe('completed');
    await store.idempotency.release('feedback', 'k1');
    expect(await store.idempotency.claim('feedback', 'k1', 'f3', now)).toEqual({ state: 'claimed' });
    // A claim left without an answer for minutes belonged to a process that died: it can be taken over.
    expect(await store.idempotency.claim('feedback', 'k1', 'f4', new Date(now.getTime() + 10 * 60_000))).toEqual({ state: 'claimed' });
    // After the retention, even a completed key is forgotten.
    expect(await store.idempotency.claim('requests', 'k1', 'f9', new Date(now.getTime() + 49 * HOUR))).toEqual({ state: 'claimed' });
  });

  it('stores a write’s idempotent answer in the record’s own transaction: both or neither', async () => {
    await importDataset(store, loadSampleDataset('ln-zhangwu-hrt'), 'ln-zhangwu-hrt');
    const now = new Date('2026-05-11T02:00:00Z');
    const [request] = await store.requests.all();
    const record = (await store.requests.get(request!.trackingNumber))!;
    const copy = { ...record, request: { ...record.request, trackingNumber: `${record.request.trackingNumber}-copy` } };
    expect(await store.idempotency.claim('submitRequest', 'k-ok', 'f', now)).toEqual({ state: 'claimed' });
    await store.requests.create(copy, { scope: 'submitRequest', key: 'k-ok', response });
    expect(await store.idempotency.claim('submitRequest', 'k-ok', 'f', now)).toEqual({ state: 'completed', fingerprint: 'f', response });
    // A create that fails (the record exists) keeps no answer either: the key stays pending.
    expect(await store.idempotency.claim('submitRequest', 'k-failed', 'f', now)).toEqual({ state: 'claimed' });
    await expect(store.requests.create(copy, { scope: 'submitRequest', key: 'k-failed', response })).rejects.toMatchObject({
      field: 'trackingNumber',
    });
    expect(await store.idempotency.claim('submitRequest', 'k-failed', 'f', now)).toEqual({ state: 'pending', fingerprint: 'f' });

    const { records } = await store.feedback.list({ publishedOnly: false, limit: 1 });
    const feedback = (await store.feedback.get(records[0]!.id))!;
    const another = { ...feedback, feedback: { ...feedback.feedback, id: `${feedback.feedback.id}-copy` } };
    expect(await store.idempotency.claim('submitFeedback', 'k-fb', 'f', now)).toEqual({ state: 'claimed' });
    await store.feedback.create(another, { scope: 'submitFeedback', key: 'k-fb', response });
    expect(await store.idempotency.claim('submitFeedback', 'k-fb', 'f', now)).toEqual({ state: 'completed', fingerprint: 'f', response });
  });

  it('hands out the numbers of a named sequence once each, from 1', async () => {
    const numbers = await Promise.all(Array.from({ length: 20 }, () => store.nextSequence('request:2026')));
    expect(numbers.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(await store.nextSequence('item:2026')).toBe(1);
  });

  it('keeps the department it serves', async () => {
    expect(await store.getDepartment()).toBeUndefined();
    await store.setDepartment(department);
    await store.setDepartment({ ...department, name: '辽宁省测试厅（更名）' });
    expect(await store.getDepartment()).toEqual({ ...department, name: '辽宁省测试厅（更名）' });
  });

  it('publishes an annual report once and never changes it', async () => {
    const report = { year: 2025, departmentId: department.id, format: '2021' } as unknown as AnnualReport;
    await store.annualReports.publish(report);
    await expect(store.annualReports.publish({ ...report, format: '2019' } as unknown as AnnualReport)).rejects.toMatchObject({
      name: 'StoreConflictError',
      field: 'year',
    });
    expect(await store.annualReports.get(2025)).toEqual(report);
    expect(await store.annualReports.get(2024)).toBeUndefined();
    expect(await store.annualReports.all()).toEqual([report]);
  });

  it('writes feedback and requests by compare-and-set on the version read', async () => {
    await importDataset(store, loadSampleDataset('ln-zhangwu-hrt'), 'ln-zhangwu-hrt');
    const [request] = await store.requests.all();
    const record = (await store.requests.get(request!.trackingNumber))!;
    await store.requests.replace({ ...record, version: record.version + 1 }, record.version);
    await expect(store.requests.replace({ ...record, version: record.version + 1 }, record.version)).rejects.toMatchObject({
      field: 'version',
    });
    await expect(store.requests.create(record)).rejects.toMatchObject({ field: 'trackingNumber' });
    expect((await store.requests.get(request!.trackingNumber))!.version).toBe(record.version + 1);

    const { records } = await store.feedback.list({ publishedOnly: false, limit: 1 });
    const feedback = (await store.feedback.get(records[0]!.id))!;
    const latest = await store.changes.latestSequence();
    await store.feedback.replace({ ...feedback, version: feedback.version + 1 }, feedback.version, {
      action: 'updated',
      at: '2026-05-11T10:00:00+08:00',
    });
    await expect(store.feedback.replace({ ...feedback, version: feedback.version + 1 }, feedback.version)).rejects.toBeInstanceOf(
      StoreConflictError,
    );
    await expect(store.feedback.create(feedback)).rejects.toMatchObject({ field: 'id' });
    const { records: changes } = await store.changes.list({ afterSequence: latest, limit: 10 });
    expect(changes.map((change) => [change.sequence, change.resourceType, change.resourceId])).toEqual([
      [latest + 1, 'feedbackReply', feedback.feedback.id],
    ]);
  });

  it('refuses a fee, budget or alert revision based on a stale revision, and keeps every one', async () => {
    await importDataset(store, loadSampleDataset('ln-zhangwu'), 'ln-zhangwu');
    for (const collection of [store.fees, store.budgets, store.alerts] as const) {
      const [first] = await (collection as typeof store.fees).all();
      const revision = first!.revision ?? 1;
      const next = { ...first!, revision: revision + 1 };
      await (collection as typeof store.fees).replace(next, revision, {
        action: 'updated',
        at: '2026-05-11T10:00:00+08:00',
        changedFields: ['name'],
      });
      await expect(
        (collection as typeof store.fees).replace(next, revision, { action: 'updated', at: '2026-05-11T10:01:00+08:00' }),
      ).rejects.toMatchObject({
        field: 'revision',
      });
      await expect(
        (collection as typeof store.fees).create(first!, { action: 'created', at: '2026-05-11T10:02:00+08:00' }),
      ).rejects.toMatchObject({ field: 'id' });
      const history = await (collection as typeof store.fees).history(first!.id, { limit: 100 });
      expect(history.records.at(-1)).toMatchObject({ revision: revision + 1, action: 'updated', changedFields: ['name'] });
      expect(history.records.map((r) => r.revision)).toEqual(Array.from({ length: revision + 1 }, (_, i) => i + 1));
    }
  });

  it('imports all or nothing, and numbers the changes of an import in the order things happened', async () => {
    const early = makeItem({ publishedAt: '2026-01-05T09:00:00+08:00' });
    const late = makeItem({ publishedAt: '2026-02-05T09:00:00+08:00' });
    const batch = (items: ImportBatch['items']): ImportBatch => ({
      department,
      items,
      fees: [],
      budgets: [],
      alerts: [],
      feedback: [],
      requests: [],
    });
    const created = (item: typeof early) => ({ revisions: [{ record: item, note: { action: 'created' as const, at: item.publishedAt } }] });
    const progress: number[] = [];
    await store.importBatch(batch([created(late), created(early)]), (done) => progress.push(done));
    expect(progress.at(-1)).toBe(2);
    const { records } = await store.changes.list({ afterSequence: 0, limit: 10 });
    expect(records.map((change) => [change.sequence, change.resourceId])).toEqual([
      [1, early.id],
      [2, late.id],
    ]);
    // A batch with a taken id writes nothing at all.
    const fresh = makeItem();
    await expect(store.importBatch(batch([created(fresh), created(early)]))).rejects.toBeInstanceOf(StoreConflictError);
    expect(await store.items.get(fresh.id)).toBeUndefined();
    expect(await store.changes.latestSequence()).toBe(2);
    // A history that continues a stored record (an upsert) revises it, if it is still at that revision.
    const revised = { ...early, title: '修订后的标题', revision: 2 };
    const continuing = (revision: number) => ({
      continuesRevision: revision,
      revisions: [{ record: revised, note: { action: 'updated' as const, at: '2026-03-01T09:00:00+08:00' } }],
    });
    await expect(store.importBatch(batch([continuing(5)]))).rejects.toMatchObject({ field: 'revision' });
    expect((await store.items.get(early.id))?.title).toBe(early.title);
    await store.importBatch(batch([continuing(1)]));
    expect((await store.items.get(early.id))?.title).toBe('修订后的标题');
    expect((await store.items.history(early.id, { limit: 5 })).records.map((r) => r.revision)).toEqual([1, 2]);
    expect(await store.changes.latestSequence()).toBe(3);
  });
});
