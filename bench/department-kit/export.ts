/**
 * Bulk export benchmark: 100 000 generated items (the store benchmark's SQLite file) exported
 * through HTTP in each format asked for (gzip NDJSON and plain NDJSON by default), against reading
 * the same items from the store directly, in one run.
 *
 *   npx tsx bench/department-kit/export.ts [--items 100000] [--db FILE] [--formats ndjson,ndjson-plain,csv]
 *
 * The department runs in a child process so that its memory is measured alone: it samples
 * `process.memoryUsage()` every 10 ms and reports RSS and heap before, at the peak and after the
 * exports (the peak also per format). Store read and each format's export run alternately three
 * times; the medians are compared. The parent downloads each export as a user would and checks it
 * (every NDJSON line against the trailer's count and SHA-256) while it arrives.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { request, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createDepartmentApp, openSqliteStore } from '@gongkai/department-kit';
import { verifiedExportLines } from '@gongkai/spec/export-file';
import { BENCH_DEPARTMENT } from './generate-items';
import { openBenchSqlite } from './bench-stores';

const { values } = parseArgs({
  options: {
    items: { type: 'string', default: '100000' },
    db: { type: 'string' },
    formats: { type: 'string', default: 'ndjson,ndjson-plain' },
    // Also download each format without checking it: what the department's side costs alone.
    unchecked: { type: 'boolean', default: false },
    child: { type: 'boolean', default: false },
  },
});
const itemCount = Number(values.items);
const formats = values.formats.split(',').flatMap((format) => (values.unchecked ? [format, `${format} unchecked`] : [format]));
const path = values.db ?? join(tmpdir(), `gongkai-bench-items-${itemCount}.db`);

interface Memory {
  rss: number;
  heapUsed: number;
}
interface ChildReport {
  before: Memory;
  peak: Memory;
  after: Memory;
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;

async function child(): Promise<void> {
  const store = openSqliteStore(path);
  // Reading the items from the store directly, as an export does: keyset pages of 500 in id order.
  const readAll = async () => {
    let count = 0;
    let after: string | undefined;
    for (;;) {
      const page = await store.items.exportPage(after, 500);
      count += page.length;
      if (page.length < 500) return count;
      after = page.at(-1)!.id;
    }
  };
  await readAll(); // warm the page cache, as the export will find it
  globalThis.gc?.();

  const { app } = createDepartmentApp({
    department: {
      id: BENCH_DEPARTMENT,
      name: '基准测试厅',
      kind: 'governmentDepartment',
      level: 'provincial',
      division: { code: '210000', name: '辽宁省' },
      unifiedSocialCreditCode: '11210000000000012X',
      disclosureOffice: {
        name: '政务公开办公室',
        address: '沈阳市',
        officeHours: '工作日',
        phone: '024-22000000',
        acceptedChannels: ['online'],
      },
      guide: { summary: '公开指南。', updatedAt: '2026-01-15T09:00:00+08:00' },
    },
    store,
    adminTokens: [],
    log: () => {},
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const sample = (): Memory => {
    const { rss, heapUsed } = process.memoryUsage();
    return { rss, heapUsed };
  };
  const before = sample();
  const peak = { ...before };
  const overall = { ...before };
  const sampler = setInterval(() => {
    const now = sample();
    for (const highest of [peak, overall]) {
      highest.rss = Math.max(highest.rss, now.rss);
      highest.heapUsed = Math.max(highest.heapUsed, now.heapUsed);
    }
  }, 10);
  process.send!({ port: (server.address() as AddressInfo).port });
  process.on('message', async (message) => {
    if (message === 'peak') {
      // The peak since the last ask, then a new one from now: each export's own peak.
      process.send!({ ...peak });
      Object.assign(peak, sample());
      return;
    }
    if (message === 'read') {
      const started = performance.now();
      const count = await readAll();
      process.send!({ ms: performance.now() - started, count });
      return;
    }
    clearInterval(sampler);
    // What the exports left behind, once garbage is collected: what they hold, not what V8 has not freed yet.
    globalThis.gc?.();
    const report: ChildReport = { before, peak: overall, after: sample() };
    process.send!(report);
    server.close();
    await store.close();
    process.exit(0);
  });
}

/** Downloads one export as a user would, checking every line against the trailer (NDJSON) as it arrives. */
async function downloadExport(port: number, run: string): Promise<{ bytes: number; count: number }> {
  const [format, unchecked] = run.split(' ');
  let bytes = 0;
  let count = 0;
  const response = await new Promise<IncomingMessage>((resolve, reject) =>
    request(`http://127.0.0.1:${port}/v1/exports/items?format=${format}`, resolve).on('error', reject).end(),
  );
  const counted = (async function* () {
    for await (const chunk of response as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      yield chunk;
    }
  })();
  if (unchecked) {
    for await (const _chunk of counted);
  } else if (format !== 'csv') {
    for await (const _line of verifiedExportLines(counted, { compressed: format === 'ndjson' })) count += 1;
  } else {
    for await (const chunk of counted) count += chunk.toString('utf8').split('\r\n').length - 1;
    count -= 1; // the header row
  }
  return { bytes, count };
}

