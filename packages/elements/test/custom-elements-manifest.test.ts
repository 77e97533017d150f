import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// custom-elements.json, as `npm run build` writes it: every element with its tag and attributes.
// (`cem` resolves `--outdir` against the working directory, hence the relative path.)
const root = fileURLToPath(new URL('..', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'gk-cem-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

interface Manifest {
  modules: { declarations?: { name: string; tagName?: string; attributes?: { name: string }[] }[] }[];
}

describe('custom-elements.json', () => {
  it('describes every element folder: its tag, its own attributes and the shared api and elder attributes', () => {
    const run = spawnSync(join(root, '../../node_modules/.bin/cem'), ['analyze', '--outdir', relative(root, out)], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, 'custom-elements.json'), 'utf8')) as Manifest;
    const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
    const tags = readdirSync(new URL('../src/', import.meta.url)).filter((name) => name.startsWith('gk-'));
    expect(declarations.map((d) => d.tagName).sort()).toEqual(tags.sort());
    for (const declaration of declarations)
      expect(declaration.attributes?.map((a) => a.name)).toEqual(expect.arrayContaining(['api', 'elder']));
    // The analyzer leaves package.json alone (it would write its output path there).
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).customElements).toBe('./dist/custom-elements.json');
    const item = declarations.find((d) => d.tagName === 'gk-item')!;
    expect(item.attributes?.map((a) => a.name)).toEqual(expect.arrayContaining(['item-id', 'heading-level']));
  });
});
