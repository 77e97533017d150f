#!/usr/bin/env node
// Every publishable package as its users get it: `npm pack` each one, install the tarballs into a
// fresh project outside the repository (from the npm registry, through the local npm cache), then
// compile a strict TypeScript program (`skipLibCheck: false`) that uses each package's README
// example, once as ESM and once as CommonJS, plus a browser-only program for the client (DOM types,
// no @types/node), run both builds with Node, and try the CLIs. Needs the packages built (`npm run
// build`); `npm test` runs it after the build.
//
//   node scripts/pack-install/run.mjs [--results FILE] [--keep]
//
// Install scripts are not run (`--ignore-scripts`): the only one in the tree is better-sqlite3's
// native build, which would compile SQLite from source for minutes; the addon this repository's own
// `npm ci` built on this machine for the same version is copied in instead (or, when the versions
// differ, `npm rebuild better-sqlite3` compiles it). Any other install script in what users install
// fails the check: users should not run code at install time they did not ask for (telemetry).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PUBLISHABLE } from '../publishable.mjs';

const repo = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const consumers = fileURLToPath(new URL('./consumers/', import.meta.url));
const packages = PUBLISHABLE.map((dir) => dir.replace('packages/', ''));
const NATIVE_BUILDS = new Set(['better-sqlite3']);

const args = process.argv.slice(2);
const resultsFile = args.includes('--results') ? args[args.indexOf('--results') + 1] : undefined;
const keep = args.includes('--keep');

const results = [];
function record(name, ok, detail = '') {
  results.push({ name, ok, detail });
  console.log(`${ok ? '✔' : '✘'} ${name}${detail && !ok ? `\n${detail.trim().replace(/^/gm, '    ')}` : ''}`);
}

