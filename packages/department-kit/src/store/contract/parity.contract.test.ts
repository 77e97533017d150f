import { beforeAll, describe, expect, it } from 'vitest';
import type { Category, Level } from '@gongkai/spec';
import { importDataset } from '../../dataset/import-dataset';
import { loadSampleDataset, SAMPLE_DEPARTMENT_IDS } from '../../dataset/sample-datasets';
import type { DisclosureStore, ItemSort, Page, PageRequest, SortKey } from '../disclosure-store';
import { parseSearchQuery, storeSearch } from '../../search/search-query';
import { searchTerms } from '../search-terms';
import { storeKinds } from './store-kinds';

const SORTS: readonly ItemSort[] = ['-publishedAt', 'publishedAt', '-updatedAt', 'updatedAt', '-writtenOn', 'writtenOn', '-relevance'];
const PAGE_SIZES = [1, 7, 100];

/** Every page of a list, resuming from each page's key; fails on a record seen twice. */
async function walk<T>(list: (page: PageRequest) => Promise<Page<T>>, limit: number, idOf: (record: T) => string): Promise<T[]> {
  const out: T[] = [];
  let after: SortKey | undefined;
  for (;;) {
    const page = await list({ limit, ...(after ? { after } : {}) });
    out.push(...page.records);
    if (!page.next) break;
    after = page.next;
  }
  const ids = out.map(idOf);
  expect(new Set(ids).size, 'a record came twice').toBe(ids.length);
  return out;
}

/**
 * Both stores hold the six sample departments, imported the same way; every list, walked at
 * several page sizes, and every single read must answer the same in both, record for record.
 */
