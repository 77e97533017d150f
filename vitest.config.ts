import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (pkg: string) => fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url));

// Tests import sibling packages by name; point those names at the sources so `vitest`
// runs without a build. Published consumers get `dist/` through each package's `exports`.
export default defineConfig({
  resolve: {
    alias: {
      '@gongkai/spec': src('spec'),
      '@gongkai/client': src('client'),
      '@gongkai/department-kit': src('department-kit'),
      '@gongkai/gateway': src('gateway'),
    },
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