function nextMessage<T>(process: ChildProcess): Promise<T> {
  return new Promise((resolve) => process.once('message', (message) => resolve(message as T)));
}

async function parent(): Promise<void> {
  // Builds the items on the first run (shared with bench.ts), then leaves the file to the child.
  await (await openBenchSqlite(path, itemCount, false)).close();
  const department = fork(fileURLToPath(import.meta.url), ['--child', '--items', String(itemCount), '--db', path], {
    execArgv: [...process.execArgv, '--expose-gc'],
  });
  // The department must not outlive a benchmark that fails.
  process.once('exit', () => department.kill());
  department.once('exit', (code) => {
    if (code !== 0) {
      console.error(`the department process ended with ${code}`);
      process.exit(1);
    }
  });
  const { port } = await nextMessage<{ port: number }>(department);
  const reads: number[] = [];
  const runs = new Map(formats.map((format) => [format, { ms: [] as number[], peakRss: [] as number[], bytes: 0, count: 0 }]));
  // Alternately, three times: load from other work falls on all alike; the medians are kept.
  for (let round = 0; round < 3; round += 1) {
    department.send('read');
    reads.push((await nextMessage<{ ms: number }>(department)).ms);
    for (const [format, run] of runs) {
      department.send('peak'); // starts this export's own peak
      await nextMessage<Memory>(department);
      const started = performance.now();
      Object.assign(run, await downloadExport(port, format));
      run.ms.push(performance.now() - started);
      department.send('peak');
      run.peakRss.push((await nextMessage<Memory>(department)).rss);
    }
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[1]!;
  const storeReadMs = median(reads);
  department.send('done');
  const report = await nextMessage<ChildReport>(department);
  const list = (values: number[]) => values.map((value) => value.toFixed(0)).join(', ');
  console.log(`export of ${itemCount} items from ${path}`);
  console.log(`| measurement | value |\n| --- | ---: |`);
  console.log(`| read from the store directly (keyset pages of 500), median of 3 | ${storeReadMs.toFixed(0)} ms (${list(reads)}) |`);
  for (const [format, run] of runs) {
    const ms = median(run.ms);
    console.log(
      `| export \`${format}\` (${mb(run.bytes)} sent${format.endsWith('unchecked') ? ', only counted' : `, ${run.count} items checked as they arrive`}), median of 3 | ${ms.toFixed(0)} ms (${list(run.ms)}) |`,
    );
    console.log(`| **ratio \`${format}\` export / store read** | **${(ms / storeReadMs).toFixed(2)}** |`);
    console.log(`| department RSS peak during the \`${format}\` exports | ${run.peakRss.map(mb).join(', ')} |`);
  }
  console.log(
    `| department RSS before / peak / after (after a GC) | ${mb(report.before.rss)} / ${mb(report.peak.rss)} / ${mb(report.after.rss)} |`,
  );
  console.log(
    `| department heap before / peak / after (after a GC) | ${mb(report.before.heapUsed)} / ${mb(report.peak.heapUsed)} / ${mb(report.after.heapUsed)} |`,
  );
}

if (values.child) await child();
else
  await parent().catch((error) => {
    console.error(error);
    process.exit(1);
  });
