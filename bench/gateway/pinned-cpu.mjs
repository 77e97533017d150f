#!/usr/bin/env node
// Gateway CPU per request under load, without a profiler, beside what run.mjs compares it with
// (fast-gateway and the bare passthrough; the bare JSON fan-out): each server on core 0, the
// departments and the load generator on core 1 (as run.mjs places them), each server's CPU time read
// from /proc/<pid>/stat before and after each run, the servers loaded in turn. Cheaper and closer
// to run.mjs than cpu-per-request.mjs (whose --cpu-prof costs time of its own); Linux only.
// Needs `npm run build` first.
//   node bench/gateway/pinned-cpu.mjs [fan-out|passthrough] [runs] [--also NAME=BUILT_MODULE]… [--alone]
// --also runs another build of the gateway beside this one, loaded in the same turns: keep a copy
// of packages/gateway/dist/index.js in that folder (`cp index.js before.js`), rebuild, and pass
// `--also before=packages/gateway/dist/before.js`. --alone leaves the peers and floors out.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureBenchTools } from '../ensure-tools.mjs';
import { otherBuilds } from './other-builds.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: { also: { type: 'string', multiple: true, default: [] }, alone: { type: 'boolean', default: false } },
});
const scenario = positionals[0] ?? 'fan-out';
const runs = Number(positionals[1] ?? 3);
function refuse(message) {
  console.error(
    `pinned-cpu.mjs: ${message}\nusage: node bench/gateway/pinned-cpu.mjs [fan-out|passthrough] [runs] [--also NAME=BUILT_MODULE]… [--alone]`,
  );
  process.exit(2);
}
if (!['fan-out', 'passthrough'].includes(scenario)) refuse(`unknown scenario ${scenario}: fan-out or passthrough`);
if (!Number.isInteger(runs) || runs < 1) refuse(`runs must be a whole number above 0, not ${positionals[1]}`);
const builds = otherBuilds(options.also, refuse);
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
const department = `http://127.0.0.1:${upstreams.info['bench-0']}`;
// The gateway and, beside it, what its row in run.mjs is compared with: the peer (fast-gateway) and
// the floors that do nothing but the calls (the passthrough's also with the gateway's header
// fields). All wait on core 0; the one under load has it alone.
const peers =
  scenario === 'fan-out'
    ? [['bare JSON fan-out', 'bare-fan-out.mjs', [JSON.stringify(upstreams.info), 'json']]]
    : [
        ['fast-gateway', 'fast-gateway-process.mjs', [department]],
        ['bare passthrough', 'bare-proxy.mjs', [department]],
        ['bare passthrough + gateway fields', 'bare-proxy.mjs', [department, 'gateway-fields']],
      ];
const servers = [
  ['gateway', 'gateway-process.mjs', [JSON.stringify(config)]],
  ...builds.map(({ name, module }) => [name, 'gateway-process.mjs', [JSON.stringify(config), module]]),
  ...(options.alone ? [] : peers),
];
const started = [];
for (const [name, script, args] of servers) started.push({ name, ...(await start(script, args, 0)) });
const uniquePaths = scenario === 'fan-out' ? '/v1/items?limit=10&q=w' : '/v1/items/bench-0:2026-';
const load = async (server, duration) =>
  (await start('load.mjs', [JSON.stringify({ url: `http://127.0.0.1:${server.info.port}/`, uniquePaths, connections: 50, duration })], 1))
    .info;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const perRequest = new Map(started.map((server) => [server.name, []]));
for (const server of started) await load(server, 3); // warm-up, not recorded
for (let run = 1; run <= runs; run++) {
  // In turn, so that a slow interval of the machine falls on one round of each, not on one server;
  // each round starts one server later, so that no build always runs first (or right after another).
  const shift = (run - 1) % started.length;
  for (const server of [...started.slice(shift), ...started.slice(0, shift)]) {
    const before = cpuSeconds(server.child.pid);
    const began = Date.now();
    const result = await load(server, 4);
    const cpu = cpuSeconds(server.child.pid) - before;
    const seconds = (Date.now() - began) / 1000;
    const micros = (1e6 * cpu) / result.total;
    perRequest.get(server.name).push(micros);
    console.log(
      `${scenario} run ${run}, ${server.name}: ${result.rps.toFixed(0)} req/s, CPU ${((100 * cpu) / seconds).toFixed(0)} %, ` +
        `${micros.toFixed(0)} µs per request (${result.non2xx} non-2xx, ${result.errors} errors)`,
    );
  }
}
const gatewayRuns = perRequest.get('gateway');
console.log(
  `\nmedian CPU per request over ${runs} runs; beside each other server, the gateway's µs over its µs in the same round ` +
    `(median, lowest–highest; above 1 means the gateway spends more):`,
);
for (const [name, values] of perRequest) {
  // Ratios within a round cancel most of what a slow interval of the machine does to both.
  const ratios = values.map((micros, index) => gatewayRuns[index] / micros);
  const spread = `${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}`;
  console.log(
    `  ${name}: ${median(values).toFixed(0)} µs${name === 'gateway' ? '' : ` (gateway / ${name} = ${median(ratios).toFixed(2)}, ${spread})`}`,
  );
}
for (const child of children) child.kill('SIGTERM');
process.exit(0);
