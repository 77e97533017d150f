#!/usr/bin/env node
// Writes the copy-paste snippet of docs/embedding.md (every block between `<!-- cdn-snippet:start`
// and `<!-- cdn-snippet:end -->`) from dist/cdn/gongkai-elements.json: the versioned URL and the
// `integrity` of the CDN file just built, so the documented hash is always the file's. `--check`
// writes nothing and fails (exit 1) when the doc's snippet is stale; the build runs it after
// scripts/build-cdn.mjs.
//   node packages/elements/scripts/generate-embedding-snippet.mjs [--check]
import { readFileSync, writeFileSync } from 'node:fs';

const docFile = new URL('../../../docs/embedding.md', import.meta.url);
const { version, integrity } = JSON.parse(readFileSync(new URL('../dist/cdn/gongkai-elements.json', import.meta.url), 'utf8'));
const check = process.argv.includes('--check');

/** The origin the docs use for the gateway; webmasters replace it with theirs. */
const EXAMPLE_GATEWAY = 'https://open.example.gov.cn';

function snippet(indent) {
  return [
    '```html',
    `<meta name="gongkai-api" content="${EXAMPLE_GATEWAY}" />`,
    '<script',
    '  type="module"',
    `  src="${EXAMPLE_GATEWAY}/elements/${version}/gongkai-elements.js"`,
    `  integrity="${integrity}"`,
    '  crossorigin="anonymous"',
    '></script>',
    '```',
  ]
    .map((line) => indent + line)
    .join('\n');
}

const doc = readFileSync(docFile, 'utf8');
let blocks = 0;
const written = doc.replace(/^([ \t]*)(<!-- cdn-snippet:start[^\n]*-->)\n[\s\S]*?^[ \t]*<!-- cdn-snippet:end -->/gm, (_, indent, start) => {
  blocks++;
  return `${indent}${start}\n${snippet(indent)}\n${indent}<!-- cdn-snippet:end -->`;
});
if (!blocks) {
  process.stderr.write('docs/embedding.md has no <!-- cdn-snippet:start --> … <!-- cdn-snippet:end --> block.\n');
  process.exit(1);
}
if (check) {
  if (written !== doc) {
    process.stderr.write(
      `docs/embedding.md's snippet is stale (the CDN file is ${version}, ${integrity}): run \`npm run generate -w @gongkai/elements\` and commit the result.\n`,
    );
    process.exit(1);
  }
} else if (written !== doc) {
  writeFileSync(docFile, written);
  process.stdout.write(`docs/embedding.md: the snippet now loads ${version} (${integrity}).\n`);
}
