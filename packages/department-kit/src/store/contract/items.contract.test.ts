import { beforeEach, describe, expect, it } from 'vitest';
import type { DisclosureItem } from '@gongkai/spec';
import { department, itemInput, makeItem } from '../../../test/support/fixtures';
import { revisedItem, withdrawnItem } from '../../items/item-record';
import { chineseDaysCalendar } from '../../calendar/chinese-days-calendar';
import { StoreConflictError, type DisclosureStore, type ItemListQuery, type SortKey } from '../disclosure-store';
import { storeKinds, type StoreUnderTest } from './store-kinds';

const note = (at = '2026-03-10T09:30:00+08:00') => ({ action: 'created' as const, at });
const minute = (n: number) => new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString().replace('.000Z', 'Z');

describe.each(storeKinds())('$name store: items', (kind) => {
  let opened: StoreUnderTest;
  let store: DisclosureStore;

  beforeEach(async () => {
    opened = await kind.open();
    store = opened.store;
  });

  async function listAll(query: Omit<ItemListQuery, 'after'>): Promise<DisclosureItem[]> {
    const out: DisclosureItem[] = [];
    let after: SortKey | undefined;
    for (;;) {
      const page = await store.items.list({ ...query, ...(after ? { after } : {}) });
      out.push(...page.records);
      if (!page.next) return out;
      after = page.next;
    }
  }

  it('keeps the body for the single item and leaves it out of lists', async () => {
    const item = makeItem();
    await store.items.create(item, note());
    expect(await store.items.get(item.id)).toEqual(item);
    const page = await store.items.list({ sort: '-publishedAt', limit: 10 });
    expect(page.records).toEqual([{ ...item, body: undefined }].map(({ body: _b, ...rest }) => rest));
  });

  it('pages newest first without repeats or gaps while items are added or revised between pages', async () => {
    const made: DisclosureItem[] = [];
    for (let i = 0; i < 25; i += 1) {
      made.push(makeItem({ publishedAt: minute(100 + i) }));
      await store.items.create(made.at(-1)!, note());
    }
    const seen: string[] = [];
    const first = await store.items.list({ sort: '-publishedAt', limit: 10 });
    seen.push(...first.records.map((item) => item.id));
    // Newer items sort before the cursor: they belong to page one, which was already read.
    await store.items.create(makeItem({ publishedAt: minute(500) }), note());
    // Older items sort after it: the next pages must bring them, once.
    const older = makeItem({ publishedAt: minute(1) });
    await store.items.create(older, note());
    // A revision never moves an item in this order: the publication time does not change.
    const unseen = made[3]!;
    const { item: revised } = revisedItem(unseen, itemInput({ title: '修订后的标题' }), chineseDaysCalendar, '2026-03-12T16:00:00+08:00');
    await store.items.replace(revised, 1, { action: 'updated', at: revised.updatedAt });
    let after = first.next;
    while (after) {
      const page = await store.items.list({ sort: '-publishedAt', limit: 10, after });
      seen.push(...page.records.map((item) => item.id));
      after = page.next;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toHaveLength(26);
    expect(seen.at(-1)).toBe(older.id);
  });

  it('breaks ties by id and puts items without writtenOn last in both directions', async () => {
    const same = '2026-02-01T09:00:00+08:00';
    const a = makeItem({ id: 'ln-test:a', publishedAt: same });
    const b = makeItem({ id: 'ln-test:b', publishedAt: same });
    const undated = makeItem({ id: 'ln-test:c', writtenOn: undefined, publishedAt: same });
    for (const item of [b, undated, a]) await store.items.create(item, note());
    expect((await listAll({ sort: '-publishedAt', limit: 1 })).map((i) => i.id)).toEqual(['ln-test:c', 'ln-test:b', 'ln-test:a']);
    expect((await listAll({ sort: 'publishedAt', limit: 2 })).map((i) => i.id)).toEqual(['ln-test:a', 'ln-test:b', 'ln-test:c']);
    expect((await listAll({ sort: '-writtenOn', limit: 1 })).map((i) => i.id)).toEqual(['ln-test:b', 'ln-test:a', 'ln-test:c']);
    expect((await listAll({ sort: 'writtenOn', limit: 1 })).map((i) => i.id)).toEqual(['ln-test:a', 'ln-test:b', 'ln-test:c']);
  });

  it('filters by category, topic, division (and everything inside it), level, validity and publication date', async () => {
    const zhangwu = makeItem({
      category: 'budgetsAndFinalAccounts',
      topics: ['budgetsAndFinalAccounts'],
      division: { code: '210922', name: '彰武县' },
      level: 'county',
      publishedAt: '2026-02-01T09:00:00+08:00',
    });
    const village = makeItem({
      division: { code: '210922105201', name: '哈尔套镇东村' },
      level: 'village',
      validity: 'repealed',
      publishedAt: '2026-02-02T23:30:00+08:00',
    });
    const province = makeItem({ publishedAt: '2026-02-03T00:30:00+08:00' });
    for (const item of [zhangwu, village, province]) await store.items.create(item, note());
    // The same answers whether the store reads the few candidates or walks the list order.
    const scanning = await opened.sibling({ searchScanThreshold: 0 });
    const reading = await opened.sibling({ searchScanThreshold: 1_000_000 });
    for (const reader of [store, scanning, reading]) {
      const ids = async (query: Partial<ItemListQuery>) => {
        const page = await reader.items.list({ sort: '-publishedAt', limit: 5, ...query });
        return page.records.map((item) => item.id).sort();
      };
      expect(await ids({ category: 'budgetsAndFinalAccounts' })).toEqual([zhangwu.id]);
      expect(await ids({ topic: 'housingProvidentFund' })).toEqual([village.id, province.id].sort());
      expect(await ids({ topic: 'elderlyCare' })).toEqual([]);
      expect(await ids({ divisionCode: '210900' })).toEqual([zhangwu.id, village.id].sort());
      expect(await ids({ divisionCode: '210922105' })).toEqual([village.id]);
      expect(await ids({ divisionCode: '210922', topic: 'budgetsAndFinalAccounts', terms: ['住房'] })).toEqual([zhangwu.id]);
      expect(await ids({ level: 'provincial' })).toEqual([province.id]);
      expect(await ids({ validity: 'repealed' })).toEqual([village.id]);
      // 2026-02-02 in China runs from 2026-02-01T16:00Z to 2026-02-02T16:00Z.
      expect(await ids({ publishedFrom: '2026-02-02T00:00:00+08:00', publishedBefore: '2026-02-03T00:00:00+08:00' })).toEqual([village.id]);
    }
  });

  it('keeps every revision and refuses a write based on a stale revision', async () => {
    const item = makeItem();
    await store.items.create(item, note());
    const { item: amended, changedFields } = revisedItem(
      item,
      itemInput({ validity: 'amended' }),
      chineseDaysCalendar,
      '2026-03-12T16:00:00+08:00',
    );
    await store.items.replace(amended, 1, { action: 'updated', at: amended.updatedAt, changedFields });
    await expect(store.items.replace(amended, 1, { action: 'updated', at: amended.updatedAt })).rejects.toBeInstanceOf(StoreConflictError);
    const withdrawn = withdrawnItem(amended, '已被新文件替代', '2026-04-01T10:00:00+08:00');
    await store.items.replace(withdrawn, 2, { action: 'withdrawn', at: withdrawn.updatedAt, note: '已被新文件替代' });
    const history = await store.items.history(item.id, { limit: 2 });
    expect(history.records.map((r) => [r.revision, r.action, r.record.validity])).toEqual([
      [1, 'created', 'valid'],
      [2, 'updated', 'amended'],
    ]);
    expect(history.records[1]?.changedFields).toEqual(['validity']);
    const rest = await store.items.history(item.id, { limit: 2, after: history.next! });
    expect(rest.records.map((r) => [r.revision, r.record.status, r.record.withdrawal?.reason])).toEqual([
      [3, 'withdrawn', '已被新文件替代'],
    ]);
    expect(rest.next).toBeNull();
    expect((await store.items.get(item.id))?.status).toBe('withdrawn');
  });

  it('refuses a taken id and a taken index number', async () => {
    const item = makeItem();
    await store.items.create(item, note());
    await expect(store.items.create({ ...item }, note())).rejects.toMatchObject({ field: 'id' });
    await expect(store.items.create({ ...makeItem(), indexNumber: item.indexNumber }, note())).rejects.toMatchObject({
      field: 'indexNumber',
    });
  });

  it('records every write in the changes feed with a monotonic sequence', async () => {
    const item = makeItem();
    await store.items.create(item, note());
    const { item: amended } = revisedItem(item, itemInput({ title: '新标题' }), chineseDaysCalendar, '2026-03-12T16:00:00+08:00');
    await store.items.replace(amended, 1, { action: 'updated', at: amended.updatedAt });
    const { records, more } = await store.changes.list({ afterSequence: 0, limit: 10 });
    expect(more).toBe(false);
    expect(records.map((c) => [c.sequence, c.action, c.revision, c.title, c.id])).toEqual([
      [1, 'created', 1, item.title, `${department.id}:1`],
      [2, 'updated', 2, '新标题', `${department.id}:2`],
    ]);
    expect((await store.changes.list({ afterSequence: 1, limit: 10 })).records.map((c) => c.sequence)).toEqual([2]);
  });
});
