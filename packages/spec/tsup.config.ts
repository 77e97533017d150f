import { defineConfig } from 'tsup';

// The contract's rules are entries of their own (`@gongkai/spec/etag`, …): browser code imports them
// without pulling in Ajv or the bundled document. Keep this list and package.json `exports` alike.
export const SUBPATHS = ['china-time', 'etag', 'request-id', 'receipt-evidence', 'division-scope', 'json-body'] as const;
// Node-only entries (streams, hashing): the export file format that department and gateway write alike.
export const NODE_SUBPATHS = ['export-file'] as const;

export default defineConfig({
  entry: { index: 'src/index.ts', ...Object.fromEntries([...SUBPATHS, ...NODE_SUBPATHS].map((name) => [name, `src/${name}/index.ts`])) },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'node20',
  sourcemap: false,
});
