/**
 * Department store benchmark: 100 000 generated items in a SQLite file; the list, get and Chinese
 * search operations the v1 API answers with, timed one by one.
 *
 *   npx tsx bench/department-kit/bench.ts [--items 100000] [--fresh] [--seconds 3] [--db FILE]
 *
 * Prints ops/s, p50 and p99 per operation and the ratio of its ops/s to a primary-key SELECT on
 * the same connection, measured in the same run (the cheapest read SQLite can do: the floor).
 */
import { rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { DisclosureItem } from '@gongkai/spec';
import { openSqliteStore, type ItemListQuery, type SqliteStore } from '@gongkai/department-kit';
import { BENCH_DEPARTMENT, generateItems, SEARCH_TERMS } from './generate-items';

const { values } = parseArgs({
  options: {
    items: { type: 'string', default: '100000' },
    seconds: { type: 'string', default: '3' },
    db: { type: 'string' },
    fresh: { type: 'boolean', default: false },
  },
});
const itemCount = Number(values.items);
const seconds = Number(values.seconds);
const path = values.db ?? join(tmpdir(), `gongkai-bench-items-${itemCount}.db`);

async function build(): Promise<SqliteStore> {
  if (values.fresh) for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
  const store = openSqliteStore(path);
  const have = store.database.prepare('SELECT count(*) FROM items').pluck().get() as number;
  if (have === itemCount) return store;
  if (have !== 0) throw new Error(`${path} holds ${have} items, not ${itemCount}; run with --fresh`);
  const started = Date.now();
  process.stderr.write(`generating ${itemCount} items into ${path}…\n`);
  const items: { revisions: { record: DisclosureItem; note: { action: 'created'; at: string } }[] }[] = [];
  for (const item of generateItems(itemCount))
    items.push({ revisions: [{ record: item, note: { action: 'created', at: item.publishedAt } }] });
  await store.importBatch({ items, fees: [], budgets: [], alerts: [], feedback: [], requests: [] }, (done, total) => {
    if (done % 20_000 === 0 || done === total) process.stderr.write(`  ${done} / ${total}\n`);
  });
  store.database.pragma('wal_checkpoint(TRUNCATE)');
  process.stderr.write(`built in ${((Date.now() - started) / 1000).toFixed(0)} s, ${(statSync(path).size / 1e6).toFixed(0)} MB\n`);
  return store;
}

interface Result {
  name: string;
  ops: number;
  p50: number;
  p99: number;
}

/** Runs `operation` (cycling through its inputs) for the time budget; latencies in ms. */
async function measure<T>(name: string, inputs: readonly T[], operation: (input: T) => unknown): Promise<Result> {
  for (let i = 0; i < Math.min(200, inputs.length * 10); i += 1) await operation(inputs[i % inputs.length]!);
  const latencies: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  for (let i = 0; performance.now() < deadline; i += 1) {
    const t0 = process.hrtime.bigint();
    await operation(inputs[i % inputs.length]!);
    latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  return { name, ops: latencies.length / elapsed, p50: at(0.5), p99: at(0.99) };
}

const store = await build();
const db = store.database;
const ids = db.prepare('SELECT id FROM items ORDER BY random() LIMIT 1000').pluck().all() as string[];
const pk = db.prepare('SELECT summary_doc FROM items WHERE id = ?');
// Keys to resume from, spread over the whole list: a deep page costs what the first does.
const positions = db.prepare('SELECT published_key, id FROM items ORDER BY random() LIMIT 200').raw().all() as [string, string][];
const list = (query: Omit<ItemListQuery, 'sort' | 'limit'>) => store.items.list({ sort: '-publishedAt', limit: 20, ...query });
const terms = (q: string) => q.toLowerCase().split(/\s+/).filter(Boolean);

const results: Result[] = [];
results.push(await measure('baseline: SELECT by primary key', ids, (id) => pk.get(id)));
results.push(await measure('get item by id', ids, (id) => store.items.get(id)));
results.push(await measure('list, default sort, first page', [0], () => list({})));
results.push(await measure('list, default sort, deep page (cursor)', positions, (after) => list({ after })));
results.push(await measure('list, category filter', SEARCH_TERMS.categories, (category) => list({ category })));
results.push(await measure('list, division filter (210900 and inside)', [0], () => list({ divisionCode: '210900' })));
results.push(await measure(`search 3+ chars (${SEARCH_TERMS.long.length} terms)`, SEARCH_TERMS.long, (q) => list({ terms: terms(q) })));
results.push(await measure(`search 1–2 chars (${SEARCH_TERMS.short.length} terms)`, SEARCH_TERMS.short, (q) => list({ terms: terms(q) })));
for (const q of [...SEARCH_TERMS.long, ...SEARCH_TERMS.short])
  results.push(await measure(`  q=${q}`, [q], () => list({ terms: terms(q) })));

const baseline = results[0]!.ops;
const rows = results.map((r) => [r.name, r.ops.toFixed(0), r.p50.toFixed(3), r.p99.toFixed(3), (r.ops / baseline).toFixed(4)]);
const header = ['operation', 'ops/s', 'p50 ms', 'p99 ms', 'ops/s ÷ baseline'];
const widths = header.map((h, i) => Math.max([...h].length, ...rows.map((row) => [...row[i]!].length)));
const line = (cells: string[]) =>
  `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ')} |`;
console.log(
  `\n${itemCount} items (${BENCH_DEPARTMENT}), ${path} (${(statSync(path).size / 1e6).toFixed(0)} MB), ${seconds} s per operation, Node ${process.version}\n`,
);
console.log(line(header));
console.log(`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
for (const row of rows) console.log(line(row));
const listP50 = results.find((r) => r.name.startsWith('list, default sort, first'))!.p50;
const listWorst = Math.max(...results.filter((r) => r.name.startsWith('list')).map((r) => r.p50));
const searchWorst = Math.max(...results.filter((r) => r.name.startsWith('  q=')).map((r) => r.p50));
console.log(
  `\ngoals: list p50 ≤ 2 ms → first page ${listP50.toFixed(3)} ms, worst list ${listWorst.toFixed(3)} ms: ${listWorst <= 2 ? 'met' : 'NOT met'}; search p50 ≤ 10 ms → worst term ${searchWorst.toFixed(3)} ms: ${searchWorst <= 10 ? 'met' : 'NOT met'}`,
);
await store.close();
