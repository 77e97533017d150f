#!/usr/bin/env node
// `npm test`: everything a contributor must keep green, in one run — build (with the spec drift
// check), the unit and integration tests, the formatting, the lint and import cycles, the spec lint,
// the typecheck and package hygiene.
// It ends with one plain line, `N passed, N failed`, that CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { PUBLISHABLE } from './publishable.mjs';

const publishable = PUBLISHABLE.filter((dir) => existsSync(`${dir}/package.json`));
const ESM_ONLY = new Set(['packages/elements']);
const resultsFile = '.vitest-results.json';
let passed = 0;
let failed = 0;
const failures = [];

function run(title, command, args, options = {}) {
  console.log(`\n▶ ${title}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false, ...options });
  const ok = result.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${title} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return ok;
}

function check(title, command, args) {
  if (run(title, command, args)) passed++;
  else {
    failed++;
    failures.push(title);
  }
}

const npx = (args) => ['npx', ['--no-install', ...args]];

// The Redis tests need a real Redis on 127.0.0.1:6379; start a throwaway one when none answers and
// the machine has redis-server (CI's .ci/run installs it).
async function answers(port) {
  const { createConnection } = await import('node:net');
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
if (!(await answers(6379))) {
  const started = spawnSync(
    'redis-server',
    ['--daemonize', 'yes', '--bind', '127.0.0.1', '--port', '6379', '--save', '', '--appendonly', 'no'],
    { stdio: 'inherit' },
  );
  if (started.error || started.status !== 0)
    console.log(
      '⚠ No Redis on 127.0.0.1:6379 and redis-server could not start one: the Redis tests will fail. Install redis-server (apt-get install redis-server).',
    );
  else for (let i = 0; i < 50 && !(await answers(6379)); i++) await new Promise((r) => setTimeout(r, 100));
}

// The department kit's PostgreSQL tests need PostgreSQL on 127.0.0.1:5432 (trust auth for the user
// postgres on loopback); start the machine's cluster when none answers.
if (!(await answers(5432))) {
  const versions = existsSync('/etc/postgresql') ? readdirSync('/etc/postgresql').sort((a, b) => Number(a) - Number(b)) : [];
  const version = versions.at(-1);
  const started = version
    ? spawnSync('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'start'], { stdio: 'inherit' })
    : { error: new Error('no cluster') };
  if (started.error || started.status !== 0)
    console.log(
      '⚠ No PostgreSQL on 127.0.0.1:5432 and none could be started: the PostgreSQL store tests will fail. Install it (apt-get install postgresql postgresql-contrib) or run `bash .ci/run`, which installs and starts it; or start yours with `pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start`.',
    );
  else for (let i = 0; i < 100 && !(await answers(5432)); i++) await new Promise((r) => setTimeout(r, 100));
}

check('build (tsup, spec drift check)', 'npm', ['run', 'build', '--silent']);
check('size budget: @gongkai/client in a browser bundle ≤ 5 kB min+gzip', 'node', ['packages/client/scripts/size-budget.mjs', '--check']);
check('size budget: the @gongkai/elements CDN file (every element, Lit included) ≤ 30 kB gzip', 'node', [
  'packages/elements/scripts/size-budget.mjs',
  '--check',
]);

rmSync(resultsFile, { force: true });
const vitestOk = run(
  'unit and integration tests (vitest)',
  ...npx(['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${resultsFile}`]),
);
if (existsSync(resultsFile)) {
  const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  const failedBefore = failed;
  passed += results.numPassedTests;
  failed += results.numFailedTests;
  for (const file of results.testResults ?? []) {
    const assertions = file.assertionResults ?? [];
    for (const test of assertions) if (test.status === 'failed') failures.push(test.fullName);
    // A file that fails to load, or whose setup (`beforeAll`) throws, has no failed assertion — its
    // tests are reported skipped, or not at all — but must still count as a failure.
    if (file.status === 'failed' && !assertions.some((test) => test.status === 'failed')) {
      failed++;
      failures.push(`${file.name}: ${file.message || 'failed to run'}`);
    }
  }
  // Whatever else vitest failed on (an unhandled error between tests), its exit status says so.
  if (!vitestOk && failed === failedBefore) {
    failed++;
    failures.push('vitest exited with a failure that no test result names (see its output above)');
  }
} else {
  failed++;
  failures.push('vitest produced no results');
}

check(
  'format (prettier --check; `npm run format` fixes it)',
  ...npx(['prettier', '--check', '--log-level', 'warn', '**/*.{ts,mts,cts,js,mjs,cjs}']),
);
check('lint (eslint: typescript-eslint, import cycles, the gateway folders’ dependency rule)', ...npx(['eslint', '.']));
// import-x/no-cycle (in eslint) does not follow `import type`; madge counts type imports too.
const sources = readdirSync('packages')
  .map((name) => `packages/${name}/src`)
  .filter((dir) => existsSync(dir));
check('import cycles, type imports included (madge)', ...npx(['madge', '--circular', '--no-spinner', '--extensions', 'ts', ...sources]));
check('spec lint (redocly)', ...npx(['redocly', 'lint', 'openapi/v1/openapi.yaml', '--config', 'openapi/redocly.yaml']));
check('typecheck (tsc --noEmit)', ...npx(['tsc', '-p', 'tsconfig.json', '--noEmit']));
// The elements run in browsers: their own project, with the DOM library.
check('typecheck of @gongkai/elements (tsc --noEmit, DOM)', ...npx(['tsc', '-p', 'packages/elements/tsconfig.json', '--noEmit']));
for (const dir of publishable) {
  check(`package hygiene: publint ${dir}`, ...npx(['publint', dir, '--strict']));
  // The elements are ESM only (browsers, bundlers): no CommonJS entry to check.
  const profile = ESM_ONLY.has(dir) ? 'esm-only' : 'node16';
  check(`package hygiene: attw ${dir}`, 'sh', ['-c', `cd ${dir} && npx --no-install attw --pack . --profile ${profile}`]);
}

// Each check of the packed packages installed in a fresh project counts on its own.
const installResults = '.pack-install-results.json';
rmSync(installResults, { force: true });
run('the packages as users install them (npm pack → fresh project → strict tsc, ESM, CommonJS)', 'node', [
  'scripts/pack-install/run.mjs',
  '--results',
  installResults,
]);
if (existsSync(installResults)) {
  for (const result of JSON.parse(readFileSync(installResults, 'utf8'))) {
    if (result.ok) passed++;
    else {
      failed++;
      failures.push(`install check: ${result.name}`);
    }
  }
  rmSync(installResults, { force: true });
} else {
  failed++;
  failures.push('scripts/pack-install/run.mjs produced no results');
}

if (failures.length) {
  console.log('\nFailed:');
  for (const failure of failures) console.log(`  ✘ ${failure}`);
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