function run(command, commandArgs, cwd, extra = {}) {
  const result = spawnSync(command, commandArgs, { cwd, encoding: 'utf8', ...extra });
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}`, stdout: result.stdout ?? '' };
}

const versionOf = (dir, name) => JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8')).version;

const root = mkdtempSync(join(tmpdir(), 'gongkai-pack-install-'));
const tarballs = join(root, 'tarballs');
const project = join(root, 'project');
mkdirSync(tarballs);
mkdirSync(project);
try {
  // 1. Pack, as `npm publish` would.
  const dependencies = {};
  for (const name of packages) {
    const dir = join(repo, 'packages', name);
    if (!existsSync(join(dir, 'dist'))) throw new Error(`packages/${name}/dist is missing: run npm run build first.`);
    const packed = run('npm', ['pack', '--silent', '--pack-destination', tarballs], dir);
    if (!packed.ok) throw new Error(`npm pack failed in packages/${name}:\n${packed.output}`);
    const file = packed.stdout.trim().split('\n').pop();
    dependencies[`@gongkai/${name}`] = `file:../tarballs/${file}`;
  }

  // 2. Install them in a fresh project, with the TypeScript and Node types a user would have.
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify(
      {
        name: 'gongkai-consumer',
        private: true,
        type: 'module',
        dependencies,
        devDependencies: { typescript: versionOf(repo, 'typescript'), '@types/node': `^${versionOf(repo, '@types/node')}` },
        // The packages depend on each other by version; these are not on the registry yet.
        overrides: Object.fromEntries(Object.keys(dependencies).map((name) => [name, `$${name}`])),
      },
      null,
      2,
    ),
  );
  const installed = run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--prefer-offline', '--loglevel=error'], project);
  record('the tarballs install into a fresh project', installed.ok, installed.output);
  if (!installed.ok) throw new Error('install failed');

  // 3. What would run at install time.
  const withScripts = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const path = join(dir, entry.name);
      if (entry.name.startsWith('@')) walk(path);
      else if (existsSync(join(path, 'package.json'))) {
        const manifest = JSON.parse(readFileSync(join(path, 'package.json'), 'utf8'));
        const scripts = ['preinstall', 'install', 'postinstall'].filter((script) => manifest.scripts?.[script]);
        if (scripts.length || existsSync(join(path, 'binding.gyp'))) withScripts.push(manifest.name);
        if (existsSync(join(path, 'node_modules'))) walk(join(path, 'node_modules'));
      }
    }
  };
  walk(join(project, 'node_modules'));
  const unexpected = withScripts.filter((name) => !NATIVE_BUILDS.has(name));
  record(
    'nothing but native builds runs at install time (no telemetry)',
    unexpected.length === 0,
    `install scripts in: ${unexpected.join(', ')}`,
  );

  const addon = join('node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
  if (existsSync(join(project, 'node_modules', 'better-sqlite3'))) {
    if (versionOf(project, 'better-sqlite3') === versionOf(repo, 'better-sqlite3') && existsSync(join(repo, addon))) {
      cpSync(join(repo, addon), join(project, addon));
    } else {
      const rebuilt = run('npm', ['rebuild', 'better-sqlite3', '--loglevel=error'], project);
      if (!rebuilt.ok) record('better-sqlite3 builds', false, rebuilt.output);
    }
  }

  // 4. The same programs as ESM and as CommonJS, strict, library types checked.
  const compilerOptions = {
    target: 'ES2022',
    lib: ['ES2023'],
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    skipLibCheck: false,
    types: ['node'],
    rootDir: '.',
  };
  const sources = readdirSync(consumers).filter((file) => file.endsWith('.ts') && file !== 'client-browser.ts');
  const programs = sources.filter((file) => !['sample-gateway.ts'].includes(file)).map((file) => file.replace(/\.ts$/, ''));
  for (const flavour of ['esm', 'cjs']) {
    const dir = join(project, flavour);
    mkdirSync(join(dir, 'client-examples'), { recursive: true });
    for (const file of sources) cpSync(join(consumers, file), join(dir, file));
    cpSync(join(repo, 'packages/department-kit/examples/serve-from-code.ts'), join(dir, 'serve-from-code.ts'));
    for (const file of readdirSync(join(repo, 'packages/client/examples'))) {
      cpSync(join(repo, 'packages/client/examples', file), join(dir, 'client-examples', file));
    }
    for (const program of programs) {
      writeFileSync(
        join(dir, `run-${program}.ts`),
        `import { main } from './${program}.js';\nmain().then(() => process.exit(0), (error: unknown) => {\n  console.error(error);\n  process.exit(1);\n});\n`,
      );
    }
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: flavour === 'esm' ? 'module' : 'commonjs' }));
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { ...compilerOptions, outDir: `../out-${flavour}` }, include: ['**/*.ts'] }),
    );
    mkdirSync(join(project, `out-${flavour}`));
    cpSync(join(dir, 'package.json'), join(project, `out-${flavour}`, 'package.json'));
    const compiled = run(join(project, 'node_modules/.bin/tsc'), ['-p', dir], project);
    record(
      `${flavour === 'esm' ? 'ESM' : 'CommonJS'}: every package's README example compiles (strict, skipLibCheck: false)`,
      compiled.ok,
      compiled.output,
    );
    if (!compiled.ok) continue;
    for (const program of programs) {
      const ran = run(process.execPath, [join(project, `out-${flavour}`, `run-${program}.js`)], project, { timeout: 120_000 });
      record(`${flavour === 'esm' ? 'ESM' : 'CommonJS'}: @gongkai/${program}'s example runs`, ran.ok, ran.output);
    }
  }

  // 5. The client in a browser project: DOM types, no Node types.
  const browser = join(project, 'browser');
  mkdirSync(browser);
  cpSync(join(consumers, 'client-browser.ts'), join(browser, 'client-browser.ts'));
  writeFileSync(
    join(browser, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        ...compilerOptions,
        module: 'ESNext',
        moduleResolution: 'Bundler',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        types: [],
        noEmit: true,
      },
      include: ['*.ts'],
    }),
  );
  const browserCompiled = run(join(project, 'node_modules/.bin/tsc'), ['-p', browser], project);
  record('browser: @gongkai/client compiles with DOM types and no @types/node', browserCompiled.ok, browserCompiled.output);

  // 6. The CLIs, run as `npx -p @gongkai/<package> <bin>` runs them.
  for (const [bin, name] of [
    ['gongkai-gateway', '@gongkai/gateway'],
    ['gongkai-department', '@gongkai/department-kit'],
    ['gongkai-conformance', '@gongkai/conformance'],
  ]) {
    const printed = run(join(project, 'node_modules/.bin', bin), ['--version'], project);
    // `name (package)`, and for the conformance suite the contract version after a semicolon.
    const expected = `${bin} ${versionOf(project, name)} (${name}`;
    const line = printed.stdout.trim();
    record(
      `${bin} --version prints "${expected}…)"`,
      printed.ok && (line === `${expected})` || line.startsWith(`${expected}; `)),
      printed.output,
    );
  }
  // The conformance checks as the gateway runs them: its dependency on @gongkai/conformance is installed.
  const checkHelp = run(join(project, 'node_modules/.bin/gongkai-gateway'), ['check-department', '--help'], project);
  record(
    'gongkai-gateway check-department --help runs the conformance CLI',
    checkHelp.ok && checkHelp.stdout.startsWith('Usage: gongkai-gateway check-department BASE_URL'),
    checkHelp.output,
  );
} catch (error) {
  record('pack and install', false, error instanceof Error ? error.message : String(error));
} finally {
  if (keep) console.log(`(kept ${root})`);
  else rmSync(root, { recursive: true, force: true });
}

const failed = results.filter((result) => !result.ok).length;
console.log(`${results.length - failed} of ${results.length} install checks passed`);
if (resultsFile) writeFileSync(resultsFile, JSON.stringify(results, null, 2));
process.exit(failed ? 1 : 0);
