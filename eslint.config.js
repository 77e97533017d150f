// The house style, made mechanical: `npm run lint` runs it, and so does `npm test`.
//
// Import cycles: `import-x/no-cycle` finds cycles of value imports as you edit; it does not follow
// `import type`, so `npm test` also runs madge, which counts type imports too
// (`npx madge --circular --extensions ts packages/*/src`).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const GATEWAY = 'packages/gateway/src';

// The gateway's dependency rule (packages/gateway/src/README.md): only http/ knows Koa, and only the
// entry points (index.ts, cli.ts) know server/, which puts the parts together.
const KOA_FREE = [
  'answers',
  'cache',
  'catalog',
  'config',
  'departments',
  'fast-path',
  'federation',
  'observability',
  'rate-limit',
  'resources',
];
const noKoa = {
  paths: [
    { name: 'koa', message: 'Only packages/gateway/src/http/ may use Koa (see packages/gateway/src/README.md).' },
    { name: '@koa/router', message: 'Only packages/gateway/src/http/ may use Koa (see packages/gateway/src/README.md).' },
  ],
  patterns: [
    {
      group: ['**/http', '**/http/**'],
      message: 'http/ is the Koa pipeline: this folder must not depend on it (see packages/gateway/src/README.md).',
    },
    { group: ['**/server', '**/server/**'], message: 'server/ puts the parts together; only the entry points import it.' },
  ],
};
const noServer = { patterns: [noKoa.patterns[1]] };

// import-x's TypeScript settings (parsers, extensions), with the resolver given below instead of its legacy one.
const { 'import-x/resolver': _legacyResolver, ...importSettings } = importX.flatConfigs.typescript.settings;

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'packages/spec/src/generated/**', 'packages/elements/src/generated/**', 'coverage/**'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `_name` is the house way to leave a destructured field out.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Chinese text legitimately holds ideographic spaces (U+3000) in its strings and templates.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true }],
      // Stripping control characters from hostile input is what these expressions are for.
      'no-control-regex': 'off',
      'no-empty': ['error', { allowEmptyCatch: true }],
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
    },
  },
  {
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    settings: { ...importSettings, 'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })] },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'inline-type-imports' }],
      'import-x/no-cycle': 'error',
    },
  },
  { files: ['examples/*/public/**/*.js'], languageOptions: { globals: { ...globals.browser } } },
  {
    files: [`${GATEWAY}/{${KOA_FREE.join(',')}}/**/*.ts`, `${GATEWAY}/gateway-context.ts`],
    rules: { 'no-restricted-imports': ['error', noKoa] },
  },
  { files: [`${GATEWAY}/http/**/*.ts`], rules: { 'no-restricted-imports': ['error', noServer] } },
);
