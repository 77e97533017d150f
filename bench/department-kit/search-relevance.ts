/**
 * What `sort=-relevance` costs against the newest-first order, on generated items in a SQLite
 * file: one first page of 20 for a dense term (in most items), a sparse one (a place name) and an
 * OR of two sparse ones. Relevance reads and scores every match, so its cost grows with the
 * matches; the newest-first order stops at the page.
 *
 *   npx tsx bench/department-kit/search-relevance.ts [--items 20000] [--db FILE]
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseSearchQuery, storeSearch } from '../../packages/department-kit/src/search/search-query';
import { relevancePage } from '../../packages/department-kit/src/search/relevance-page';
import { openBenchSqlite } from './bench-stores';

const { values } = parseArgs({ options: { items: { type: 'string', default: '20000' }, db: { type: 'string' } } });
const count = Number(values.items);
const bench = await openBenchSqlite(values.db ?? join(tmpdir(), `gongkai-bench-relevance-${count}.db`), count, false);
const items = bench.store.items;

async function time(run: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 3; i += 1) await run();
  const rounds = 10;
  const started = performance.now();
  for (let i = 0; i < rounds; i += 1) await run();
  return (performance.now() - started) / rounds;
}

for (const q of ['公积金', '哈尔套', '哈尔套 OR 康平', '公积金 -预算']) {
  const search = parseSearchQuery(q);
  const query = { limit: 20, ...storeSearch(search) };
  const newest = await time(() => items.list({ ...query, sort: '-publishedAt' }));
  const ranked = await time(() => relevancePage((listed) => items.list(listed), { ...query, sort: '-relevance' }, search));
  let matches = 0;
  // Reading every match alone, without scoring: what ranking cannot do without.
  const reading = await time(async () => {
    matches = 0;
    for (let after: readonly [string | number | null, string] | undefined, page; ; after = page.next ?? undefined) {
      page = await items.list({ ...storeSearch(search), sort: '-publishedAt', limit: 5000, ...(after ? { after } : {}) });
      matches += page.records.length;
      if (!page.next) break;
    }
  });
  console.log(
    `${q}: ${matches} matches; newest first ${newest.toFixed(1)} ms, by relevance ${ranked.toFixed(1)} ms, reading the matches alone ${reading.toFixed(1)} ms`,
  );
}
await bench.store.close();
