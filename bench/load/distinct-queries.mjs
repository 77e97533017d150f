#!/usr/bin/env node
// Issue 12, item 3: does the gateway's memory stay bounded when every request carries a new `q`?
// Starts three sample departments and the built gateway (`npm run build` first) in their own
// processes, sends N requests to /v1/items?q=<distinct Chinese text> and samples the gateway's RSS
// (VmRSS from /proc) as it goes. The goal: RSS bounded by the configured cache plus a constant.
//   node bench/load/distinct-queries.mjs [--requests 100000] [--connections 32] [--cache-mb 64]
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Pool } from 'undici';

const here = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '100000' },
    connections: { type: 'string', default: '32' },
    'cache-mb': { type: 'string', default: '64' },
    samples: { type: 'string', default: '10' },
  },
});
const requests = Number(values.requests);
const connections = Number(values.connections);
const cacheBytes = Number(values['cache-mb']) * 1024 * 1024;
const children = [];

function start(script, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(here, script), ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    children.push(child);
    let buffered = '';
    child.stdout.on('data', (chunk) => {
      buffered += chunk;
      const line = buffered.split('\n')[0];
      if (buffered.includes('\n')) resolve({ child, ready: JSON.parse(line) });
    });
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
}

function rssMiB(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)[1]) / 1024;
}

// The n-th query: its number written in CJK unified ideographs (base 20 902), so every one differs.
function distinctChineseQuery(n) {
  let text = '';
  let rest = n + 20_902 * 20_902; // at least three characters, as real searches mostly are
  while (rest > 0) {
    text += String.fromCodePoint(0x4e00 + (rest % 20_902));
    rest = Math.floor(rest / 20_902);
  }
  return text;
}

try {
  const { ready: departments } = await start('departments-process.mjs', ['3']);
  const config = {
    departments: departments.map(({ id, url }) => ({ id, baseUrl: url })),
    cache: { maxBytes: cacheBytes },
    rateLimits: { anonymousRead: { points: 100_000_000, durationSeconds: 60 } },
    logLevel: 'silent',
  };
  const { child: gateway, ready } = await start('../gateway/gateway-process.mjs', [JSON.stringify(config)]);
  const pool = new Pool(`http://127.0.0.1:${ready.port}`, { connections, pipelining: 1 });
  const get = async (path) => {
    const response = await pool.request({ method: 'GET', path });
    await response.body.dump();
    return response.statusCode;
  };
  for (let i = 0; i < 200; i += 1) await get('/v1/items?q=%E5%85%AC%E7%A7%AF%E9%87%91'); // warm up
  const before = rssMiB(gateway.pid);
  const samples = [{ sent: 0, rssMiB: before }];
  const every = Math.ceil(requests / Number(values.samples));
  const statuses = new Map();
  let next = 0;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (next < requests) {
        const n = next++;
        const status = await get(`/v1/items?q=${encodeURIComponent(distinctChineseQuery(n))}`);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if ((n + 1) % every === 0) samples.push({ sent: n + 1, rssMiB: rssMiB(gateway.pid) });
      }
    }),
  );
  const seconds = (Date.now() - started) / 1000;
  const after = rssMiB(gateway.pid);
  await pool.close();
  const peak = Math.max(...samples.map((s) => s.rssMiB), after);
  process.stdout.write(
    `${JSON.stringify(
      {
        requests,
        connections,
        cacheMaxMiB: cacheBytes / 1024 / 1024,
        seconds,
        statuses: Object.fromEntries(statuses),
        rssBeforeMiB: Math.round(before),
        rssAfterMiB: Math.round(after),
        rssPeakMiB: Math.round(peak),
        growthMiB: Math.round(after - before),
        growthPerQueryBytes: Math.round(((after - before) * 1024 * 1024) / requests),
        samples: samples.map((s) => `${s.sent}:${Math.round(s.rssMiB)}`).join(' '),
      },
      null,
      2,
    )}\n`,
  );
} finally {
  for (const child of children) child.kill('SIGTERM');
}
