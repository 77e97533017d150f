#!/usr/bin/env node
// Derives everything @gongkai/spec ships from openapi/v1: the bundled document, its TypeScript
// types and the lists of operation ids. `--check` regenerates in memory and fails when the committed files drifted.
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

// The operation ids, split as the gateway serves them: public ones, and the department admin ones
// (tag "Department admin") it never proxies; and per operation the query parameters that have a
// default, which validation always fills in.
function operationIdsText(document) {
  const publicIds = [];
  const adminIds = [];
  const defaults = [];
  for (const item of Object.values(document.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch']) {
      const operation = item[method];
      if (!operation) continue;
      (operation.tags.includes('Department admin') ? adminIds : publicIds).push(operation.operationId);
      const defaulted = (operation.parameters ?? [])
        .map((parameter) => (parameter.$ref ? document.components.parameters[parameter.$ref.split('/').pop()] : parameter))
        .filter((parameter) => parameter.in === 'query' && parameter.schema?.default !== undefined)
        .map((parameter) => `'${parameter.name}'`);
      defaults.push(`  ${operation.operationId}: ${defaulted.length ? defaulted.join(' | ') : 'never'};`);
    }
  }
  const list = (ids) => ids.map((id) => `  '${id}',`).join('\n');
  return `// Generated from openapi/v1 by packages/spec/scripts/generate.mjs — do not edit.

/** The operations anyone may call, on a department or through a gateway. */
export const PUBLIC_OPERATION_IDS = [
${list(publicIds)}
] as const;

/** The operations a department serves to its own staff (tag "Department admin"); a gateway never proxies them. */
export const ADMIN_OPERATION_IDS = [
${list(adminIds)}
] as const;

export type PublicOperationId = (typeof PUBLIC_OPERATION_IDS)[number];
export type AdminOperationId = (typeof ADMIN_OPERATION_IDS)[number];

/** Per operation, the query parameters with a default in the contract: validation always fills them in. */
export interface QueryDefaults {
${defaults.join('\n')}
}
`;
}

const document = bundle();
const documentText = JSON.stringify(document, null, 2) + '\n';
const ast = await openapiTS(document, { rootTypes: true, rootTypesNoSchemaPrefix: true, exportType: true, alphabetize: false });
const typesText = `// Generated from openapi/v1 by packages/spec/scripts/generate.mjs — do not edit.\n/* eslint-disable */\n${astToString(ast)}`;

const outputs = { 'openapi.json': documentText, 'openapi-types.ts': typesText, 'operation-ids.ts': operationIdsText(document) };
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