describe('SQLite and PostgreSQL stores answer alike', () => {
  const [sqlite, postgres] = storeKinds();
  const pairs: { id: string; stores: [DisclosureStore, DisclosureStore] }[] = [];

  beforeAll(async () => {
    for (const id of SAMPLE_DEPARTMENT_IDS) {
      const dataset = loadSampleDataset(id);
      const stores: DisclosureStore[] = [];
      for (const kind of [sqlite!, postgres!]) {
        const { store } = await kind.open();
        await importDataset(store, dataset, id);
        stores.push(store);
      }
      pairs.push({ id, stores: stores as [DisclosureStore, DisclosureStore] });
    }
  }, 120_000);

  async function same<T>(name: string, read: (store: DisclosureStore) => Promise<T>): Promise<T> {
    for (const { id, stores } of pairs) {
      const [fromSqlite, fromPostgres] = [await read(stores[0]), await read(stores[1])];
      expect(fromPostgres, `${id}: ${name}`).toEqual(fromSqlite);
    }
    return read(pairs[0]!.stores[0]);
  }

  it('lists items in every order and filter, at every page size', async () => {
    const all = await same('all items', (store) => store.items.all());
    const categories = [...new Set(all.map((item) => item.category))] as Category[];
    const levels = [...new Set(all.map((item) => item.level))] as Level[];
    const topics = [...new Set(all.flatMap((item) => item.topics))];
    const divisions = ['210000', '210900', '210922', '210922105', ...new Set(all.map((item) => item.division.code))];
    // Substrings of real titles, one to four characters, and a term found nowhere.
    const terms = [
      '公',
      '预算',
      '公积金',
      '住房公积金',
      '〔2',
      '2025',
      '鬱',
      ...all.slice(0, 12).map((item, i) => [...item.title].slice(i % 5, (i % 5) + 1 + (i % 4)).join('')),
    ];
    const filters = [
      {},
      ...categories.map((category) => ({ category })),
      ...levels.map((level) => ({ level })),
      ...topics.map((topic) => ({ topic })),
      ...divisions.map((divisionCode) => ({ divisionCode })),
      { validity: 'repealed' as const },
      { publishedFrom: '2025-01-01T00:00:00+08:00', publishedBefore: '2026-01-01T00:00:00+08:00' },
      ...terms.map((q) => ({ terms: searchTerms(q) })),
      { terms: searchTerms('公开 2025'), category: categories[0] },
      // q's OR groups, exclusions and phrases with a space, alone and with a driving term.
      ...['公积金 OR 预算', '公开 -2025', '-公 -预算', '预算 OR "公开 目录" -〔', '"2025 年"'].map((q) => storeSearch(parseSearchQuery(q))),
    ];
    // Every order at every page size; every filter in two orders, one with items lacking the sort value.
    const cases = [
      ...SORTS.flatMap((sort) => PAGE_SIZES.map((limit) => ({ sort, limit, filter: {} }))),
      ...(['-publishedAt', 'writtenOn'] as const).flatMap((sort) => filters.map((filter) => ({ sort, limit: 7, filter }))),
    ];
    for (const { sort, limit, filter } of cases)
      await same(`items ${sort} ${limit} ${JSON.stringify(filter)}`, (store) =>
        walk(
          (page) => store.items.list({ sort, ...filter, ...page }),
          limit,
          (item) => item.id,
        ),
      );
  }, 120_000);

  it('reads every item, its history and every revision alike', async () => {
    const all = await same('all items', (store) => store.items.all());
    for (const item of all.slice(0, 60)) {
      await same(`get ${item.id}`, (store) => store.items.get(item.id));
      await same(`history ${item.id}`, (store) =>
        walk(
          (page) => store.items.history(item.id, page),
          1,
          (r) => String(r.revision),
        ),
      );
    }
    await same('all revisions', (store) => store.items.allRevisions());
  });

  it('lists fees, budgets, alerts, feedback and requests alike', async () => {
    const today = '2026-05-11';
    const now = '2026-05-11T10:00:00+08:00';
    for (const limit of PAGE_SIZES) {
      for (const filter of [
        {},
        { status: 'active' as const },
        { status: 'expired' as const },
        { status: 'withdrawn' as const },
        { divisionCode: '210900' },
        { level: 'county' as const },
        { terms: ['收费'] },
        storeSearch(parseSearchQuery('收费 OR 标准 -村')),
      ])
        await same(`fees ${limit} ${JSON.stringify(filter)}`, (store) =>
          walk(
            (page) => store.fees.list({ today, ...filter, ...page }),
            limit,
            (fee) => fee.id,
          ),
        );
      for (const filter of [{}, { year: 2025 }, { kind: 'finalAccount' as const }])
        await same(`budgets ${limit} ${JSON.stringify(filter)}`, (store) =>
          walk(
            (page) => store.budgets.list({ ...filter, ...page }),
            limit,
            (b) => b.id,
          ),
        );
      for (const filter of [
        {},
        { status: 'active' as const },
        { status: 'expired' as const },
        { status: 'cancelled' as const },
        { severity: 'orange' as const },
        { divisionCode: '210900' },
      ])
        await same(`alerts ${limit} ${JSON.stringify(filter)}`, (store) =>
          walk(
            (page) => store.alerts.list({ now, ...filter, ...page }),
            limit,
            (a) => a.id,
          ),
        );
      for (const filter of [{ publishedOnly: true }, { publishedOnly: false }, { publishedOnly: false, kind: 'complaint' as const }])
        await same(`feedback ${limit} ${JSON.stringify(filter)}`, (store) =>
          walk(
            (page) => store.feedback.list({ ...filter, ...page }),
            limit,
            (f) => f.id,
          ),
        );
      for (const filter of [{}, { status: 'replied' as const }])
        await same(`requests ${limit} ${JSON.stringify(filter)}`, (store) =>
          walk(
            (page) => store.requests.list({ ...filter, ...page }),
            limit,
            (r) => r.trackingNumber,
          ),
        );
    }
    // Every import draws new access tokens: their hashes differ by nature, everything else must not.
    await same('feedback', async (store) => (await store.feedback.all()).map(({ accessTokenHash: _hash, ...record }) => record));
    await same('fees', (store) => store.fees.all());
    await same('budgets', (store) => store.budgets.all());
    await same('alerts', (store) => store.alerts.all());
    const requests = await same('requests', (store) => store.requests.all());
    for (const request of requests) {
      await same(`request ${request.trackingNumber}`, async (store) => (await store.requests.get(request.trackingNumber))?.request);
      const month = request.receivedOn.slice(0, 7);
      await same(`requests of an applicant in ${month}`, (store) =>
        store.requests.ofApplicantInMonth(request.applicant.identityProof.number, month),
      );
    }
    await same('the department', (store) => store.getDepartment());
  });

  it('numbers the changes feed alike, in the order things happened', async () => {
    for (const limit of [1, 13, 100]) {
      for (const resourceType of [undefined, 'item', 'fee', 'alert', 'feedbackReply'] as const) {
        await same(`changes ${limit} ${resourceType}`, async (store) => {
          const out = [];
          let afterSequence = 0;
          for (;;) {
            const { records, more } = await store.changes.list({ afterSequence, limit, ...(resourceType ? { resourceType } : {}) });
            out.push(...records);
            if (!more) return out;
            afterSequence = records.at(-1)!.sequence;
          }
        });
      }
    }
    const changes = await same('latest sequence', (store) => store.changes.latestSequence());
    expect(changes).toBeGreaterThan(50);
  });
});
