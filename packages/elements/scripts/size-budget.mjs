#!/usr/bin/env node
// What the CDN file weighs gzipped (every element, Lit and the client included), against the budget
// of 30 kB. `--check` fails when it is over, or when the file is missing (build first).
//   node packages/elements/scripts/size-budget.mjs [--check]
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 30_000; // 30 kB, gzip -9
const file = fileURLToPath(new URL('../dist/cdn/gongkai-elements.js', import.meta.url));
if (!existsSync(file)) {
  console.error(`${file} is missing: build first (npm run build -w @gongkai/elements).`);
  process.exit(1);
}
const bytes = readFileSync(file);
const gzipped = gzipSync(bytes, { level: 9 }).length;
const over = gzipped > BUDGET_BYTES;
console.log(`@gongkai/elements CDN file: ${bytes.length} B min, ${gzipped} B gzip ${over ? 'OVER' : '≤'} the ${BUDGET_BYTES} B budget`);
if (process.argv.includes('--check') && over) process.exit(1);
