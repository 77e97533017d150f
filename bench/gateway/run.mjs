#!/usr/bin/env node
// Gateway benchmark: every figure is a ratio against a baseline measured in the same run, because
// absolute numbers drift on shared machines. Needs `npm run build` first (it runs the built gateway)
// and, for the Redis row, a Redis on 127.0.0.1:6379. With pinning, a row's notes say how busy the
// server core and the load core were (medians, subject vs baseline): what bounded each side.
//   node bench/gateway/run.mjs [--duration 5] [--connections 50]
import { spawn, spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureBenchTools } from '../ensure-tools.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '3' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '50' },
    rounds: { type: 'string', default: '3' },
  },
});
ensureBenchTools();
const warmup = Number(values.warmup);
const duration = Number(values.duration);
const connections = Number(values.connections);
const rounds = Number(values.rounds);
const children = [];
// On a machine with two or more cores, the server under test gets core 0 and the load generator
// core 1, so they do not steal each other's time slices (the largest source of noise here).
const pinning = spawnSync('taskset', ['-c', '0', 'true']).status === 0 && availableParallelism() >= 2;

/** Starts a node script (on core `core` when pinning), resolves with the first JSON line it prints. */
function start(script, args = [], env = {}, core = 0) {
  return new Promise((resolve, reject) => {
    const argv = [join(here, script), ...args];
    const child = pinning
      ? spawn('taskset', ['-c', String(core), process.execPath, ...argv], {
          env: { ...process.env, ...env },
          stdio: ['ignore', 'pipe', 'inherit'],
        })
      : spawn(process.execPath, argv, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    children.push(child);
    let buffer = '';
    child.stdout.on('data', (chunk) => {
      buffer += chunk;
      const line = buffer.split('\n')[0];
      if (buffer.includes('\n')) resolve({ child, info: JSON.parse(line) });
    });
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
}

function stop(...started) {
  for (const { child } of started) child.kill('SIGTERM');
}

/**
 * One load run. load.mjs also says how busy cores 0 and 1 were while it ran (Linux), which tells
 * what bounded the run: a server core near 100 % means the subject, a load core near 100 % the load
 * generator (and whatever shares its core) — then the ratio understates the subject.
 */
async function load(options) {
  const { info } = await start('load.mjs', [JSON.stringify({ connections, duration, ...options })], {}, 1);
  if (info.errors || info.non2xx) console.error(`  ! ${options.url}: ${info.errors} errors, ${info.non2xx} non-2xx of ${info.total}`);
  return info;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Measures the baseline and each subject alternately, `rounds` times each, and keeps the median of
 * each figure: one slow interval then moves no side alone. Resolves with the baseline's summary,
 * then each subject's.
 */
async function compare(baselineOptions, ...subjectOptions) {
  const all = [baselineOptions, ...subjectOptions];
  // A fresh process needs a few seconds of load before it is at speed (JIT, connection pools);
  // the warm-up is not recorded.
  for (const options of all) await load({ ...options, duration: warmup });
  const runs = all.map(() => []);
  for (let round = 0; round < rounds; round++) {
    for (const [index, options] of all.entries()) runs[index].push(await load(options));
  }
  return runs.map((each) => ({
    rps: median(each.map((r) => r.rps)),
    p50: median(each.map((r) => r.p50)),
    p99: median(each.map((r) => r.p99)),
    cores:
      pinning && each[0].busy ? `cores ${[0, 1].map((core) => Math.round(100 * median(each.map((r) => r.busy[core])))).join(' / ')} %` : '',
  }));
}

const quietLimits = {
  rateLimits: { anonymousRead: { points: 100_000_000, durationSeconds: 60 }, anonymousWrite: { points: 1000, durationSeconds: 60 } },
};
const gatewayConfig = (ports, extra = {}) =>
  JSON.stringify({
    departments: Object.entries(ports).map(([id, port]) => ({ id, baseUrl: `http://127.0.0.1:${port}`, connections: 64 })),
    logLevel: 'silent',
    ...quietLimits,
    ...extra,
  });
const rows = [];
const row = (name, measured, baseline, unit, goal, note = '') =>
  rows.push({ name, measured, baseline, ratio: measured / baseline, unit, goal, note });
/** The notes' busy cores of a row's subject and baseline (server core / load core, median). */
const busy = (subject, baseline) => (subject.cores ? `; ${subject.cores} vs ${baseline.cores}` : '');

console.log(
  `Gateway benchmark: autocannon -c ${connections} -d ${duration}s, ${warmup}s warm-up, then ${rounds} alternating rounds per comparison (medians), Node ${process.version}, ${pinning ? 'server on core 0, load on core 1' : 'no CPU pinning'}\n`,
);

// 1. Cached federated list through the whole middleware chain vs bare node:http with the same bytes.
{
  const upstreams = await start('upstreams.mjs', [JSON.stringify([{ id: 'bench-0' }, { id: 'bench-1' }, { id: 'bench-2' }])], {}, 1);
  const gateway = await start('gateway-process.mjs', [gatewayConfig(upstreams.info, { cache: { ttlMs: 600_000 } })]);
  const url = `http://127.0.0.1:${gateway.info.port}/v1/items?limit=10`;
  const bytes = Buffer.from(await (await fetch(url)).arrayBuffer());
  const file = join(mkdtempSync(join(tmpdir(), 'gongkai-bench-')), 'body.json');
  writeFileSync(file, bytes);
  const bare = await start('bare-server.mjs', [file]);
  const [bareResult, cached] = await compare({ url: `http://127.0.0.1:${bare.info.port}/` }, { url });
  row(
    `cached federated list (${bytes.length} B) vs bare node:http`,
    cached.rps,
    bareResult.rps,
    'req/s',
    '≥ 0.50',
    `p99 ${cached.p99} ms vs ${bareResult.p99} ms${busy(cached, bareResult)}`,
  );

  // 3. Uncached 3-way fan-out vs the same bare server, and beside it the floor under it: the same
  // fan-out with nothing of the gateway (bare-fan-out.mjs), with and without the JSON work.
  const uncachedGateway = await start('gateway-process.mjs', [
    gatewayConfig(upstreams.info, { cache: { ttlMs: 0, staleWhileRevalidateMs: 0, staleIfErrorMs: 0 } }),
  ]);
  const bareFanOut = await start('bare-fan-out.mjs', [JSON.stringify(upstreams.info), 'json']);
  const callsOnly = await start('bare-fan-out.mjs', [JSON.stringify(upstreams.info), 'bytes']);
  const fanOutPaths = '/v1/items?limit=10&q=w';
  const [bareAgain, fanOut, floor, calls] = await compare(
    { url: `http://127.0.0.1:${bare.info.port}/` },
    { url: `http://127.0.0.1:${uncachedGateway.info.port}/`, uniquePaths: fanOutPaths },
    { url: `http://127.0.0.1:${bareFanOut.info.port}/`, uniquePaths: fanOutPaths },
    { url: `http://127.0.0.1:${callsOnly.info.port}/`, uniquePaths: fanOutPaths },
  );
  row(
    'uncached 3-way fan-out vs bare node:http',
    fanOut.rps,
    bareAgain.rps,
    'req/s',
    '≥ 0.10',
    `p50 ${fanOut.p50} ms, p99 ${fanOut.p99} ms${busy(fanOut, bareAgain)}`,
  );
  row(
    '  floor: bare JSON fan-out (no gateway) vs bare node:http',
    floor.rps,
    bareAgain.rps,
    'req/s',
    'reference',
    `bare-fan-out.mjs json${busy(floor, bareAgain)}`,
  );
  row(
    '  floor: the three calls alone vs bare node:http',
    calls.rps,
    bareAgain.rps,
    'req/s',
    'reference',
    `bare-fan-out.mjs bytes${busy(calls, bareAgain)}`,
  );
  row(
    '  uncached 3-way fan-out vs the bare JSON fan-out',
    fanOut.rps,
    floor.rps,
    'req/s',
    'reference',
    'what the gateway keeps of its floor',
  );
  stop(gateway, bare, uncachedGateway, bareFanOut, callsOnly, upstreams);
}

// 2. Uncached single-department passthrough vs fast-gateway as a plain proxy, twice: with the
// department beside the load generator (core 1), and beside the proxy (core 0) — the second makes
// it a contest of CPU per request, the first also charges the load generator for parsing the
// gateway's extra headers.
for (const [placement, upstreamCore] of [
  ['department on the load core', 1],
  ['department on the proxy core', 0],
]) {
  const upstreams = await start('upstreams.mjs', [JSON.stringify([{ id: 'bench-0' }])], {}, upstreamCore);
  const target = `http://127.0.0.1:${upstreams.info['bench-0']}`;
  const gateway = await start('gateway-process.mjs', [
    gatewayConfig(upstreams.info, { cache: { ttlMs: 0, staleWhileRevalidateMs: 0, staleIfErrorMs: 0 } }),
  ]);
  const peer = await start('fast-gateway-process.mjs', [target]);
  const bareProxy = await start('bare-proxy.mjs', [target]);
  const resourcePaths = '/v1/items/bench-0:2026-';
  const [peerResult, ours, floor] = await compare(
    { url: `http://127.0.0.1:${peer.info.port}/`, uniquePaths: resourcePaths },
    { url: `http://127.0.0.1:${gateway.info.port}/`, uniquePaths: resourcePaths },
    { url: `http://127.0.0.1:${bareProxy.info.port}/`, uniquePaths: resourcePaths },
  );
  row(
    `uncached single-resource passthrough vs fast-gateway (${placement})`,
    ours.rps,
    peerResult.rps,
    'req/s',
    '≥ 1.2',
    `p99 ${ours.p99} ms vs ${peerResult.p99} ms${busy(ours, peerResult)}`,
  );
  row(
    `  floor: bare passthrough (no gateway) vs fast-gateway (${placement})`,
    floor.rps,
    peerResult.rps,
    'req/s',
    'reference',
    `bare-proxy.mjs${busy(floor, peerResult)}`,
  );
  row(
    `  uncached passthrough vs the bare passthrough (${placement})`,
    ours.rps,
    floor.rps,
    'req/s',
    'reference',
    'what the gateway keeps of its floor',
  );
  stop(gateway, peer, bareProxy, upstreams);
}

// 4. Fan-out latency over the slowest of 10 departments (delays 5…50 ms).
{
  const specs = Array.from({ length: 10 }, (_, i) => ({ id: `bench-${i}`, delayMs: 5 * (i + 1) }));
  const upstreams = await start('upstreams.mjs', [JSON.stringify(specs)], {}, 1);
  const gateway = await start('gateway-process.mjs', [
    gatewayConfig(upstreams.info, { cache: { ttlMs: 0, staleWhileRevalidateMs: 0, staleIfErrorMs: 0 } }),
  ]);
  const [slowest, fanOut] = await compare(
    { url: `http://127.0.0.1:${upstreams.info['bench-9']}/v1/items`, connections: 10 },
    { url: `http://127.0.0.1:${gateway.info.port}/`, uniquePaths: '/v1/items?limit=10&q=w', connections: 10 },
  );
  row(
    '10-way fan-out p50 latency over the slowest department',
    fanOut.p50,
    slowest.p50,
    'ms',
    '≈ 1 (lower is better)',
    `p99 ${fanOut.p99} ms vs ${slowest.p99} ms`,
  );
  stop(gateway, upstreams);
}

// 5. Upstream calls for 100 identical cold requests.
{
  const { createServer } = await import('node:http');
  const calls = { 'bench-0': 0, 'bench-1': 0, 'bench-2': 0 };
  const servers = await Promise.all(
    Object.keys(calls).map(
      (id) =>
        new Promise((resolve) => {
          const body = Buffer.from(JSON.stringify({ data: [], meta: {}, links: {} }));
          const server = createServer((_req, res) => {
            calls[id]++;
            setTimeout(() => res.end(body), 50);
          });
          server.listen(0, '127.0.0.1', () => resolve([id, server]));
        }),
    ),
  );
  const ports = Object.fromEntries(servers.map(([id, server]) => [id, server.address().port]));
  const gateway = await start('gateway-process.mjs', [gatewayConfig(ports, { cache: { ttlMs: 60_000 } })]);
  await Promise.all(
    Array.from({ length: 100 }, () => fetch(`http://127.0.0.1:${gateway.info.port}/v1/items?limit=7`).then((r) => r.arrayBuffer())),
  );
  const perDepartment = Object.values(calls);
  row(
    'upstream calls per department for 100 identical cold requests',
    Math.max(...perDepartment),
    1,
    'calls',
    '1',
    `per department: ${perDepartment.join(', ')}`,
  );
  stop(gateway);
  for (const [, server] of servers) server.close();
}

// 6. Redis limiter (and cache) vs memory, on a cached list.
{
  const upstreams = await start('upstreams.mjs', [JSON.stringify([{ id: 'bench-0' }])], {}, 1);
  const memory = await start('gateway-process.mjs', [gatewayConfig(upstreams.info, { cache: { ttlMs: 600_000 } })]);
  const redis = await start('gateway-process.mjs', [gatewayConfig(upstreams.info, { cache: { ttlMs: 600_000 } })], {
    GONGKAI_REDIS_URL: process.env.GONGKAI_REDIS_URL ?? 'redis://127.0.0.1:6379',
  });
  const [memoryResult, redisResult] = await compare(
    { url: `http://127.0.0.1:${memory.info.port}/v1/items` },
    { url: `http://127.0.0.1:${redis.info.port}/v1/items` },
  );
  row(
    'Redis rate limiter + cache vs in-memory, cached list',
    redisResult.rps,
    memoryResult.rps,
    'req/s',
    '≥ 0.80',
    `p99 ${redisResult.p99} ms vs ${memoryResult.p99} ms${busy(redisResult, memoryResult)}`,
  );
  stop(memory, redis, upstreams);
}

const table = [
  '| measurement | measured | baseline | ratio | goal | notes |',
  '| --- | ---: | ---: | ---: | --- | --- |',
  ...rows.map(
    (r) =>
      `| ${r.name} | ${r.measured.toFixed(r.unit === 'req/s' ? 0 : 1)} ${r.unit} | ${r.baseline.toFixed(r.unit === 'req/s' ? 0 : 1)} ${r.unit} | **${r.ratio.toFixed(2)}** | ${r.goal} | ${r.note} |`,
  ),
];
console.log(table.join('\n'));
for (const child of children) child.kill('SIGTERM');
process.exit(0);
