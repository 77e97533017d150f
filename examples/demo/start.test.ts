import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// `npm start` runs the built packages; `npm test` builds before it runs this.
const script = fileURLToPath(new URL('./start.js', import.meta.url));
const built = ['department-kit', 'gateway'].every((pkg) =>
  existsSync(fileURLToPath(new URL(`../../packages/${pkg}/dist/index.js`, import.meta.url))),
);
let child: ChildProcess | undefined;

afterAll(() => {
  child?.kill('SIGTERM');
});

function startDemo(): Promise<string> {
  child = spawn(process.execPath, [script], { env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    child!.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /demo page\s+(http:\/\/localhost:\d+)\//.exec(output);
      if (match) resolve(match[1]!);
    });
    child!.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child!.once('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${output}`)));
  });
}

describe('npm start', () => {
  it.runIf(built)(
    'serves the demo page, the federated API of the six sample departments and the docs',
    async () => {
      const base = await startDemo();
      const page = await fetch(`${base}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('政府信息检索');
      const script = await fetch(`${base}/demo.js`);
      expect(script.headers.get('content-type')).toContain('text/javascript');
      const departments = (await (await fetch(`${base}/v1/departments`)).json()) as { data: Array<{ health: { status: string } }> };
      expect(departments.data).toHaveLength(6);
      expect(departments.data.every((d) => d.health.status === 'up')).toBe(true);
      const items = (await (await fetch(`${base}/v1/items?q=${encodeURIComponent('预算')}`)).json()) as {
        data: unknown[];
        meta: { partial?: boolean };
      };
      expect(items.data.length).toBeGreaterThan(0);
      expect(items.meta.partial).toBeUndefined();
      expect((await fetch(`${base}/docs`)).status).toBe(200);
    },
    60_000,
  );

  it.skipIf(built)('needs the packages built first (npm run build)', () => {
    expect.fail('packages/*/dist is missing: run `npm run build` (npm test does) before this test');
  });
});
