import { createHash } from 'node:crypto';
import { readFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../packages/elements/test/browser/harness';

// The legacy CMS page as a webmaster would publish it, on an origin of its own, loading the CDN file
// cross-origin from the gateway. The page is written for the demo gateway (http://127.0.0.1:8080);
// the test's own origin rewrites that to the test gateway's.
const PAGE_ORIGIN_IN_FILE = 'http://127.0.0.1:8080';
const here = new URL('./', import.meta.url);
const axeFile = `file://${createRequire(import.meta.url).resolve('axe-core/axe.min.js')}`;
// The picture in docs/embedding.md is this test's screenshot. A test run leaves the working tree as
// it found it: the picture is only replaced on request (GONGKAI_UPDATE_SCREENSHOTS=1 npm test).
const updateScreenshot = process.env['GONGKAI_UPDATE_SCREENSHOTS'] === '1';
const screenshotDirectory = updateScreenshot
  ? fileURLToPath(new URL('../../docs/images/', import.meta.url))
  : mkdtempSync(join(tmpdir(), 'gongkai-legacy-cms-'));
const screenshot = join(screenshotDirectory, 'legacy-cms.png');

/** Every element the page shows; those not (yet) defined by the CDN file show their fallback link. */
const TAGS = [
  'gk-alert-banner',
  'gk-disclosure-list',
  'gk-search',
  'gk-item',
  'gk-budget-table',
  'gk-fee-schedule',
  'gk-request-form',
  'gk-request-status',
  'gk-feedback-form',
  'gk-rating',
  'gk-compliance-board',
];

/** The elements that show data with nothing asked of the reader. */
const DISPLAY_TAGS = TAGS.filter((tag) => !/request|feedback|rating/.test(tag));

/** The CSP docs/embedding.md tells the webmaster to set: nothing inline, the gateway for scripts and data. */
const pageCsp = (gateway: string) =>
  `default-src 'self'; script-src 'self' ${gateway}; connect-src 'self' ${gateway}; style-src 'self'; img-src 'self' data:; base-uri 'self'; form-action 'self'`;

/** The snippet's code block in docs/embedding.md (the first: the Chinese section's). */
const snippet = /<!-- cdn-snippet:start[^\n]*-->\s*```html\n([\s\S]*?)```/.exec(
  readFileSync(new URL('../../docs/embedding.md', import.meta.url), 'utf8'),
)![1]!;

/** A page made of the documented snippet, pointed at the test gateway; `tampered` changes its integrity. */
function snippetPage(tampered: boolean): string {
  let head = snippet.replaceAll('https://open.example.gov.cn', h.base);
  // The integrity of other bytes: what the browser sees when the file was changed after the snippet was written.
  if (tampered)
    head = head.replace(/integrity="[^"]+"/, `integrity="sha384-${createHash('sha384').update('other bytes').digest('base64')}"`);
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>snippet</title>${head}</head><body><main><gk-item item-id="ln-finance:2024-000001"><a href="${h.base}/v1/items/ln-finance:2024-000001">查看原文</a></gk-item></main></body></html>`;
}

let h: Harness;
let cms: Server;
let cmsOrigin: string;

beforeAll(async () => {
  h = await startHarness();
  const files: Record<string, [string, string]> = {
    '/': ['index.html', 'text/html; charset=utf-8'],
    '/style.css': ['style.css', 'text/css; charset=utf-8'],
    // The copy-paste snippet of docs/embedding.md, as a webmaster pastes it (see the last test).
    '/snippet.html': ['', 'text/html; charset=utf-8'],
    '/tampered.html': ['', 'text/html; charset=utf-8'],
    // h.axe() adds axe-core from the page's own origin.
    '/test/axe.js': [axeFile, 'text/javascript; charset=utf-8'],
  };
  cms = createServer((request, response) => {
    const file = files[new URL(request.url ?? '/', 'http://x').pathname];
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const body =
      path === '/snippet.html' || path === '/tampered.html'
        ? snippetPage(path === '/tampered.html')
        : readFileSync(new URL(file[0], here), 'utf8').replaceAll(PAGE_ORIGIN_IN_FILE, h.base);
    response.writeHead(200, { 'Content-Type': file[1], 'Content-Security-Policy': pageCsp(h.base), 'Cache-Control': 'no-store' });
    response.end(body);
  });
  await new Promise<void>((resolve) => cms.listen(0, '127.0.0.1', resolve));
  cmsOrigin = `http://127.0.0.1:${(cms.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await h?.close();
  await new Promise<void>((resolve) => cms?.close(() => resolve()));
  if (!updateScreenshot) rmSync(screenshotDirectory, { recursive: true, force: true });
});

