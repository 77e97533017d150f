import { defineConfig } from 'tsup';

// The holiday data is a snapshot taken at build: esbuild drops the `with { type: 'json' }` of an
// external JSON import, which Node's ESM loader then refuses, so the JSON is bundled instead.
const noExternal = [/^chinese-days\/.*\.json$/];

export default defineConfig([
  {
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    target: 'node20',
    sourcemap: false,
    // `import.meta.url` locates the spec's sample data; the CJS build needs it shimmed.
    shims: true,
    noExternal,
  },
  {
    // The CLI is an ESM program with a shebang; it is not part of the library's API.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    target: 'node20',
    sourcemap: false,
    banner: { js: '#!/usr/bin/env node' },
    noExternal,
  },
]);
