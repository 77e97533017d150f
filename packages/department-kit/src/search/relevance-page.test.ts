import { beforeAll, describe, expect, it } from 'vitest';
import type { DisclosureItem } from '@gongkai/spec';
import { makeItem } from '../../test/support/fixtures';
import type { DisclosureStore, SortKey } from '../store/disclosure-store';
import { storeKinds } from '../store/contract/store-kinds';
import { relevanceOf } from './relevance';
import { relevancePage } from './relevance-page';
import { parseSearchQuery, storeSearch } from './search-query';

const WORDS = ['公积金', '住房', '预算', '征收', '贷款'];

describe.each(storeKinds())('$name store: pages in relevance order', (kind) => {
  const items: DisclosureItem[] = [];
  let store: DisclosureStore;

  beforeAll(async () => {
    store = (await kind.open()).store;
    for (let i = 0; i < 40; i += 1) {
      const pick = (n: number) => WORDS[(i * n) % WORDS.length]!;
      const item = makeItem({
        title: `${pick(1)}${i % 3 === 0 ? pick(1) : ''}通知`,
        summary: `${pick(2)}说明`,
        keywords: [pick(3)],
        body: `${pick(4)} 正文`,
        documentNumber: undefined,
        publishedAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
      });
      items.push(item);
      await store.items.create(item, { action: 'created', at: item.publishedAt });
    }
  });

  it.each(['公积金 OR 住房', '征收 -公积金', '贷款'])('walks %s in batches of 3 as one sorted list, at every page size', async (q) => {
    const search = parseSearchQuery(q);
    const text = (item: DisclosureItem) => [item.title, item.summary, ...item.keywords, item.body].join('\n');
    const want = items
      .filter(
        (item) =>
          search.all.every((group) => group.some((p) => text(item).includes(p))) && search.none.every((p) => !text(item).includes(p)),
      )
      .map((item) => ({ id: item.id, relevance: relevanceOf(item, search) }))
      .sort((a, b) => b.relevance - a.relevance || (a.id < b.id ? 1 : -1));
    expect(want.length).toBeGreaterThan(3);
    for (const limit of [1, 4, 100]) {
      const got: { id: string; relevance: number }[] = [];
      let after: SortKey | undefined;
      do {
        const page = await relevancePage(
          (query) => store.items.list(query),
          { sort: '-relevance', limit, ...storeSearch(search), ...(after ? { after } : {}) },
          search,
          3,
        );
        got.push(...page.records.map((item) => ({ id: item.id, relevance: item.relevance })));
        after = page.next ?? undefined;
      } while (after);
      expect(got, `limit ${limit}`).toEqual(want);
    }
  });
});
