import { readdirSync } from 'node:fs';
import { defineConfig } from 'tsup';

// One side-effect-free class module and one define module per element (`src/gk-*/`), found here so
// a new element needs no change to this file; `cdn.ts` defines them all (the CDN file itself is
// bundled with Lit by scripts/build-cdn.mjs).
const elements = readdirSync(new URL('./src', import.meta.url)).filter((name) => name.startsWith('gk-'));
const entry: Record<string, string> = { index: 'src/index.ts', cdn: 'src/cdn.ts' };
for (const name of elements) {
  entry[`${name}/index`] = `src/${name}/index.ts`;
  entry[`${name}/define`] = `src/${name}/define.ts`;
}

export default defineConfig({
  entry,
  format: ['esm'],
  dts: true,
  clean: true,
  target: 'es2022',
  platform: 'browser',
  sourcemap: false,
  // Without the workspace's source paths: the sibling packages stay imports of their published builds.
  tsconfig: 'tsconfig.build.json',
});
