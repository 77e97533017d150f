// The CDN file: src/cdn.ts with Lit and the client bundled in, minified, for one
// `<script type="module">` tag. The CSS of the elements' `css\`…\`` templates is minified too (Lit
// keeps template text as written). Used by scripts/build-cdn.mjs and by the browser tests, which
// bundle the sources they test.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const client = fileURLToPath(new URL('../../client/src/index.ts', import.meta.url));

/** Collapses the whitespace of CSS in `css\`…\`` templates (no comments or strings with runs of spaces in them). */
export function minifyCssTemplates(source) {
  return source.replace(/css`([^`]*)`/g, (_, text) => {
    const minified = text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      // Only after a colon: a space before one is a descendant selector (`.list :focus`).
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}')
      .trim();
    return `css\`${minified}\``;
  });
}

const minifyCss = {
  name: 'minify-css-templates',
  setup(build) {
    build.onLoad({ filter: /\.styles\.ts$/ }, async (args) => ({
      contents: minifyCssTemplates(await readFile(args.path, 'utf8')),
      loader: 'ts',
    }));
  },
};

/** Bundles the CDN file in memory: `{ code, bytes }`. */
export async function bundleCdn() {
  const result = await build({
    entryPoints: [`${root}/src/cdn.ts`],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    // The client's sources: the same code as its dist, without needing it built first.
    alias: { '@gongkai/client': client },
    plugins: [minifyCss],
    legalComments: 'none',
    write: false,
    logLevel: 'error',
  });
  const bytes = result.outputFiles[0].contents;
  return { code: result.outputFiles[0].text, bytes };
}
