import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { minifyCssTemplates, minifyHtmlTemplates } from '../scripts/cdn-bundle.mjs';

// Every element folder is published the same way: a class entry, a define entry, in the CDN file.
const src = new URL('../src/', import.meta.url);
const elements = readdirSync(src).filter((name) => name.startsWith('gk-'));
const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  exports: Record<string, unknown>;
  sideEffects: string[];
};

describe('the package entries', () => {
  it.each(elements)('%s has a side-effect-free class entry, a guarded define entry and a place in the CDN file', (name) => {
    expect(manifest.exports[`./${name}`]).toEqual({ types: `./dist/${name}/index.d.ts`, default: `./dist/${name}/index.js` });
    expect(manifest.exports[`./${name}/define`]).toEqual({ types: `./dist/${name}/define.d.ts`, default: `./dist/${name}/define.js` });
    const define = readFileSync(new URL(`${name}/define.ts`, src), 'utf8');
    expect(define).toContain(`if (!customElements.get('${name}')) customElements.define('${name}', `);
    expect(readFileSync(new URL('cdn.ts', src), 'utf8')).toContain(`import './${name}/define';`);
    // The class module registers nothing: only define modules and the CDN entry have side effects.
    expect(readFileSync(new URL(`${name}/${name}.ts`, src), 'utf8')).not.toContain('customElements.define');
  });

  it('lists only the define modules and the CDN entry as having side effects', () => {
    expect(manifest.sideEffects.every((path) => /\/define\.(js|ts)$|cdn(\.js|\.ts|\/gongkai-elements\.js)$/.test(path))).toBe(true);
  });
});

describe('minifyCssTemplates', () => {
  it('collapses the whitespace of css`` templates and leaves other code alone', () => {
    const source =
      "const a = css`\n  .x {\n    color: red;\n    margin: 0 1px;\n  }\n  /* note */\n  a > b { top: 0; }\n`;\nconst b = 'two  spaces';";
    expect(minifyCssTemplates(source)).toBe("const a = css`.x{color:red;margin:0 1px}a>b{top:0}`;\nconst b = 'two  spaces';");
  });
});

describe('minifyHtmlTemplates', () => {
  it('collapses line breaks and indentation in html`` text, nested templates too, and leaves strings, comments and other templates alone', () => {
    const source = [
      '// a `comment` with html`',
      "const s = 'keep\\n  this';",
      'const t = `plain\n  template`;',
      'const h = html`<ul>',
      '    ${items.map((i) => html`<li>',
      '      ${i}',
      '    </li>`)}',
      '  </ul>`;',
    ].join('\n');
    expect(minifyHtmlTemplates(source)).toBe(
      [
        '// a `comment` with html`',
        "const s = 'keep\\n  this';",
        'const t = `plain\n  template`;',
        'const h = html`<ul> ${items.map((i) => html`<li> ${i} </li>`)} </ul>`;',
      ].join('\n'),
    );
  });
});
