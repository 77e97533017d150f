// The CDN file: src/cdn.ts with Lit and the client bundled in, minified, for one
// `<script type="module">` tag. The CSS of the elements' `css\`…\`` templates is minified too (Lit
// keeps template text as written). Used by scripts/build-cdn.mjs and by the browser tests, which
// bundle the sources they test.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import ts from 'typescript';
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

/**
 * Collapses the indentation of `html\`…\`` templates (Lit keeps it as written): every run of
 * whitespace with a line break in the templates' literal text becomes one space, which HTML renders
 * the same (the elements put no template text in `<pre>`; a textarea's value is a binding). The
 * literals are found by TypeScript's parser, so strings, comments and expressions are left alone.
 */
export function minifyHtmlTemplates(source, fileName = 'element.ts') {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const literals = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && node.tag.getText(file) === 'html') {
      const template = node.template;
      if (ts.isNoSubstitutionTemplateLiteral(template)) literals.push(template);
      else literals.push(template.head, ...template.templateSpans.map((span) => span.literal));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let result = source;
  for (const literal of literals.sort((a, b) => b.getStart(file) - a.getStart(file))) {
    const start = literal.getStart(file);
    const end = literal.getEnd();
    result = result.slice(0, start) + result.slice(start, end).replace(/\s*\n\s*/g, ' ') + result.slice(end);
  }
  return result;
}

const minifyCss = {
  name: 'minify-templates',
  setup(build) {
    build.onLoad({ filter: /\.styles\.ts$/ }, async (args) => ({
      contents: minifyCssTemplates(await readFile(args.path, 'utf8')),
      loader: 'ts',
    }));
    build.onLoad({ filter: /elements[\\/]src[\\/].*\.ts$/ }, async (args) => ({
      contents: minifyHtmlTemplates(await readFile(args.path, 'utf8'), args.path),
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
