#!/usr/bin/env node
// Copies the Swagger UI files that `/docs` serves into dist/swagger-ui/, so that the published
// package carries them and users never install swagger-ui-dist (its dependency @scarf/scarf runs an
// install-time telemetry script). Part of `npm run build`.
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The files `/docs` serves, and the Apache-2.0 LICENSE and NOTICE that must travel with them.
const FILES = [
  'swagger-ui.css',
  'swagger-ui-bundle.js',
  'swagger-ui-bundle.js.LICENSE.txt',
  'favicon-32x32.png',
  'favicon-16x16.png',
  'LICENSE',
  'NOTICE',
];
const source = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
const target = fileURLToPath(new URL('../dist/swagger-ui/', import.meta.url));
mkdirSync(target, { recursive: true });
for (const file of FILES) copyFileSync(join(source, file), join(target, file));
console.log(`swagger-ui: ${FILES.length} files copied to dist/swagger-ui/`);
