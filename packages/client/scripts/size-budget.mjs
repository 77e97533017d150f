#!/usr/bin/env node
// What a browser bundle of the client weighs, minified and gzipped: the built ESM (`dist/index.js`)
// bundled with esbuild for the browser, as an application's bundler would, from a few entry points.
// `--check` fails when the whole client (`createClient`) is over its budget of 5 kB, or when a bundle
// pulls in more than type-only use of @gongkai/spec (no Ajv, no bundled contract).
//   node packages/client/scripts/size-budget.mjs [--check]
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 5000; // 5 kB, min+gzip
const dist = fileURLToPath(new URL('../dist/index.js', import.meta.url));
const check = process.argv.includes('--check');

const bundles = [
  { name: 'createClient (every resource)', imports: 'createClient', budget: BUDGET_BYTES },
  { name: 'createTransport + itemsResource', imports: 'createTransport, itemsResource' },
  { name: 'createTransport + itemsResource + alertsResource', imports: 'createTransport, itemsResource, alertsResource' },
  { name: 'createTransport alone', imports: 'createTransport' },
];

if (!existsSync(dist)) {
  console.error(`${dist} is missing: build first (npm run build -w @gongkai/client).`);
  process.exit(1);
}

let over = 0;
console.log('@gongkai/client in a browser bundle (esbuild --bundle --minify, ES2022, gzip -9):');
for (const bundle of bundles) {
  const result = await build({
    stdin: { contents: `export { ${bundle.imports} } from ${JSON.stringify(dist)};`, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'error',
  });
  const code = result.outputFiles[0].contents;
  const gzipped = gzipSync(code, { level: 9 }).length;
  const inputs = Object.keys(result.metafile.inputs);
  const forbidden = inputs.filter((input) => /(^|\/)(ajv|ajv-formats|packages\/spec|@gongkai\/spec)\//.test(input));
  const verdict =
    bundle.budget === undefined ? '' : gzipped <= bundle.budget ? ` ≤ ${bundle.budget} budget` : ` OVER the ${bundle.budget} budget`;
  console.log(`  ${bundle.name.padEnd(50)} ${String(code.length).padStart(6)} B min  ${String(gzipped).padStart(5)} B gzip${verdict}`);
  if (forbidden.length) console.log(`    pulls in what type-only imports must not: ${forbidden.join(', ')}`);
  if ((bundle.budget !== undefined && gzipped > bundle.budget) || forbidden.length) over++;
}
if (check && over) {
  console.error(`\n${over} bundle(s) over budget.`);
  process.exit(1);
}
