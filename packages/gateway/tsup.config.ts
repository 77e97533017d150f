import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    clean: false,
    target: 'node20',
    // `import.meta.url` finds the Swagger UI files next to the bundle; the CJS build needs it shimmed.
    shims: true,
    // Only reached from the sources, where dist/swagger-ui/ does not exist (see src/http/routes/docs.ts).
    external: ['swagger-ui-dist'],
  },
  {
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    external: ['swagger-ui-dist'],
  },
]);
