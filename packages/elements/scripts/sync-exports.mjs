#!/usr/bin/env node
// Writes the per-element `exports` of package.json from the folders `src/gk-*` (a class entry and a
// define entry each), keeping the others; `test/package-entries.test.ts` fails when they drift.
//   node packages/elements/scripts/sync-exports.mjs
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package.json', import.meta.url);
const manifest = JSON.parse(readFileSync(file, 'utf8'));
const elements = readdirSync(new URL('../src/', import.meta.url))
  .filter((name) => name.startsWith('gk-'))
  .sort();
const others = Object.entries(manifest.exports).filter(([key]) => key !== '.' && !key.startsWith('./gk-'));
manifest.exports = Object.fromEntries([
  ['.', manifest.exports['.']],
  ...elements.flatMap((name) => [
    [`./${name}`, { types: `./dist/${name}/index.d.ts`, default: `./dist/${name}/index.js` }],
    [`./${name}/define`, { types: `./dist/${name}/define.d.ts`, default: `./dist/${name}/define.js` }],
  ]),
  ...others,
]);
writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
