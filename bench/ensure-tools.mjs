// Installs the benchmark-only tools (bench/package.json: autocannon, fast-gateway) into
// bench/node_modules the first time a benchmark needs them, from bench/package-lock.json. They are
// not in the repository's own dependencies, so `npm ci` stays free of their engine warnings.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bench = fileURLToPath(new URL('.', import.meta.url));

export function ensureBenchTools() {
  const manifest = JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8'));
  const missing = Object.keys(manifest.dependencies).filter(
    (name) => !existsSync(new URL(`node_modules/${name}/package.json`, import.meta.url)),
  );
  if (!missing.length) return;
  console.log(`Installing the benchmark tools into bench/node_modules (${missing.join(', ')})…`);
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: bench, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('Could not install the benchmark tools: run `npm ci` in bench/ and look at its output.');
    process.exit(1);
  }
}
