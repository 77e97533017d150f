#!/usr/bin/env node
// `npm run bench`: every benchmark, each printing ratios against a baseline measured in the same
// run. Builds first (the gateway benchmark runs the built package). For options run them one by one:
//   node bench/gateway/run.mjs [--duration 3] [--warmup 3] [--rounds 3] [--connections 50]
//   npx tsx bench/department-kit/bench.ts [--items 100000] [--seconds 3] [--fresh] [--postgres URL | --no-postgres]
import { spawnSync } from 'node:child_process';

function step(title, command, args) {
  console.log(`\n=== ${title} ===`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`${title} failed (exit ${result.status})`);
    process.exit(result.status ?? 1);
  }
}

step('build', 'npm', ['run', 'build', '--silent']);
step('client: what a browser bundle of @gongkai/client weighs', process.execPath, ['packages/client/scripts/size-budget.mjs']);
step('department stores (SQLite and PostgreSQL): list, get, Chinese search on 100 000 items', 'npx', [
  '--no-install',
  'tsx',
  'bench/department-kit/bench.ts',
]);
step('gateway: cache, fan-out, passthrough, coalescing, Redis', process.execPath, ['bench/gateway/run.mjs']);
