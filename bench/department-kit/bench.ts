/**
 * Department store benchmark: 100 000 generated items in a SQLite file and in a PostgreSQL
 * schema; the list, get and Chinese search operations the v1 API answers with, timed one by one,
 * on both stores in the same run.
 *
 *   npx tsx bench/department-kit/bench.ts [--items 100000] [--fresh] [--seconds 3] [--db FILE]
 *                                         [--postgres postgres://postgres@127.0.0.1:5432/postgres] [--no-postgres]
 *
 * Prints ops/s, p50 and p99 per operation and store, the ratio of each to its store's primary-key
 * SELECT on the same connection (the floor), and PostgreSQL's ops/s over SQLite's.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { DisclosureStore, ItemListQuery, SortKey } from '@gongkai/department-kit';
import { BENCH_DEPARTMENT, SEARCH_TERMS } from './generate-items';
import { openBenchPostgres, openBenchSqlite, type BenchStore } from './bench-stores';

const { values } = parseArgs({
  options: {
    items: { type: 'string', default: '100000' },
    seconds: { type: 'string', default: '3' },
    db: { type: 'string' },
    postgres: { type: 'string', default: process.env['GONGKAI_BENCH_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres' },
    'no-postgres': { type: 'boolean', default: false },
    fresh: { type: 'boolean', default: false },
  },
});
const itemCount = Number(values.items);
const seconds = Number(values.seconds);
const path = values.db ?? join(tmpdir(), `gongkai-bench-items-${itemCount}.db`);

interface Result {
  ops: number;
  p50: number;
  p99: number;
}

/** Runs `operation` (cycling through its inputs) for the time budget; latencies in ms. */
async function measure<T>(inputs: readonly T[], operation: (input: T) => unknown): Promise<Result> {
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
  return { ops: latencies.length / elapsed, p50: at(0.5), p99: at(0.99) };
}

const stores: BenchStore[] = [await openBenchSqlite(path, itemCount, values.fresh)];
if (!values['no-postgres']) stores.push(await openBenchPostgres(values.postgres, itemCount, values.fresh));
// The same items in both stores: ids and resume positions drawn once, from SQLite.
const { ids, positions } = await stores[0]!.samples();
const terms = (q: string) => q.toLowerCase().split(/\s+/).filter(Boolean);

interface Operation {
  readonly name: string;
  readonly run: (bench: BenchStore) => Promise<Result>;
}
const list = (store: DisclosureStore, query: Omit<ItemListQuery, 'sort' | 'limit'>) =>
  store.items.list({ sort: '-publishedAt', limit: 20, ...query });
const operations: Operation[] = [
  { name: 'baseline: SELECT by primary key', run: (b) => measure(ids, (id) => b.selectById(id)) },
  { name: 'get item by id', run: (b) => measure(ids, (id) => b.store.items.get(id)) },
  { name: 'list, default sort, first page', run: (b) => measure([0], () => list(b.store, {})) },
  { name: 'list, default sort, deep page (cursor)', run: (b) => measure(positions, (after: SortKey) => list(b.store, { after })) },
  { name: 'list, category filter', run: (b) => measure(SEARCH_TERMS.categories, (category) => list(b.store, { category })) },
  { name: 'list, division filter (210900 and inside)', run: (b) => measure([0], () => list(b.store, { divisionCode: '210900' })) },
  {
    name: `search 3+ chars (${SEARCH_TERMS.long.length} terms)`,
    run: (b) => measure(SEARCH_TERMS.long, (q) => list(b.store, { terms: terms(q) })),
  },
  {
    name: `search 1–2 chars (${SEARCH_TERMS.short.length} terms)`,
    run: (b) => measure(SEARCH_TERMS.short, (q) => list(b.store, { terms: terms(q) })),
  },
  ...[...SEARCH_TERMS.long, ...SEARCH_TERMS.short].map((q) => ({
    name: `  q=${q}`,
    run: (b: BenchStore) => measure([q], () => list(b.store, { terms: terms(q) })),
  })),
];

// Each operation on each store in turn, so load from other work falls on both alike.
const results = new Map<string, Result[]>();
for (const operation of operations) {
  const measured: Result[] = [];
  for (const bench of stores) measured.push(await operation.run(bench));
  results.set(operation.name, measured);
  process.stderr.write(`  ${operation.name}: ${measured.map((r) => `${r.ops.toFixed(0)} ops/s`).join(' / ')}\n`);
}

const header = ['operation'];
for (const bench of stores) header.push(`${bench.name} ops/s`, `${bench.name} p50 ms`, `${bench.name} p99 ms`, `${bench.name} ÷ baseline`);
if (stores.length > 1) header.push(`${stores[1]!.name} ÷ ${stores[0]!.name}`);
const rows = operations.map((operation) => {
  const measured = results.get(operation.name)!;
  const cells = [operation.name];
  measured.forEach((result, index) => {
    const baseline = results.get(operations[0]!.name)![index]!.ops;
    cells.push(result.ops.toFixed(0), result.p50.toFixed(3), result.p99.toFixed(3), (result.ops / baseline).toFixed(4));
  });
  if (measured.length > 1) cells.push((measured[1]!.ops / measured[0]!.ops).toFixed(2));
  return cells;
});
const widths = header.map((h, i) => Math.max([...h].length, ...rows.map((row) => [...row[i]!].length)));
const line = (cells: string[]) =>
  `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ')} |`;
console.log(`\n${itemCount} items (${BENCH_DEPARTMENT}), ${seconds} s per operation, Node ${process.version}`);
for (const bench of stores) console.log(`  ${bench.name}: ${bench.describe()}`);
console.log();
console.log(line(header));
console.log(`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
for (const row of rows) console.log(line(row));
stores.forEach((bench, index) => {
  const of = (prefix: string) => operations.filter((o) => o.name.startsWith(prefix)).map((o) => results.get(o.name)![index]!.p50);
  const listFirst = of('list, default sort, first')[0]!;
  const listWorst = Math.max(...of('list'));
  const searchWorst = Math.max(...of('  q='));
  console.log(
    `goals (${bench.name}): list p50 ≤ 2 ms → first page ${listFirst.toFixed(3)} ms, worst list ${listWorst.toFixed(3)} ms: ${listWorst <= 2 ? 'met' : 'NOT met'}; search p50 ≤ 10 ms → worst term ${searchWorst.toFixed(3)} ms: ${searchWorst <= 10 ? 'met' : 'NOT met'}`,
  );
});
for (const bench of stores) await bench.close();
