import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const doc = readFileSync(new URL('../../../docs/embedding.md', import.meta.url), 'utf8');
// The CDN file the build wrote (`npm test` builds first).
const cdn = readFileSync(new URL('../dist/cdn/gongkai-elements.js', import.meta.url));
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

describe('the snippet of docs/embedding.md', () => {
  it('loads the versioned URL with the integrity of the built CDN file, in each language', () => {
    const integrity = `sha384-${createHash('sha384').update(cdn).digest('base64')}`;
    const snippets = [
      ...doc.matchAll(/src="https:\/\/[^"]+\/elements\/([^/"]+)\/gongkai-elements\.js"\s+integrity="([^"]+)"\s+crossorigin="anonymous"/g),
    ];
    expect(snippets).toHaveLength(2);
    for (const [, shownVersion, shownIntegrity] of snippets) {
      expect(shownVersion).toBe(version);
      expect(shownIntegrity).toBe(integrity);
    }
    const run = spawnSync(process.execPath, ['scripts/generate-embedding-snippet.mjs', '--check'], { cwd: root, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
