import { beforeAll, describe, expect, it } from 'vitest';
import type { DisclosureItem } from '@gongkai/spec';
import { makeItem } from '../../../test/support/fixtures';
import { matchesSearch, parseSearchQuery, storeSearch } from '../../search/search-query';
import type { DisclosureStore, SortKey } from '../disclosure-store';
import { storeKinds } from './store-kinds';

/** Titles and bodies built so that every operator has items on both sides of it. */
const TEXTS = [
  ['住房公积金缴存比例调整', '自2026年7月1日起，住房公积金缴存比例为5%至12%。'],
  ['公积金 贷款 额度', '贷款额度 上限为60万元。'],
  ['国有土地上房屋征收补偿方案', '征收范围内的住房，按市场评估价补偿。'],
  ['2026年部门预算公开', '预算 公开 目录 见附件。'],
  ['OR 逻辑说明', '本文件标题含大写 OR。'],
  ['关于-征收-的答复', '带连字符的标题。'],
];

describe.each(storeKinds())('$name store: the q language (phrases, OR, exclusion)', (kind) => {
  const items: DisclosureItem[] = [];
  const stores: DisclosureStore[] = [];

  beforeAll(async () => {
    TEXTS.forEach(([title, body], i) =>
      items.push(
        makeItem({ title, body, summary: '', keywords: [], documentNumber: undefined, publishedAt: `2026-0${i + 1}-01T09:00:00+08:00` }),
      ),
    );
    const opened = await kind.open();
    stores.push(opened.store, await opened.sibling({ searchScanThreshold: 1_000_000 }), await opened.sibling({ searchScanThreshold: 0 }));
    for (const item of items) await opened.store.items.create(item, { action: 'created', at: item.publishedAt });
  });

  async function search(store: DisclosureStore, q: string, limit: number): Promise<string[]> {
    const ids: string[] = [];
    let after: SortKey | undefined;
    do {
      const page = await store.items.list({
        sort: '-publishedAt',
        limit,
        ...storeSearch(parseSearchQuery(q)),
        ...(after ? { after } : {}),
      });
      ids.push(...page.records.map((item) => item.id));
      after = page.next ?? undefined;
    } while (after);
    return ids;
  }

  function expected(q: string): string[] {
    const query = parseSearchQuery(q);
    return items
      .filter((item) => matchesSearch([item.title, item.body].join('\n').toLowerCase(), query))
      .sort((a, b) => (a.publishedAt < b.publishedAt ? 1 : -1))
      .map((item) => item.id);
  }

  it.each([
    ['公积金 OR 征收', 4],
    ['住房 -征收', 1],
    ['"公积金 贷款"', 1],
    ['"预算 公开 目录"', 1],
    ['-住房 -公积金', 3],
    ['OR', 1],
    ['"-征收"', 1],
    ['征收 -"-征收"', 1],
    ['贷款 OR 预算 OR 补偿 -"60万"', 2],
    ['公积金 OR 鬱', 2],
    ['鬱 OR 鬯', 0],
  ])('answers %s with the items the definition gives, at every page size and plan', async (q, count) => {
    const want = expected(q);
    expect(want).toHaveLength(count);
    for (const store of stores)
      for (const limit of [1, 2, 5, 20]) expect(await search(store, q, limit), `${q} limit ${limit}`).toEqual(want);
  });
});
