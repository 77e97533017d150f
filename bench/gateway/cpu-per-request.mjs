#!/usr/bin/env node
// CPU time the gateway spends per request, and where: a measure that load from other work on a
// shared machine barely moves, unlike requests per second. For each scenario of run.mjs it starts a
// gateway under `--cpu-prof`, warms it up, reads the process's CPU time (process.cpuUsage, user +
// system), sends a fixed number of requests, reads it again, and divides. The profile of each
// gateway is written to the output directory, and its top frames by self time are printed.
// Needs `npm run build` first and, for the Redis scenario, a Redis on 127.0.0.1:6379.
//   node bench/gateway/cpu-per-request.mjs [--requests 20000] [--out DIR] [--only passthrough,fan-out]
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureBenchTools } from '../ensure-tools.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '20000' },
    out: { type: 'string' },
    only: { type: 'string' },
    top: { type: 'string', default: '12' },
  },
});
ensureBenchTools();
const requests = Number(values.requests);
const out = values.out ?? mkdtempSync(join(tmpdir(), 'gongkai-cpu-'));
const only = values.only ? new Set(values.only.split(',')) : undefined;

/** Starts a node script, resolves with the child and a reader of its JSON lines. */
function start(script, args = [], { env = {}, nodeArgs = [] } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, join(here, script), ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const waiting = [];
    let buffer = '';
    child.stdout.on('data', (chunk) => {
      buffer += chunk;
      let newline;
      while ((newline = buffer.indexOf('\n')) !== -1) {
        const line = JSON.parse(buffer.slice(0, newline));
        buffer = buffer.slice(newline + 1);
        waiting.shift()?.(line);
      }
    });
    const next = () => new Promise((lineResolve) => waiting.push(lineResolve));
    next().then((info) => resolve({ child, info, next }));
    child.once('exit', (code) => code && reject(new Error(`${script} exited with ${code}`)));
  });
}

async function load(options) {
  const { info, child } = await start('load.mjs', [JSON.stringify({ connections: 50, ...options })]);
  await new Promise((resolve) => child.once('exit', resolve));
  return info;
}

/** CPU microseconds the gateway used, asked of it by signal (gateway-process.mjs answers). */
async function cpuOf(gateway) {
  const line = gateway.next();
  gateway.child.kill('SIGUSR2');
  return (await line).cpuMicroseconds;
}

const gatewayConfig = (ports, extra = {}) =>
  JSON.stringify({
    departments: Object.entries(ports).map(([id, port]) => ({ id, baseUrl: `http://127.0.0.1:${port}`, connections: 64 })),
    logLevel: 'silent',
    rateLimits: { anonymousRead: { points: 100_000_000, durationSeconds: 60 }, anonymousWrite: { points: 1000, durationSeconds: 60 } },
    ...extra,
  });
const uncached = { cache: { ttlMs: 0, staleWhileRevalidateMs: 0, staleIfErrorMs: 0 } };
const cached = { cache: { ttlMs: 600_000 } };
const redisEnv = { GONGKAI_REDIS_URL: process.env.GONGKAI_REDIS_URL ?? 'redis://127.0.0.1:6379' };

const scenarios = [
  { name: 'cached-list', departments: 3, config: cached, path: '/v1/items?limit=10' },
  { name: 'fan-out', departments: 3, config: uncached, uniquePaths: '/v1/items?limit=10&q=w' },
  { name: 'passthrough', departments: 1, config: uncached, uniquePaths: '/v1/items/bench-0:2026-' },
  // The peer of the passthrough row: fast-gateway as a plain proxy to the same department.
  { name: 'fast-gateway-passthrough', departments: 1, peer: true, uniquePaths: '/v1/items/bench-0:2026-' },
  { name: 'redis-cached-list', departments: 1, config: cached, path: '/v1/items', env: redisEnv },
  { name: 'memory-cached-list', departments: 1, config: cached, path: '/v1/items' },
];

/** Self time per function (name, file, line) over a V8 .cpuprofile, largest first, in % of the busy samples. */
function topFrames(file, count) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const selfByFrame = new Map();
  let total = 0;
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    const frame = `${functionName || '(anonymous)'} ${url ? `${basename(url)}:${lineNumber + 1}` : ''}`.trim();
    selfByFrame.set(frame, (selfByFrame.get(frame) ?? 0) + (node.hitCount ?? 0));
    if (frame !== '(idle)') total += node.hitCount ?? 0;
  }
  return [...selfByFrame.entries()]
    .filter(([frame]) => frame !== '(idle)')
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([frame, hits]) => `${((100 * hits) / total).toFixed(1).padStart(5)} %  ${frame}`);
}

console.log(`CPU per request: ${requests} requests per scenario after a warm-up, -c 50; profiles in ${out}\n`);
const results = [];
for (const scenario of scenarios) {
  if (only && !only.has(scenario.name)) continue;
  const specs = Array.from({ length: scenario.departments }, (_, i) => ({ id: `bench-${i}` }));
  const upstreams = await start('upstreams.mjs', [JSON.stringify(specs)]);
  const profileDir = join(out, scenario.name);
  const gateway = await start(
    scenario.peer ? 'fast-gateway-process.mjs' : 'gateway-process.mjs',
    [scenario.peer ? `http://127.0.0.1:${upstreams.info['bench-0']}` : gatewayConfig(upstreams.info, scenario.config)],
    {
      env: { ...scenario.env, GONGKAI_BENCH_CPU_REPORT: '1' },
      nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`],
    },
  );
  const target = {
    url: `http://127.0.0.1:${gateway.info.port}${scenario.path ?? '/'}`,
    ...(scenario.uniquePaths ? { uniquePaths: scenario.uniquePaths } : {}),
  };
  await load({ ...target, amount: Math.max(2000, requests / 5) });
  const before = await cpuOf(gateway);
  const measured = await load({ ...target, amount: requests });
  const after = await cpuOf(gateway);
  const exited = new Promise((resolve) => gateway.child.once('exit', resolve));
  gateway.child.kill('SIGTERM');
  upstreams.child.kill('SIGTERM');
  await exited;
  const perRequest = (after - before) / measured.total;
  results.push({
    scenario: scenario.name,
    microsecondsPerRequest: Math.round(perRequest),
    non2xx: measured.non2xx,
    errors: measured.errors,
  });
  console.log(`${scenario.name}: ${perRequest.toFixed(0)} µs CPU per request (${measured.total} requests, ${measured.non2xx} non-2xx)`);
  // fast-gateway ends on SIGTERM without exiting normally, so it writes no profile.
  const [profile] = existsSync(profileDir) ? readdirSync(profileDir).filter((name) => name.endsWith('.cpuprofile')) : [];
  if (profile) console.log(topFrames(join(profileDir, profile), Number(values.top)).join('\n'), '\n');
}
console.log(JSON.stringify(results));
