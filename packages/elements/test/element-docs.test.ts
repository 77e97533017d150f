import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const elements = readdirSync(new URL('../src/', import.meta.url)).filter((name) => name.startsWith('gk-'));

describe('the per-element docs', () => {
  it('are generated from custom-elements.json for every element and are not stale', () => {
    const run = spawnSync(process.execPath, ['scripts/generate-element-docs.mjs', '--check'], { cwd: root, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const manifest = JSON.parse(readFileSync(`${root}dist/custom-elements.json`, 'utf8')) as {
      modules: Array<{ declarations?: Array<{ tagName?: string; attributes?: Array<{ name: string }> }> }>;
    };
    const tags = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);
    expect(tags.map((d) => d.tagName).sort()).toEqual([...elements].sort());
    for (const element of tags) {
      const names = (element.attributes ?? []).map((a) => a.name);
      // Every element takes the shared settings, and Lit's internal state is no attribute.
      expect(names, element.tagName).toEqual(expect.arrayContaining(['api', 'lang', 'elder']));
      expect(names, element.tagName).not.toContain('state');
      const doc = readFileSync(`${root}docs/${element.tagName}.md`, 'utf8');
      expect(doc).toContain(`# \`<${element.tagName}>\``);
      expect(doc).toContain('| `api` |');
      expect(doc).toContain('`--gk-font-size`');
    }
  });
});
