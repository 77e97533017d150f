#!/usr/bin/env node
// Derives everything @gongkai/spec ships from openapi/v1: the bundled document and its
// TypeScript types. `--check` regenerates in memory and fails when the committed files drifted.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
const specEntry = join(root, 'openapi', 'v1', 'openapi.yaml');
const outDir = join(here, '..', 'src', 'generated');
const check = process.argv.includes('--check');

function bundle() {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-spec-'));
  const out = join(dir, 'openapi.json');
  try {
    execFileSync(
      process.execPath,
      [join(root, 'node_modules', '@redocly', 'cli', 'bin', 'cli.js'), 'bundle', specEntry, '-o', out, '--ext', 'json'],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    return JSON.parse(readFileSync(out, 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const document = bundle();
const documentText = JSON.stringify(document, null, 2) + '\n';
const ast = await openapiTS(document, { rootTypes: true, rootTypesNoSchemaPrefix: true, exportType: true, alphabetize: false });
const typesText = `// Generated from openapi/v1 by packages/spec/scripts/generate.mjs — do not edit.\n/* eslint-disable */\n${astToString(ast)}`;

const outputs = { 'openapi.json': documentText, 'openapi-types.ts': typesText };
let drifted = [];
for (const [name, text] of Object.entries(outputs)) {
  const path = join(outDir, name);
  let current = null;
  try {
    current = readFileSync(path, 'utf8');
  } catch {}
  if (current === text) continue;
  if (check) drifted.push(name);
  else writeFileSync(path, text);
}
if (check && drifted.length) {
  console.error(`@gongkai/spec: ${drifted.join(', ')} drifted from openapi/v1 — run \`npm run generate\` and commit the result.`);
  process.exit(1);
}
console.log(check ? '@gongkai/spec: generated files match openapi/v1' : `@gongkai/spec: wrote ${Object.keys(outputs).join(', ')}`);
