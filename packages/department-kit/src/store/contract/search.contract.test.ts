import { beforeAll, describe, expect, it } from 'vitest';
import type { DisclosureItem } from '@gongkai/spec';
import { makeItem } from '../../../test/support/fixtures';
import type { DisclosureStore, SortKey } from '../disclosure-store';
import { searchTerms } from '../search-terms';
import { storeKinds } from './store-kinds';

/** A small alphabet makes every 1–3 character combination likely, common and rare ones alike. */
const ALPHABET = [...'住房公积金管理中心辽宁省财政厅〔〕号AbC 2026'];

function randomText(random: () => number, length: number): string {
  let text = '';
  for (let i = 0; i < length; i += 1) text += ALPHABET[Math.floor(random() * ALPHABET.length)];
  return text;
}

function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

describe.each(storeKinds())('$name store: Chinese substring search', (kind) => {
  const items: DisclosureItem[] = [];
  let candidatesFirst: DisclosureStore;
  let scanFirst: DisclosureStore;
  let adaptive: DisclosureStore;

  beforeAll(async () => {
    const random = seeded(7);
    for (let i = 0; i < 120; i += 1) {
      items.push(
        makeItem({
          title: randomText(random, 8) || '标题',
          summary: randomText(random, 12),
          body: randomText(random, 40),
          keywords: [randomText(random, 3).trim() || '词'],
          documentNumber: undefined,
          publishedAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
        }),
      );
    }
    // One store, three connections: one always reads candidates, one always walks the list
    // order, one decides as it does by default.
    const opened = await kind.open();
    adaptive = opened.store;
    candidatesFirst = await opened.sibling({ searchScanThreshold: 1_000_000 });
    scanFirst = await opened.sibling({ searchScanThreshold: 0 });
    for (const item of items) await candidatesFirst.items.create(item, { action: 'created', at: item.publishedAt });
  });

  async function search(store: DisclosureStore, q: string): Promise<string[]> {
    const ids: string[] = [];
    let after: SortKey | undefined;
    do {
      const page = await store.items.list({ sort: '-publishedAt', limit: 7, terms: searchTerms(q), ...(after ? { after } : {}) });
      ids.push(...page.records.map((item) => item.id));
      after = page.next ?? undefined;
    } while (after);
    return ids;
  }

  function expected(q: string): string[] {
    const terms = searchTerms(q);
    return items
      .filter((item) => {
        const text = [item.title, item.summary, item.documentNumber, ...item.keywords, item.body].join('\n').toLowerCase();
        return terms.every((term) => text.includes(term));
      })
      .sort((a, b) => (a.publishedAt < b.publishedAt ? 1 : -1))
      .map((item) => item.id);
  }

  it('finds one- and two-character terms, which a trigram index alone cannot', async () => {
    for (const q of ['公', '积金', '〔2', 'b', '号A']) {
      const want = expected(q);
      expect(want.length).toBeGreaterThan(0);
      expect(await search(candidatesFirst, q)).toEqual(want);
    }
  });

  it('answers the same by candidates, by scanning and by its own choice, for every kind of term', async () => {
    const random = seeded(11);
    const queries = ['住房公积金', '公积金管理', '财政厅〔', 'abc', '公 积金', '金〔2026〕', '辽宁 厅 号'];
    for (let i = 0; i < 40; i += 1) queries.push(randomText(random, 1 + Math.floor(random() * 4)).trim() || '公');
    for (const q of queries) {
      const want = expected(q);
      expect(await search(candidatesFirst, q), q).toEqual(want);
      expect(await search(scanFirst, q), q).toEqual(want);
      expect(await search(adaptive, q), q).toEqual(want);
    }
  });

  it('takes %, _, backslashes and U+0000 in text and terms literally', async () => {
    const odd = makeItem({ title: '收费标准下调10%_试点\\说明\u0000附件', publishedAt: '2027-01-01T00:00:00Z' });
    await adaptive.items.create(odd, { action: 'created', at: odd.publishedAt });
    items.push(odd);
    for (const q of ['10%', '%_', '_试', '\\', '\\说明', '明\u0000附', '\u0000', '%', '_']) {
      const want = expected(q);
      expect(want, q).toContain(odd.id);
      for (const store of [adaptive, candidatesFirst, scanFirst]) expect(await search(store, q), q).toEqual(want);
    }
    expect((await adaptive.items.get(odd.id))?.title).toBe(odd.title);
    expect(await search(adaptive, '10%x')).toEqual([]);
  });

  it('ignores letter case and finds nothing for an absent character', async () => {
    expect(await search(candidatesFirst, 'ABC')).toEqual(expected('abc'));
    expect(await search(candidatesFirst, '鬱')).toEqual([]);
  });
});
