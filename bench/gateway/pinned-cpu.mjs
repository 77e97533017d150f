#!/usr/bin/env node
// Gateway CPU per request under load, without a profiler: the gateway on core 0, the departments
// and the load generator on core 1 (as run.mjs places them), the gateway's CPU time read from
// /proc/<pid>/stat before and after each run. Cheaper and closer to run.mjs than
// cpu-per-request.mjs (whose --cpu-prof costs time of its own); Linux only.
// Needs `npm run build` first.
//   node bench/gateway/pinned-cpu.mjs [fan-out|passthrough] [runs]
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBenchTools } from '../ensure-tools.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const scenario = process.argv[2] ?? 'fan-out';
const runs = Number(process.argv[3] ?? 3);
if (!['fan-out', 'passthrough'].includes(scenario)) throw new Error(`unknown scenario ${scenario}: fan-out or passthrough`);
ensureBenchTools();
const children = [];

/** Starts a bench script on `core`, resolves with the process and the first JSON line it prints. */
function start(script, args, core) {
  return new Promise((resolve, reject) => {
    const child = spawn('taskset', ['-c', String(core), process.execPath, join(here, script), ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    children.push(child);
    let buffer = '';
    child.stdout.on('data', (chunk) => {
      buffer += chunk;
      if (buffer.includes('\n')) resolve({ child, info: JSON.parse(buffer.split('\n')[0]) });
    });
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
}

/** User + system CPU seconds of a process so far. */
function cpuSeconds(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

const departments = scenario === 'fan-out' ? 3 : 1;
const upstreams = await start('upstreams.mjs', [JSON.stringify(Array.from({ length: departments }, (_, i) => ({ id: `bench-${i}` })))], 1);
const config = {
  departments: Object.entries(upstreams.info).map(([id, port]) => ({ id, baseUrl: `http://127.0.0.1:${port}`, connections: 64 })),
  logLevel: 'silent',
  rateLimits: { anonymousRead: { points: 100_000_000, durationSeconds: 60 }, anonymousWrite: { points: 1000, durationSeconds: 60 } },
  cache: { ttlMs: 0, staleWhileRevalidateMs: 0, staleIfErrorMs: 0 },
};
const gateway = await start('gateway-process.mjs', [JSON.stringify(config)], 0);
const target = {
  url: `http://127.0.0.1:${gateway.info.port}/`,
  uniquePaths: scenario === 'fan-out' ? '/v1/items?limit=10&q=w' : '/v1/items/bench-0:2026-',
  connections: 50,
};
const load = async (duration) => (await start('load.mjs', [JSON.stringify({ ...target, duration })], 1)).info;

await load(3); // warm-up, not recorded
for (let run = 1; run <= runs; run++) {
  const before = cpuSeconds(gateway.child.pid);
  const started = Date.now();
  const result = await load(4);
  const cpu = cpuSeconds(gateway.child.pid) - before;
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `${scenario} run ${run}: ${result.rps.toFixed(0)} req/s, gateway CPU ${((100 * cpu) / seconds).toFixed(0)} %, ` +
      `${((1e6 * cpu) / result.total).toFixed(0)} µs per request (${result.non2xx} non-2xx, ${result.errors} errors)`,
  );
}
for (const child of children) child.kill('SIGTERM');
process.exit(0);
