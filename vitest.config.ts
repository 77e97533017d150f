import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (pkg: string, entry = 'index.ts') => fileURLToPath(new URL(`./packages/${pkg}/src/${entry}`, import.meta.url));

// Tests import sibling packages by name; point those names at the sources so `vitest`
// runs without a build. Published consumers get `dist/` through each package's `exports`.
// The spec's subpaths (`@gongkai/spec/etag`, …) map to their folders, the bare names to `index.ts`.
export default defineConfig({
  resolve: {
    alias: [
      {
        find: /^@gongkai\/spec\/(china-time|etag|request-id|receipt-evidence|division-scope|json-body|export-file)$/,
        replacement: src('spec', '$1/index.ts'),
      },
      { find: /^@gongkai\/spec$/, replacement: src('spec') },
      { find: /^@gongkai\/client$/, replacement: src('client') },
      { find: /^@gongkai\/department-kit$/, replacement: src('department-kit') },
      { find: /^@gongkai\/conformance$/, replacement: src('conformance') },
      { find: /^@gongkai\/gateway$/, replacement: src('gateway') },
    ],
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'examples/**/*.test.ts', 'scripts/**/*.test.ts'],
    // Type tests (`*.test-d.ts`): checked by tsc, counted with the others.
    typecheck: { enabled: true, include: ['packages/*/test/**/*.test-d.ts'], tsconfig: './tsconfig.type-tests.json' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
