import { defineConfig } from 'tsup';

// Node 20 and evergreen browsers: ES2022 keeps classes, async generators and `??` as written, which
// is both smaller and what every supported runtime runs natively.
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  sourcemap: false,
});
