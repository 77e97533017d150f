import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '@gongkai/client';
import { shadowText, startHarness, waitForState, type Harness } from './harness';

let h: Harness;
const el = 'gk-search';

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

const links = () =>
  h.page.evaluate(() =>
    [...(document.querySelector('gk-search')?.shadowRoot?.querySelectorAll('li a') ?? [])].map((a) => [
      a.textContent,
      a.getAttribute('href'),
    ]),
  );

/** What the shadow root's focused element is (tag and name), as a keyboard user lands on it. */
const focused = () =>
  h.page.evaluate(() => {
    const active = document.querySelector('gk-search')?.shadowRoot?.activeElement;
    return active ? `${active.tagName.toLowerCase()}${active.getAttribute('name') ? `[${active.getAttribute('name')}]` : ''}` : '';
  });

describe('gk-search', () => {
  it('searches Chinese text from the keyboard alone and shows the results as links, with no axe or CSP violation', async () => {
    await h.open(`<gk-search limit="50" item-href="/item.html?id={id}"><a href="/v1/items">搜索公开信息</a></gk-search>`);
    // Nothing asked yet: only the search box.
    expect(await h.page.locator(`${el} ul`).count()).toBe(0);
    expect(await h.axe()).toEqual([]);

    await h.page.keyboard.press('Tab');
    expect(await focused()).toBe('input[q]');
    await h.page.keyboard.type('公积金');
    await h.page.keyboard.press('Enter');
    await waitForState(h.page, el, 'data');
    const expected = await createClient({ baseUrl: h.base }).items.list({ q: '公积金', limit: 50 });
    expect(expected.data.length).toBeGreaterThan(0);
    expect(await links()).toEqual(expected.data.map((i) => [i.title, new URL(`/item.html?id=${encodeURIComponent(i.id)}`, h.base).href]));
    expect(await shadowText(h.page, el)).toContain('“公积金”的搜索结果（第 1 页）');
    // Tab moves on to the category facet, the button, then the first result.
    await h.page.keyboard.press('Tab');
    await h.page.keyboard.press('Tab');
    await h.page.keyboard.press('Tab');
    expect(await focused()).toBe('a');
    expect(await h.axe()).toEqual([]);
    expect(await h.cspViolations()).toEqual([]);
  });

  for (const limit of [1, 3]) {
    it(`pages through every result of a one-character search, ${limit} at a time`, async () => {
      const all: string[] = [];
      for await (const item of createClient({ baseUrl: h.base }).items.iterate({ q: '税', limit })) all.push(item.title);
      expect(all.length).toBeGreaterThan(limit);
      await h.open(`<gk-search q="税" limit="${limit}"></gk-search>`);
      const seen: string[] = [];
      for (let page = 1; ; page++) {
        await h.page.waitForFunction((n) => document.querySelector('gk-search')?.shadowRoot?.textContent?.includes(`（第 ${n} 页）`), page);
        seen.push(...((await links()).map(([title]) => title) as string[]));
        const next = h.page.locator(`${el} [part=pager] button`).nth(1);
        if (await next.isDisabled()) break;
        await next.click();
      }
      expect(seen).toEqual(all);
    });
  }

  it('narrows by the category facet, and says when nothing matches', async () => {
    await h.open(`<gk-search q="公积金"></gk-search>`);
    await waitForState(h.page, el, 'data');
    const category = 'administrativeFees';
    await h.page.locator(`${el} select[name=category]`).selectOption(category);
    await h.page.locator(`${el} button[type=submit]`).click();
    const expected = await createClient({ baseUrl: h.base }).items.list({ q: '公积金', category, limit: 10 });
    await h.page.waitForFunction(
      (n) =>
        document.querySelector('gk-search')?.shadowRoot?.querySelector('[part=base]')?.getAttribute('data-state') ===
          (n ? 'data' : 'empty') && document.querySelector('gk-search')!.shadowRoot!.querySelectorAll('li a').length === n,
      expected.data.length,
    );
    expect((await links()).map(([title]) => title)).toEqual(expected.data.map((i) => i.title));

    await h.page.locator(`${el} input[name=q]`).fill('没有这样的词语');
    await h.page.locator(`${el} input[name=q]`).press('Enter');
    await waitForState(h.page, el, 'empty');
    expect(await shadowText(h.page, el)).toContain('没有找到与“没有这样的词语”相关的信息');
    expect(await h.axe()).toEqual([]);
  });

  it('speaks English, and shows the error and loading states without axe violations', async () => {
    await h.open(`<gk-search q="公积金"></gk-search>`, { lang: 'en' });
    await waitForState(h.page, el, 'data');
    expect(await shadowText(h.page, el)).toContain('Results for “公积金” (page 1)');
    expect(await h.axe()).toEqual([]);
    await h.open(`<gk-search q="公积金" api="${h.closed}"></gk-search>`);
    await waitForState(h.page, el, 'error');
    expect(await h.axe()).toEqual([]);
    await h.open(`<gk-search q="公积金" api="${h.hanging}"></gk-search>`);
    await waitForState(h.page, el, 'loading');
    expect(await h.axe()).toEqual([]);
  });
});
