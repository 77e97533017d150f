import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shadowText, startHarness, waitForState, type Harness } from './harness';

const TOKEN = 'elements-staff-token-0123456789';
let h: Harness;
let finance: string;
const el = 'gk-item';

/** Publishes an item at the finance department itself (admin operations are not proxied by the gateway). */
async function publish(input: Record<string, unknown>, id?: string): Promise<{ id: string }> {
  const response = await fetch(`${finance}/v1/admin/items${id ? `/${encodeURIComponent(id)}` : ''}`, {
    method: id ? 'PUT' : 'POST',
    headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  if (!response.ok) throw new Error(`${response.status} ${await response.text()}`);
  return (await response.json()) as { id: string };
}

const policy = {
  title: '辽宁省财政厅关于印发《辽宁省省级预算绩效管理办法》的通知',
  summary: '明确省级预算绩效目标管理的职责分工。',
  body: '第一条 为加强预算绩效管理，制定本办法。\n\n第二条 本办法适用于省级预算部门。',
  documentNumber: '辽财预〔2026〕12号',
  category: 'budgetsAndFinalAccounts',
  validity: 'valid',
  issuingBody: '辽宁省财政厅',
  division: { code: '210000', name: '辽宁省' },
  level: 'provincial',
  writtenOn: '2026-03-02',
  formedAt: '2026-03-02',
  attachments: [
    {
      name: '辽宁省省级预算绩效管理办法.pdf',
      mediaType: 'application/pdf',
      size: 482133,
      sha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
      url: 'https://czt.ln.gov.cn/files/2026/jx-2026-12.pdf',
    },
  ],
};

beforeAll(async () => {
  h = await startHarness({ adminTokens: [TOKEN] });
  finance = h.gateway.departments.find((d) => d.department.id === 'ln-finance')!.url;
});
afterAll(() => h?.close());

describe('gk-item', () => {
  it('shows the metadata in a table with header cells, the validity as text, attachments and the revision history', async () => {
    const { id } = await publish(policy);
    await publish({ ...policy, validity: 'amended' }, id);
    await h.open(`<gk-item item-id="${id}"><a href="/v1/items/${id}">查看原文</a></gk-item>`);
    await waitForState(h.page, el, 'data');
    const rows = await h.page.evaluate(() =>
      [...document.querySelector('gk-item')!.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => [
        tr.querySelector('th[scope=row]')?.textContent?.trim(),
        (tr.querySelector('td') as HTMLElement).innerText.trim(),
      ]),
    );
    expect(rows).toEqual(
      expect.arrayContaining([
        ['发文字号', '辽财预〔2026〕12号'],
        ['发文机关', '辽宁省财政厅'],
        ['公开类别', '财政预算、决算信息'],
        ['成文日期', '2026年3月2日'],
        ['有效性', '已修改'],
      ]),
    );
    expect(rows.find(([name]) => name === '索引号')?.[1]).toMatch(/\S/);
    const text = await shadowText(h.page, el);
    expect(text).toContain('第一条 为加强预算绩效管理，制定本办法。');
    expect(text).toContain('辽宁省省级预算绩效管理办法.pdf（471 KB）');
    expect(text).toMatch(/第 1 版 · .* · 新增/);
    expect(text).toMatch(/第 2 版 · .* · 更新 \(有效性\)/);
    expect(await h.page.locator('gk-item [part=attachments] a').getAttribute('href')).toBe(policy.attachments[0]!.url);
    expect(await h.axe()).toEqual([]);
    expect(await h.cspViolations()).toEqual([]);

    await h.page.evaluate(() => document.documentElement.setAttribute('lang', 'en'));
    await h.page.waitForFunction(() => document.querySelector('gk-item')?.shadowRoot?.textContent?.includes('Revision history'));
    expect(await shadowText(h.page, el)).toContain('Amended');
    expect(await h.axe()).toEqual([]);
  });

  it('never runs markup or javascript: links from the data: they show as text', async () => {
    const { id } = await publish({
      ...policy,
      title: '<img src=x onerror="window.__xss=1">标题',
      summary: '<script>window.__xss=2</script>',
      body: '<script>window.__xss=3</script>\n\n<a href="javascript:window.__xss=4">点此</a><svg onload="window.__xss=5"></svg>',
      attachments: [{ ...policy.attachments[0]!, name: '<b onmouseover="window.__xss=7">附件</b>' }],
    });
    // The contract refuses a `javascript:` URL when an item is published (WebUrl); a department
    // outside the kit, or a record kept from before that rule, may still send one: the answer is
    // rewritten on its way to the page.
    const itemUrl = `**/v1/items/${encodeURIComponent(id)}`;
    await h.page.route(itemUrl, async (route) => {
      const response = await route.fetch();
      const item = (await response.json()) as { attachments: Array<{ url: string }> };
      item.attachments[0]!.url = 'javascript:window.__xss=6';
      await route.fulfill({ response, json: item });
    });
    await h.open(`<gk-item item-id="${id}"></gk-item>`);
    await waitForState(h.page, el, 'data');
    const found = await h.page.evaluate(() => {
      const root = document.querySelector('gk-item')!.shadowRoot!;
      return {
        xss: (window as unknown as { __xss?: number }).__xss,
        elements: root.querySelectorAll('script, img, svg, b, [onerror], [onload], [onmouseover]').length,
        hrefs: [...root.querySelectorAll('a')].map((a) => a.getAttribute('href')),
      };
    });
    expect(found).toEqual({ xss: undefined, elements: 0, hrefs: [] });
    const text = await shadowText(h.page, el);
    expect(text).toContain('<img src=x onerror="window.__xss=1">标题');
    expect(text).toContain('<script>window.__xss=3</script>');
    // Hovering and clicking the attachment's text does nothing either.
    await h.page.locator('gk-item [part=attachments] li').hover();
    await h.page.locator('gk-item [part=attachments] li').click();
    expect(await h.page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await h.axe()).toEqual([]);
    await h.page.unroute(itemUrl);
  });

  it('takes the item from the page’s ?id= parameter, and says so when the item does not exist', async () => {
    const { id } = await publish(policy);
    await h.open(`<gk-item elder></gk-item>`);
    await h.page.goto(`${h.page.url()}?id=${encodeURIComponent(id)}`);
    await waitForState(h.page, el, 'data');
    expect(await shadowText(h.page, el)).toContain(policy.title);
    const fontSize = await h.page.evaluate(
      () => getComputedStyle(document.querySelector('gk-item')!.shadowRoot!.querySelector('td')!).fontSize,
    );
    expect(parseFloat(fontSize)).toBeGreaterThanOrEqual(18);
    expect(await h.axe()).toEqual([]);

    await h.open(`<gk-item item-id="ln-finance:2099-999999"></gk-item>`);
    await waitForState(h.page, el, 'error');
    expect(await shadowText(h.page, el)).toContain('未找到该信息');
    expect(await h.axe()).toEqual([]);
  });

  it('shows loading while the gateway has not answered, without axe violations', async () => {
    await h.open(`<gk-item api="${h.hanging}" item-id="ln-finance:2024-000001"></gk-item>`);
    await waitForState(h.page, el, 'loading');
    expect(await h.axe()).toEqual([]);
  });
});
