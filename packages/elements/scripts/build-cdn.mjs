#!/usr/bin/env node
// Writes the CDN file `dist/cdn/gongkai-elements.js` (every element, Lit included) and
// `dist/cdn/gongkai-elements.json` with its version and Subresource Integrity hash (sha384), for
// the `<script integrity>` snippet of a versioned, immutable URL.
//   node packages/elements/scripts/build-cdn.mjs
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { bundleCdn } from './cdn-bundle.mjs';

const out = fileURLToPath(new URL('../dist/cdn/', import.meta.url));
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const { bytes } = await bundleCdn();
mkdirSync(out, { recursive: true });
writeFileSync(`${out}gongkai-elements.js`, bytes);
const integrity = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const gzipBytes = gzipSync(bytes, { level: 9 }).length;
writeFileSync(
  `${out}gongkai-elements.json`,
  `${JSON.stringify({ file: 'gongkai-elements.js', version, integrity, bytes: bytes.length, gzipBytes }, null, 2)}\n`,
);
