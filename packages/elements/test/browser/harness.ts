import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startSampleGateway, type SampleGateway, type SampleGatewayOptions } from '../../../../examples/test-support/sample-gateway';
import { bundleCdn } from '../../scripts/cdn-bundle.mjs';

// The browser tests: the CDN file bundled from the sources under test, served with test pages by a
// real sample gateway (six departments) under a strict Content-Security-Policy, in the machine's
// Chromium. One browser and one page per test file, reused, to keep the suite fast.

/** A page's CSP: nothing inline, scripts and styles from the gateway only; APIs on any loopback port (the error-state servers). */
export const TEST_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self' http://127.0.0.1:*; img-src 'self' data:; base-uri 'none'; form-action 'self'";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

// Recorded by every test page: any CSP violation (an inline script or style the elements must not need).
const CSP_WATCH = `window.__csp=[];addEventListener('securitypolicyviolation',e=>window.__csp.push(e.violatedDirective+' '+e.blockedURI));`;

/** A stylesheet a careless host page might have: global rules on everything and on the tags the elements use. */
export const HOSTILE_CSS = `
* { font-size: 9px !important; color: #ff0 !important; line-height: 0.8 !important; letter-spacing: 6px !important;
    text-align: right !important; background: #ff0 !important; font-family: serif !important; }
a { color: #ff0 !important; text-decoration: none !important; }
table, td, th, ul, li, p, button, select, input { border: 0 !important; padding: 0 !important; margin: 0 !important;
    display: inline !important; font-size: 9px !important; }
`;

export interface Harness {
  readonly gateway: SampleGateway;
  readonly base: string;
  readonly browser: Browser;
  readonly page: Page;
  /** An API origin that accepts connections and never answers (the loading state). */
  readonly hanging: string;
  /** An API origin where nothing listens (the error state). */
  readonly closed: string;
  /**
   * A second origin, a host site whose pages load the CDN file from the gateway, like a government
   * site embedding it. The gateway accepts writes from it and from its own origin (`cors.writeOrigins`).
   */
  readonly host: string;
  /** Opens a test page whose body is `body` (with the CDN file and `head` in its head) in the shared page; on the host site with `host: true`. */
  open(body: string, options?: { head?: string; lang?: string; page?: Page; host?: boolean }): Promise<Page>;
  /** axe-core's violations (WCAG 2.1 A/AA) of the page, shadow roots included. */
  axe(page?: Page): Promise<{ id: string; help: string; nodes: number }[]>;
  /** The CSP violations the page reported. */
  cspViolations(page?: Page): Promise<string[]>;
  close(): Promise<void>;
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
];

