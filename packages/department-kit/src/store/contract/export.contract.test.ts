import { beforeEach, describe, expect, it } from 'vitest';
import { department, makeItem } from '../../../test/support/fixtures';
import type { DisclosureStore } from '../disclosure-store';
import { storeKinds, type StoreUnderTest } from './store-kinds';

const note = { action: 'created' as const, at: '2026-03-10T09:30:00+08:00' };

describe.each(storeKinds())('$name store: the export walk', (kind) => {
  let opened: StoreUnderTest;
  let store: DisclosureStore;

  beforeEach(async () => {
    opened = await kind.open();
    store = opened.store;
  });

  it.each([1, 3, 7, 50])('walks every item once, in byte order of the id, with its body (pages of %i)', async (pageSize) => {
    // Ids whose byte order is not their order as numbers, nor their publication order.
    const ids = ['b-10', 'b-9', 'a-2', 'b-1', 'a-10', 'c', 'a-1', 'b-2', 'z', 'a-3'].map((local) => `${department.id}:${local}`);
    for (const [n, id] of ids.entries())
      await store.items.create(makeItem({ id, publishedAt: `2026-03-${String(10 + n).padStart(2, '0')}T09:30:00+08:00` }), note);
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await store.items.exportPage(after, pageSize);
      expect(page.length).toBeLessThanOrEqual(pageSize);
      for (const item of page) expect(item.body).toContain('住房公积金');
      seen.push(...page.map((item) => item.id));
      if (page.length < pageSize) break;
      after = page.at(-1)!.id;
    }
    expect(seen).toEqual([...ids].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))));
  });

  it('resumes after an id that is no longer stored, and after the last one with nothing', async () => {
    for (const local of ['a', 'c', 'e']) await store.items.create(makeItem({ id: `${department.id}:${local}` }), note);
    expect((await store.items.exportPage(`${department.id}:b`, 10)).map((item) => item.id)).toEqual([
      `${department.id}:c`,
      `${department.id}:e`,
    ]);
    expect(await store.items.exportPage(`${department.id}:e`, 10)).toEqual([]);
  });

  it.each([1, 3, 50])('gives as NDJSON lines the bytes JSON.stringify makes of each exported item (pages of %i)', async (pageSize) => {
    const bodies = ['含"引号"与\\和\n😀\u2028', '', '住房公积金。'];
    for (const [n, body] of bodies.entries()) await store.items.create(makeItem({ id: `${department.id}:l-${n}`, body }), note);
    // An item published without a body at all, as an import may bring it.
    const { body: _body, ...bodiless } = makeItem({ id: `${department.id}:l-x` });
    await store.items.create(bodiless, note);
    let text = '';
    let after: string | undefined;
    for (;;) {
      const page = await store.items.exportPage(after, pageSize);
      const lines = await store.items.exportLines(after, pageSize);
      expect(lines.text).toBe(page.map((item) => `${JSON.stringify(item)}\n`).join(''));
      expect(lines.count).toBe(page.length);
      expect(lines.lastId).toBe(page.at(-1)?.id);
      text += lines.text;
      if (lines.count < pageSize) break;
      after = lines.lastId;
    }
    expect(text.trimEnd().split('\n')).toHaveLength(4);
  });
});
