import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '@gongkai/client';
import { startSampleGateway, type SampleGateway } from '../../../../examples/test-support/sample-gateway';
import { shadowText, startHarness, waitForState, type Harness } from './harness';
import { startSwitchableProxy, type SwitchableProxy } from './switchable-proxy';

let h: Harness;
let broken: SampleGateway;
let housing: SwitchableProxy | undefined;
const el = 'gk-disclosure-list';

beforeAll(async () => {
  h = await startHarness();
  // A second gateway whose housing department goes down after the gateway described it: the partial state.
  broken = await startSampleGateway({
    env: { GONGKAI_RATE_LIMIT_ANONYMOUS_READ: '100000/60' },
    route: async (d) => (d.department.id === 'ln-housing' ? (housing = await startSwitchableProxy(d.url)).url : d.url),
  });
});
afterAll(async () => {
  await broken?.close();
  await housing?.close();
  await h?.close();
});

/** The titles the element shows. */
const titles = () =>
  h.page.evaluate(
    (el) =>
      [...(document.querySelector(el)?.shadowRoot?.querySelectorAll('li [part=link], li [part=title]') ?? [])].map((a) => a.textContent),
    el,
  );

describe('gk-disclosure-list', () => {
  it('shows a page of items with metadata and labels from the contract, with no axe violation and no CSP violation', async () => {
    await h.open(`<gk-disclosure-list department="ln-finance" limit="3"><a href="/v1/items">查看公开目录</a></gk-disclosure-list>`);
    await waitForState(h.page, el, 'data');
    const expected = await createClient({ baseUrl: h.base }).items.list({ department: ['ln-finance'], limit: 3 });
    expect(await titles()).toEqual(expected.data.map((i) => i.title));
    const text = await shadowText(h.page, el);
    expect(text).toContain('第 1 页');
    expect(text).toContain(expected.data[0]!.issuingBody);
    // The fallback link is not shown once the element runs.
    expect(await h.page.locator('gk-disclosure-list > a').isVisible()).toBe(false);
    expect(await h.axe()).toEqual([]);
    expect(await h.cspViolations()).toEqual([]);
  });

  for (const limit of [2, 5, 7]) {
    it(`walks every page of a query ${limit} at a time, forward and back, as the API does`, async () => {
      const query = { department: ['ln-finance'], category: 'budgetsAndFinalAccounts' as const };
      const all: string[] = [];
      for await (const item of createClient({ baseUrl: h.base }).items.iterate({ ...query, limit })) all.push(item.title);
      expect(all.length).toBeGreaterThan(limit);
      await h.open(
        `<gk-disclosure-list department="${query.department.join(',')}" category="${query.category}" limit="${limit}"></gk-disclosure-list>`,
      );
      const pages: string[][] = [];
      for (;;) {
        await waitForState(h.page, el, 'data');
        pages.push((await titles()) as string[]);
        const next = h.page.locator(`${el} [part=pager] button`).nth(1);
        if (await next.isDisabled()) break;
        await next.click();
        await h.page.waitForFunction(
          (n) => document.querySelector('gk-disclosure-list')?.shadowRoot?.textContent?.includes(`第 ${n} 页`),
          pages.length + 1,
        );
      }
      expect(pages.flat()).toEqual(all);
      await h.page.locator(`${el} [part=pager] button`).first().click();
      await h.page.waitForFunction(
        (n) => document.querySelector('gk-disclosure-list')?.shadowRoot?.textContent?.includes(`第 ${n} 页`),
        pages.length - 1,
      );
      await waitForState(h.page, el, 'data');
      expect(await titles()).toEqual(pages.at(-2));
    });
  }

  it('filters by the reader’s choice of category in the filter form, keyboard only', async () => {
    await h.open(`<gk-disclosure-list filters department="ln-finance" limit="50"></gk-disclosure-list>`);
    await waitForState(h.page, el, 'data');
    expect(await h.axe()).toEqual([]);
    await h.page.locator(`${el} select[name=category]`).selectOption('budgetsAndFinalAccounts');
    await h.page.locator(`${el} button[type=submit]`).focus();
    await h.page.keyboard.press('Enter');
    const expected = await createClient({ baseUrl: h.base }).items.list({
      department: ['ln-finance'],
      category: 'budgetsAndFinalAccounts',
      limit: 50,
    });
    await h.page.waitForFunction(
      (n) => document.querySelector('gk-disclosure-list')?.shadowRoot?.querySelectorAll('li').length === n,
      expected.data.length,
    );
    expect(await titles()).toEqual(expected.data.map((i) => i.title));
  });

  it('says when nothing matches (empty), while loading, and when the gateway cannot be reached (error), each without axe violations', async () => {
    await h.open(`<gk-disclosure-list published-from="2099-01-01"></gk-disclosure-list>`);
    await waitForState(h.page, el, 'empty');
    expect(await shadowText(h.page, el)).toContain('暂无信息');
    expect(await h.axe()).toEqual([]);

    await h.open(`<gk-disclosure-list api="${h.hanging}"></gk-disclosure-list>`);
    await waitForState(h.page, el, 'loading');
    expect(await shadowText(h.page, el)).toContain('正在加载');
    expect(await h.axe()).toEqual([]);

    await h.open(`<gk-disclosure-list api="${h.closed}"></gk-disclosure-list>`);
    await waitForState(h.page, el, 'error');
    expect(await shadowText(h.page, el)).toContain('暂时无法获取信息');
    expect(await h.page.locator(`${el} [role=alert] button`).textContent()).toContain('重试');
    expect(await h.axe()).toEqual([]);
  });

  it('names the departments that did not answer (partial), through a gateway set by the page’s meta', async () => {
    // The gateway describes a department that is down from its last copy; the element names it from there.
    const names = await createClient({ baseUrl: broken.base }).departments.list();
    const name = names.data.find((d) => d.id === 'ln-housing')!.name;
    housing!.down = true;
    await h.open(`<gk-disclosure-list limit="5"></gk-disclosure-list>`, { head: `<meta name="gongkai-api" content="${broken.base}">` });
    await waitForState(h.page, el, 'data');
    await h.page.waitForFunction(
      (name) => document.querySelector('gk-disclosure-list')?.shadowRoot?.querySelector('[part=partial]')?.textContent?.includes(name),
      name,
    );
    expect(await shadowText(h.page, el)).toContain('以下部门暂未响应');
    expect(await h.axe()).toEqual([]);
  });

  it('speaks the language of the nearest lang ancestor and follows it when it changes', async () => {
    await h.open(`<div lang="en"><gk-disclosure-list department="ln-finance" limit="2"></gk-disclosure-list></div>`);
    await waitForState(h.page, el, 'data');
    expect(await shadowText(h.page, el)).toContain('Page 1');
    expect(await h.axe()).toEqual([]);
    await h.page.evaluate(() => document.querySelector('div')!.setAttribute('lang', 'zh-CN'));
    await h.page.waitForFunction(() => document.querySelector('gk-disclosure-list')?.shadowRoot?.textContent?.includes('第 1 页'));
  });

  it('keeps its layout and contrast on a page with aggressive global CSS, and enlarges text and targets in elder-friendly mode', async () => {
    await h.open(`<gk-disclosure-list department="ln-finance" limit="3"></gk-disclosure-list>`, {
      head: '<link rel="stylesheet" href="/test/hostile.css">',
    });
    await waitForState(h.page, el, 'data');
    const style = () =>
      h.page.evaluate(() => {
        const root = document.querySelector('gk-disclosure-list')!.shadowRoot!;
        const li = getComputedStyle(root.querySelector('li')!);
        const link = getComputedStyle(root.querySelector('li a')!);
        const button = root.querySelector('[part=pager] button')!.getBoundingClientRect();
        return {
          fontSize: li.fontSize,
          letterSpacing: li.letterSpacing,
          lineHeight: li.lineHeight,
          textAlign: li.textAlign,
          color: link.color,
          display: li.display,
          buttonHeight: button.height,
        };
      });
    const hostile = await style();
    expect(hostile).toMatchObject({
      fontSize: '16px',
      letterSpacing: 'normal',
      textAlign: 'start',
      color: 'rgb(11, 79, 168)',
      display: 'list-item',
    });
    expect(await h.axe()).toEqual([]);

    await h.page.evaluate(() => document.documentElement.setAttribute('data-gk-elder', ''));
    await h.page.waitForFunction(() => document.querySelector('gk-disclosure-list')?.shadowRoot?.querySelector('.elder'));
    const elder = await style();
    expect(parseFloat(elder.fontSize)).toBeGreaterThanOrEqual(18);
    expect(elder.buttonHeight).toBeGreaterThanOrEqual(48);
    expect(await h.axe()).toEqual([]);
  });

  it('still shows its data when the page moves it while its request is in flight', async () => {
    const gate = await startSwitchableProxy(h.base);
    try {
      gate.hold();
      const arrived = gate.arrived();
      await h.open(
        `<div id="a"><gk-disclosure-list api="${gate.url}" department="ln-finance" limit="2"></gk-disclosure-list></div><div id="b"></div>`,
      );
      await arrived;
      // A CMS script moves the widget: it leaves the page (its request is abandoned) and comes back.
      await h.page.evaluate(() => document.querySelector('#b')!.append(document.querySelector('gk-disclosure-list')!));
      gate.release();
      await waitForState(h.page, el, 'data');
      expect(await titles()).toHaveLength(2);
    } finally {
      await gate.close();
    }
  });

  it('leaves the webmaster’s fallback link visible and usable where JavaScript does not run', async () => {
    const context = await h.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await h.open(`<gk-disclosure-list><a href="/v1/items">查看公开目录</a></gk-disclosure-list>`, { page });
    const link = page.locator('gk-disclosure-list > a');
    expect(await link.isVisible()).toBe(true);
    expect(await link.getAttribute('href')).toBe('/v1/items');
    await context.close();
  });
});