export async function startHarness(options: SampleGatewayOptions = {}): Promise<Harness> {
  const { code } = await bundleCdn();
  const pages = new Map<string, string>();
  let counter = 0;
  // Asked only after `startHarness` returns, when `gateway` below is listening.
  const hostServer = createServer((req, res) => {
    const name = /^\/test\/page\/([\w.]+)$/.exec(req.url ?? '')?.[1];
    const html = name && pages.get(name);
    if (req.url === '/test/csp-watch.js' || html) {
      res.writeHead(200, {
        'Content-Type': html ? 'text/html; charset=utf-8' : 'text/javascript; charset=utf-8',
        'Content-Security-Policy': TEST_CSP.replace("script-src 'self'", `script-src 'self' ${gateway.base}`),
      });
      return res.end(html || CSP_WATCH);
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => hostServer.listen(0, '127.0.0.1', resolve));
  const host = `http://127.0.0.1:${(hostServer.address() as AddressInfo).port}`;
  // The gateway listens on a port of its own choosing: a port probed free beforehand can be taken by
  // one of the sample departments before the gateway binds it (EADDRINUSE). Its own pages may write
  // without being listed (same origin); the host's are listed.
  const gateway = await startSampleGateway({
    ...options,
    config: { ...options.config, cors: { writeOrigins: [host] } },
    env: { GONGKAI_RATE_LIMIT_ANONYMOUS_READ: '100000/60', ...options.env },
    extend: (router) => {
      const send = (path: string, type: string, body: () => string | undefined) =>
        router.get(path, (ctx) => {
          const text = body();
          if (text === undefined) return;
          ctx.set('Content-Security-Policy', TEST_CSP);
          ctx.set('Cache-Control', 'no-store');
          ctx.type = type;
          ctx.body = text;
        });
      send('/elements/gongkai-elements.js', 'text/javascript; charset=utf-8', () => code);
      send('/test/axe.js', 'text/javascript; charset=utf-8', () => axeSource);
      send('/test/csp-watch.js', 'text/javascript; charset=utf-8', () => CSP_WATCH);
      send('/test/hostile.css', 'text/css; charset=utf-8', () => HOSTILE_CSS);
      router.get('/test/page/:name', (ctx) => {
        const html = pages.get(ctx.params['name'] ?? '');
        if (html === undefined) return;
        ctx.set('Content-Security-Policy', TEST_CSP);
        ctx.set('Cache-Control', 'no-store');
        ctx.type = 'text/html; charset=utf-8';
        ctx.body = html;
      });
    },
  });
  const hangingServer: Server = createServer(() => {});
  await new Promise<void>((resolve) => hangingServer.listen(0, '127.0.0.1', resolve));
  const closedServer = createServer();
  await new Promise<void>((resolve) => closedServer.listen(0, '127.0.0.1', resolve));
  const closedPort = (closedServer.address() as AddressInfo).port;
  await new Promise<void>((resolve) => closedServer.close(() => resolve()));

  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
  const page = await context.newPage();

  return {
    gateway,
    base: gateway.base,
    browser,
    page,
    hanging: `http://127.0.0.1:${(hangingServer.address() as AddressInfo).port}`,
    closed: `http://127.0.0.1:${closedPort}`,
    host,
    async open(body, { head = '', lang = 'zh-CN', page: target = page, host: onHost = false } = {}) {
      const name = `p${++counter}.html`;
      // On the host site the elements talk to the gateway cross-origin, as an embedding page does.
      const meta = onHost ? `<meta name="gongkai-api" content="${gateway.base}">` : '';
      pages.set(
        name,
        `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>测试页面</title>${meta}` +
          `<script src="/test/csp-watch.js"></script>${head}` +
          `<script type="module" src="${onHost ? gateway.base : ''}/elements/gongkai-elements.js"></script></head><body><main>${body}</main></body></html>`,
      );
      await target.goto(`${onHost ? host : gateway.base}/test/page/${name}`);
      return target;
    },
    async axe(target = page) {
      if (!(await target.evaluate(() => 'axe' in window)))
        await target.addScriptTag({ url: `${target.url().startsWith(host) ? gateway.base : ''}/test/axe.js` });
      return target.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; help: string; nodes: unknown[] }[] }> };
          }
        ).axe;
        const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
        return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.length }));
      });
    },
    cspViolations: (target = page) => target.evaluate(() => (window as unknown as { __csp: string[] }).__csp),
    async close() {
      await browser.close();
      hangingServer.closeAllConnections();
      await new Promise<void>((resolve) => hangingServer.close(() => resolve()));
      await new Promise<void>((resolve) => hostServer.close(() => resolve()));
      await gateway.close();
    },
  };
}

/** Waits until the element's wrapper shows `state` (`loading`, `data`, `empty`, `error`). */
export async function waitForState(page: Page, selector: string, state: string): Promise<void> {
  await page.waitForFunction(
    ([selector, state]) =>
      document.querySelector(selector!)?.shadowRoot?.querySelector('[part=base]')?.getAttribute('data-state') === state,
    [selector, state] as const,
  );
}

/** The visible text of an element's shadow root. */
export function shadowText(page: Page, selector: string): Promise<string> {
  return page.evaluate(
    (selector) => (document.querySelector(selector)?.shadowRoot?.querySelector('[part=base]') as HTMLElement | null)?.innerText ?? '',
    selector,
  );
}
