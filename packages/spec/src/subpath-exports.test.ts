import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { SUBPATHS } from '../tsup.config';

const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { exports: Record<string, unknown> };

/** Bundles `source` for a browser as a client or a web component would, and says what went in. */
async function bundleForBrowser(source: string) {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const result = await build({
    stdin: { contents: source, resolveDir: here, loader: 'ts' },
    absWorkingDir: here,
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    minify: true,
    metafile: true,
    logLevel: 'silent',
  });
  return { inputs: Object.keys(result.metafile.inputs), bytes: result.outputFiles[0]!.contents.length };
}

describe('the contract’s rules as subpath exports', () => {
  it('are published for every entry the build makes', () => {
    for (const name of SUBPATHS) expect(packageJson.exports).toHaveProperty(`./${name}`);
  });

  it.each(SUBPATHS)('@gongkai/spec/%s bundles for a browser without Ajv, the bundled document or Node built-ins', async (name) => {
    // platform 'browser' makes a `node:` import a build error, so Node built-ins cannot slip in.
    const { inputs, bytes } = await bundleForBrowser(`export * from './${name}/index.ts';`);
    expect(inputs.filter((input) => /ajv|openapi\.json|validate|document\.ts/.test(input))).toEqual([]);
    expect(inputs.every((input) => input.startsWith(`${name}/`) || input.startsWith('generated/') || input === '<stdin>')).toBe(true);
    expect(bytes).toBeLessThan(4096);
  });

  it('tree-shake: importing one rule leaves the others out', async () => {
    const one = await bundleForBrowser(`export { ifNoneMatchHits } from './etag/index.ts';`);
    const all = await bundleForBrowser(`export * from './etag/index.ts';`);
    expect(one.bytes).toBeLessThan(all.bytes);
  });
});
