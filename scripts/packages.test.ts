import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PUBLISHABLE } from './publishable.mjs';

// What every published package owes its users besides code: the license, where it comes from, and
// CLIs shown the way `npx` finds them.

const root = new URL('../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const manifest = (dir: string) =>
  JSON.parse(read(`${dir}/package.json`)) as {
    name: string;
    license?: string;
    repository?: { type: string; url: string; directory?: string };
    homepage?: string;
    bugs?: { url: string };
    bin?: Record<string, string>;
  };
const rootManifest = manifest('.');

function markdownFiles(dir: string): string[] {
  return readdirSync(new URL(dir, root), { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name.startsWith('.') || entry.name === 'dist') return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(`${path}/`);
    return entry.name.endsWith('.md') ? [path] : [];
  });
}

describe.each(PUBLISHABLE)('%s', (dir) => {
  const pkg = manifest(dir);

  it('is MIT licensed, with the LICENSE text in the package', () => {
    expect(pkg.license).toBe('MIT');
    expect(read(`${dir}/LICENSE`)).toBe(read('LICENSE'));
  });

  it('says where its source, home and issues are', () => {
    expect(pkg.repository).toEqual({ ...rootManifest.repository, directory: dir });
    expect(pkg.homepage).toBe(`${rootManifest.homepage!.replace(/#readme$/, '')}/tree/main/${dir}#readme`);
    expect(pkg.bugs).toEqual(rootManifest.bugs);
  });

  it('shows each of its CLIs as `npx -p <package> <bin>` in its README', () => {
    for (const bin of Object.keys(pkg.bin ?? {})) expect(read(`${dir}/README.md`)).toContain(`npx -p ${pkg.name} ${bin}`);
  });
});

describe('the repository', () => {
  it('is MIT licensed', () => {
    expect(read('LICENSE')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} Gongkai maintainers\n/);
    expect(rootManifest.license).toBe('MIT');
  });

  it('never tells users to run a CLI with a bare `npx <bin>` (that resolves an unscoped package of that name)', () => {
    const bins = PUBLISHABLE.flatMap((dir) => Object.keys(manifest(dir).bin ?? {}));
    expect(bins.length).toBeGreaterThan(0);
    const bare = new RegExp(`npx\\s+(--\\S+\\s+)*(${bins.join('|')})\\b`);
    const offenders = markdownFiles('./').flatMap((file) =>
      read(file)
        .split('\n')
        .filter((line) => bare.test(line))
        .map((line) => `${file}: ${line.trim()}`),
    );
    expect(offenders).toEqual([]);
  });
});