describe('the legacy CMS page', () => {
  it('is the demo gateway’s page, with every element and a fallback link in each', () => {
    const html = readFileSync(new URL('index.html', here), 'utf8');
    expect(html).toContain(`<meta name="gongkai-api" content="${PAGE_ORIGIN_IN_FILE}">`);
    expect(html).toContain(`<script type="module" src="${PAGE_ORIGIN_IN_FILE}/elements/gongkai-elements.js"></script>`);
    for (const tag of TAGS) expect(html, tag).toMatch(new RegExp(`<${tag}[^>]*>\\s*<a href="${PAGE_ORIGIN_IN_FILE}/`));
  });

  it('loads the elements cross-origin under a strict CSP; every defined element shows data and axe finds nothing', async () => {
    const context = await h.browser.newContext({ viewport: { width: 1024, height: 800 } });
    const page = await context.newPage();
    // Installed by the driver, not the page: the page itself has no inline script.
    await page.addInitScript(() => {
      const seen: string[] = ((window as unknown as { __csp: string[] }).__csp = []);
      addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(`${cmsOrigin}/`);
    expect(new URL(page.url()).origin).not.toBe(h.base);
    await page.waitForFunction(() => customElements.get('gk-disclosure-list') !== undefined);
    const defined = await page.evaluate((tags) => tags.filter((tag) => customElements.get(tag)), TAGS);
    // The seven display elements at least; the form elements as soon as the CDN file has them.
    expect(defined).toEqual(expect.arrayContaining(DISPLAY_TAGS));

    for (const tag of defined) {
      // Loaded: the element's wrapper left `loading` for data (a form, which loads nothing first, has no `error`).
      await page.waitForFunction((tag) => {
        const state = document.querySelector(tag)?.shadowRoot?.querySelector('[part=base]')?.getAttribute('data-state');
        return state !== undefined && state !== null && state !== 'loading';
      }, tag);
      const state = await page.evaluate(
        (tag) => document.querySelector(tag)!.shadowRoot!.querySelector('[part=base]')!.getAttribute('data-state'),
        tag,
      );
      expect(state, tag).not.toBe('error');
      // The display elements show the sample data; a form (or a status lookup waiting for its
      // tracking number) shows its fields.
      if (DISPLAY_TAGS.includes(tag)) expect(state, tag).toBe('data');
      const text = await page.evaluate(
        (tag) => (document.querySelector(tag)!.shadowRoot!.querySelector('[part=base]') as HTMLElement).innerText,
        tag,
      );
      expect(text.trim().length, tag).toBeGreaterThan(0);
    }
    // Data from the sample departments, as the elements render it.
    const text = (tag: string) =>
      page.evaluate((tag) => (document.querySelector(tag)!.shadowRoot!.querySelector('[part=base]') as HTMLElement).innerText, tag);
    expect(await text('gk-item')).toContain('辽宁省财政厅2023年政府信息公开工作年度报告');
    expect(await text('gk-budget-table')).toContain('2026');
    // The fallback of an element that runs is not shown; of one that does not, it is.
    for (const tag of TAGS) {
      expect(await page.locator(`${tag} > a`).isVisible(), tag).toBe(!defined.includes(tag));
    }
    // The host page's `* { font-size: 12px }` does not reach inside.
    const fontSize = await page.evaluate(
      () => getComputedStyle(document.querySelector('gk-disclosure-list')!.shadowRoot!.querySelector('.gk')!).fontSize,
    );
    expect(fontSize).toBe('16px');

    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(await h.axe(page)).toEqual([]);

    mkdirSync(screenshotDirectory, { recursive: true });
    await page.screenshot({ path: screenshot, fullPage: true });
    await context.close();
  });

  it('shows every fallback link where JavaScript does not run, and each link answers', async () => {
    const context = await h.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${cmsOrigin}/`);
    for (const tag of TAGS) {
      const link = page.locator(`${tag} > a`);
      expect(await link.isVisible(), tag).toBe(true);
      const href = (await link.getAttribute('href'))!;
      expect(href.startsWith(`${h.base}/`), tag).toBe(true);
      expect((await fetch(href)).status, `${tag} ${href}`).toBe(200);
    }
    // And a click goes there.
    await page.locator('gk-disclosure-list > a').click();
    await page.waitForURL(`${h.base}/v1/items?category=budgetsAndFinalAccounts`);
    expect(await page.locator('body').innerText()).toContain('budgetsAndFinalAccounts');
    await context.close();
  });

  it('runs the documented snippet: the versioned URL with its integrity, cross-origin; a tampered file does not run', async () => {
    const context = await h.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${cmsOrigin}/snippet.html`);
    await page.waitForFunction(
      () => document.querySelector('gk-item')?.shadowRoot?.querySelector('[part=base]')?.getAttribute('data-state') === 'data',
    );
    await page.goto(`${cmsOrigin}/tampered.html`);
    // The browser refuses the script whose hash does not match: nothing defines the element, the fallback stays.
    await page.waitForLoadState('load');
    expect(await page.evaluate(() => customElements.get('gk-item'))).toBeUndefined();
    expect(await page.locator('gk-item > a').isVisible()).toBe(true);
    await context.close();
  });
});
