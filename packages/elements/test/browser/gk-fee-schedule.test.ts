import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type FeesQuery } from '@gongkai/client';
import { shadowText, startHarness, waitForState, type Harness } from './harness';

let h: Harness;
const el = 'gk-fee-schedule';

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

const rows = () =>
  h.page.evaluate(() =>
    [...document.querySelector('gk-fee-schedule')!.shadowRoot!.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((cell) => `${cell.tagName}:${(cell as HTMLElement).innerText.trim().replace(/\s+/g, ' ')}`),
    ),
  );
const names = async () => (await rows()).map((row) => row[0]!.replace(/^TH:/, '').replace(/ (已过期|已撤回)$/, ''));

async function all(query: FeesQuery): Promise<string[]> {
  const names: string[] = [];
  for await (const fee of createClient({ baseUrl: h.base }).fees.iterate(query)) names.push(fee.name);
  return names;
}

describe('gk-fee-schedule', () => {
  it('shows a village’s fees in force with standard, legal basis, collector, division and validity, in a table with header cells', async () => {
    const village = '210922105201';
    const expected = await createClient({ baseUrl: h.base }).fees.list({ division: village, status: 'active', limit: 20 });
    expect(expected.data.length).toBeGreaterThan(0);
    await h.open(`<gk-fee-schedule division="${village}"><a href="/v1/fees?division=${village}">查看收费公示</a></gk-fee-schedule>`);
    await waitForState(h.page, el, 'data');
    const fee = expected.data[0]!;
    expect((await rows())[0]).toEqual([
      `TH:${fee.name}`,
      `TD:${new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2 }).format(Number(fee.standard.amount))} ${fee.standard.unit}${fee.standard.description ? `（${fee.standard.description}）` : ''}`,
      expect.stringContaining(fee.legalBasis[0]!),
      `TD:${fee.collectingBody ?? ''}`.trim(),
      `TD:${fee.division.name}`,
      expect.stringMatching(/^TD:\d{4}年\d+月\d+日 – (\d{4}年\d+月\d+日|长期)$/),
    ]);
    expect(await names()).toEqual(expected.data.map((f) => f.name));
    const headers = await h.page.evaluate(
      () => [...document.querySelector('gk-fee-schedule')!.shadowRoot!.querySelectorAll('thead th[scope=col]')].length,
    );
    expect(headers).toBe(6);
    expect(await h.axe()).toEqual([]);
    expect(await h.cspViolations()).toEqual([]);
  });

  for (const limit of [2, 3]) {
    it(`pages through a township and the villages inside it, every state, ${limit} at a time`, async () => {
      const expected = await all({ division: '210922105', limit });
      expect(expected.length).toBeGreaterThan(limit);
      await h.open(`<gk-fee-schedule division="210922105" status="all" limit="${limit}"></gk-fee-schedule>`);
      const seen: string[] = [];
      for (let page = 1; ; page++) {
        await h.page.waitForFunction(
          (n) => document.querySelector('gk-fee-schedule')?.shadowRoot?.querySelector('[part=pager] span')?.textContent === `第 ${n} 页`,
          page,
        );
        await waitForState(h.page, el, 'data');
        seen.push(...(await names()));
        const next = h.page.locator(`${el} [part=pager] button`).nth(1);
        if (await next.isDisabled()) break;
        await next.click();
      }
      expect(seen).toEqual(expected);
    });
  }

  it('marks a fee that is no longer in force with a text label', async () => {
    await h.open(`<gk-fee-schedule division="210922" status="expired" lang="en"></gk-fee-schedule>`);
    await waitForState(h.page, el, 'data');
    for (const row of await rows()) expect(row[0]).toMatch(/ Expired$/);
    expect(await h.axe()).toEqual([]);
  });

  it('says when a division has no fees, and shows loading and error states without axe violations', async () => {
    await h.open(`<gk-fee-schedule division="110000"></gk-fee-schedule>`);
    await waitForState(h.page, el, 'empty');
    expect(await shadowText(h.page, el)).toContain('暂无收费项目');
    expect(await h.axe()).toEqual([]);
    await h.open(`<gk-fee-schedule api="${h.hanging}"></gk-fee-schedule>`);
    await waitForState(h.page, el, 'loading');
    expect(await h.axe()).toEqual([]);
    await h.open(`<gk-fee-schedule api="${h.closed}"></gk-fee-schedule>`);
    await waitForState(h.page, el, 'error');
    expect(await h.axe()).toEqual([]);
  });
});
