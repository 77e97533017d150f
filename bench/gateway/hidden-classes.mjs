#!/usr/bin/env node
// Hidden classes (V8 maps) the gateway makes per request once warm: a number that should be about
// 0. A per-request object built by `{ ...source, newField }` gets a hidden class of its own on
// Node 20 once its code is optimised, and every place that reads it then meets a new shape; one
// such object on the passthrough's path cost 11–20 % of its CPU (docs/performance.md). This
// starts a gateway under `--log-maps`, loads it twice per scenario (warm-up, then measured), and
// counts the maps V8 logged during the measured load, by kind. Needs `npm run build` first.
//   node bench/gateway/hidden-classes.mjs [--also NAME=BUILT_MODULE]…
// --also measures another build too (a copy of packages/gateway/dist/index.js kept in that folder).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureBenchTools } from '../ensure-tools.mjs';
import { otherBuilds } from './other-builds.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const { values: options } = parseArgs({ options: { also: { type: 'string', multiple: true, default: [] } } });
function refuse(message) {
  console.error(`hidden-classes.mjs: ${message}\nusage: node bench/gateway/hidden-classes.mjs [--also NAME=BUILT_MODULE]…`);
  process.exit(2);
}
const builds = [{ name: 'gateway', module: undefined }, ...otherBuilds(options.also, refuse)];
ensureBenchTools();
const children = [];

/** Starts a bench script, resolves with the process and the first JSON line it prints. */
function start(script, args, nodeArgs = []) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, join(here, script), ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    children.push(child);
    let buffer = '';
    child.stdout.on('data', (chunk) => {
      buffer += chunk;
      if (buffer.includes('\n')) resolve({ child, info: JSON.parse(buffer.split('\n')[0]) });
    });
    child.once('exit', (code) => code && reject(new Error(`${script} exited with ${code}`)));
  });
}

const upstreams = await start('upstreams.mjs', [JSON.stringify([0, 1, 2].map((i) => ({ id: `bench-${i}` })))]);
const config = {
  departments: Object.entries(upstreams.info).map(([id, port]) => ({ id, baseUrl: `http://127.0.0.1:${port}`, connections: 64 })),
  logLevel: 'silent',
  rateLimits: { anonymousRead: { points: 100_000_000, durationSeconds: 60 }, anonymousWrite: { points: 1000, durationSeconds: 60 } },
  cache: { ttlMs: 0, staleWhileRevalidateMs: 0, staleIfErrorMs: 0 },
};
const scenarios = [
  ['passthrough', '/v1/items/bench-0:2026-'],
  ['3-way fan-out', '/v1/items?limit=10&q=w'],
];
const logDirectory = mkdtempSync(join(tmpdir(), 'gongkai-maps-'));
const mapLines = (log) =>
  readFileSync(log, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('map,'));

console.log('Hidden classes V8 made in the gateway during a 3-s load after a 3-s warm-up (-c 50, unique paths, no cache):\n');
for (const { name, module } of builds) {
  const log = join(logDirectory, `${name}.log`);
  const gateway = await start(
    'gateway-process.mjs',
    [JSON.stringify(config), ...(module ? [module] : [])],
    ['--log-maps', `--logfile=${log}`, '--no-logfile-per-isolate'],
  );
  for (const [scenario, uniquePaths] of scenarios) {
    const load = async () =>
      (
        await start('load.mjs', [
          JSON.stringify({ url: `http://127.0.0.1:${gateway.info.port}/`, uniquePaths, connections: 50, duration: 3 }),
        ])
      ).info;
    await load();
    const before = mapLines(log).length;
    const { total } = await load();
    const made = mapLines(log).slice(before);
    const kinds = new Map();
    for (const line of made) {
      const kind = line.split(',')[1];
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    }
    const byKind = [...kinds].sort((a, b) => b[1] - a[1]).map(([kind, count]) => `${kind} ${count}`);
    console.log(
      `${name}, ${scenario}: ${made.length} maps for ${total} requests = ${(made.length / total).toFixed(3)} per request` +
        (byKind.length ? ` (${byKind.join(', ')})` : ''),
    );
  }
  gateway.child.kill('SIGTERM');
}
for (const child of children) child.kill('SIGTERM');
rmSync(logDirectory, { recursive: true, force: true });
process.exit(0);
