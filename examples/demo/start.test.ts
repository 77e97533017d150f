import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { chromium } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';

// `npm start` runs the built packages; `npm test` builds before it runs this.
const script = fileURLToPath(new URL('./start.js', import.meta.url));
// The machine's Chromium, as the elements' browser tests launch it (packages/elements/test/browser/harness.ts).
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];
const built = ['department-kit', 'gateway', 'elements'].every((pkg) =>
  existsSync(fileURLToPath(new URL(`../../packages/${pkg}/dist/index.js`, import.meta.url))),
);
let child: ChildProcess | undefined;

/** The little of the page's globals the test reads (this project has no DOM types). */
interface InPage {
  readonly __csp: string[];
  readonly document: {
    querySelector(
      selector: string,
    ): { shadowRoot: { querySelector(selector: string): { getAttribute(name: string): string | null } | null } | null } | null;
  };
}

afterAll(() => {
  child?.kill('SIGTERM');
});

function startDemo(env: Record<string, string> = {}): Promise<string> {
  child = spawn(process.execPath, [script], { env: { ...process.env, PORT: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
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
      const html = await page.text();
      expect(html).toContain('政府信息检索');
      // The page is built from the elements, loaded from this gateway; no script of its own.
      expect(html).toContain('<script type="module" src="/elements/gongkai-elements.js"></script>');
      expect(html).not.toMatch(/<script(?![^>]*gongkai-elements\.js)/);
      const script = await fetch(`${base}/elements/gongkai-elements.js`);
      expect(script.status).toBe(200);
      expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
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

      // In a browser, under the page's own CSP: the elements show the sample data, and an item's
      // link opens the demo's item page, itself a <gk-item>.
      const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
      try {
        const tab = await browser.newPage();
        // A string: this project has no DOM types (an init script is not subject to the page's CSP).
        await tab.addInitScript(
          "window.__csp = []; addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));",
        );
        await tab.goto(`${base}/`);
        const stateOf = (tag: string) =>
          tab.waitForFunction(
            (tag) =>
              (globalThis as unknown as InPage).document
                .querySelector(tag)
                ?.shadowRoot?.querySelector('[part=base]')
                ?.getAttribute('data-state') === 'data',
            tag,
          );
        for (const tag of ['gk-disclosure-list', 'gk-budget-table', 'gk-fee-schedule', 'gk-compliance-board']) await stateOf(tag);
        const first = tab.locator('gk-disclosure-list [part=link]').first();
        const title = (await first.innerText()).trim();
        await first.click();
        await tab.waitForURL(/\/item\.html\?id=/);
        await stateOf('gk-item');
        expect(await tab.locator('gk-item [part=title]').first().innerText()).toBe(title);
        expect(await tab.evaluate(() => (globalThis as unknown as InPage).__csp)).toEqual([]);
      } finally {
        await browser.close();
      }

      // The page's request form posts from the page's own origin, as localhost or as 127.0.0.1.
      const loopback = base.replace('localhost', '127.0.0.1');
      for (const origin of [base, loopback]) {
        const preflight = await fetch(`${loopback}/v1/requests`, {
          method: 'OPTIONS',
          headers: {
            Origin: origin,
            'Access-Control-Request-Method': 'POST',
            'Access-Control-Request-Headers': 'content-type,idempotency-key',
          },
        });
        expect(preflight.headers.get('access-control-allow-origin')).toBe(origin);
        const submitted = await fetch(`${loopback}/v1/requests`, {
          method: 'POST',
          headers: { Origin: origin, 'Content-Type': 'application/json', 'Idempotency-Key': randomBytes(12).toString('hex') },
          body: JSON.stringify({
            departmentId: 'ln-finance',
            applicant: {
              type: 'naturalPerson',
              name: '张三',
              identityProof: { kind: 'residentIdCard', number: '11010519491231002X' },
              contact: { phone: '13800000000' },
            },
            description: '请公开2025年部门预算的项目支出明细。',
            form: 'electronic',
            delivery: 'email',
          }),
        });
        expect(submitted.status, await submitted.clone().text()).toBe(201);
        expect(submitted.headers.get('access-control-allow-origin')).toBe(origin);
      }
    },
    60_000,
  );

  it.runIf(built)(
    'serves the same sample data from PostgreSQL when GONGKAI_DATABASE_URL is set',
    async () => {
      // A database of its own, dropped at the end (the PostgreSQL of the tests: trust on loopback).
      const server = 'postgres://postgres@127.0.0.1:5432/postgres';
      const name = `gk_demo_${randomBytes(4).toString('hex')}`;
      const admin = new pg.Client({ connectionString: server });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      try {
        const base = await startDemo({ GONGKAI_DATABASE_URL: `postgres://postgres@127.0.0.1:5432/${name}` });
        const departments = (await (await fetch(`${base}/v1/departments`)).json()) as {
          data: Array<{ id: string; health: { status: string } }>;
        };
        expect(departments.data.map((d) => d.id).sort()).toEqual(
          ['ln-emergency', 'ln-finance', 'ln-housing', 'ln-ndrc', 'ln-zhangwu', 'ln-zhangwu-hrt'].sort(),
        );
        expect(departments.data.every((d) => d.health.status === 'up')).toBe(true);
        const found = (await (await fetch(`${base}/v1/items?q=${encodeURIComponent('预算')}&limit=50`)).json()) as {
          data: unknown[];
          meta: { partial?: boolean };
        };
        expect(found.meta.partial).toBeUndefined();
        expect(found.data.length).toBeGreaterThan(0);
        // The departments' records are in the database: one schema each.
        const inside = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:5432/${name}` });
        await inside.connect();
        const schemas = await inside.query(
          "SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE 'gk\\_ln\\_%' ORDER BY 1",
        );
        const items = await inside.query('SELECT count(*)::int AS n FROM gk_ln_finance.items');
        await inside.end();
        expect(schemas.rows.map((row) => row.schema_name)).toHaveLength(6);
        expect(items.rows[0].n).toBeGreaterThan(50);
      } finally {
        const exited = new Promise((resolve) => child!.once('exit', resolve));
        child?.kill('SIGTERM');
        await exited;
        child = undefined;
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      }
    },
    120_000,
  );

  it.skipIf(built)('needs the packages built first (npm run build)', () => {
    expect.fail('packages/*/dist is missing: run `npm run build` (npm test does) before this test');
  });
});
