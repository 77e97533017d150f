import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '@gongkai/client';
import { shadowText, startHarness, waitForState, type Harness } from './harness';

let h: Harness;
const el = 'gk-compliance-board';

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

const rows = () =>
  h.page.evaluate(() =>
    [...document.querySelector('gk-compliance-board')!.shadowRoot!.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((cell) => `${cell.tagName}:${(cell as HTMLElement).innerText.trim().replace(/\s+/g, ' ')}`),
    ),
  );

describe('gk-compliance-board', () => {
  it('shows one row per department, named, with each measure in words, in a table with header cells', async () => {
    const client = createClient({ baseUrl: h.base });
    const [board, departments] = await Promise.all([client.reports.compliance(), client.departments.list()]);
    const name = new Map(departments.data.map((d) => [d.id, d.name]));
    await h.open(`<gk-compliance-board><a href="/v1/compliance">查看合规情况</a></gk-compliance-board>`);
    await waitForState(h.page, el, 'data');
    const shown = await rows();
    expect(shown.map((row) => row[0])).toEqual(board.departments.map((d) => `TH:${name.get(d.departmentId)}`));
    board.departments.forEach((report, i) => {
      const required = report.categories.filter((c) => c.required);
      const current = required.filter((c) => c.status === 'current').length;
      const empty = required.filter((c) => c.status === 'empty').length;
      expect(shown[i]![1]).toBe(`TD:${current}/${required.length} 类有近一年内容${empty ? ` ${empty} 类没有内容` : ''}`);
      expect(shown[i]![3]).toContain(`逾期未答复 ${report.requests.openOverdue} 件`);
      expect(shown[i]![5]).toBe(`TD:${report.guide.current ? '近一年已更新' : '超过一年未更新'}`);
    });
    expect(
      await h.page.evaluate(
        () => document.querySelector('gk-compliance-board')!.shadowRoot!.querySelectorAll('thead th[scope=col]').length,
      ),
    ).toBe(6);
    expect(await h.axe()).toEqual([]);
    expect(await h.cspViolations()).toEqual([]);
  });

  it('lists the mandatory categories a department has no content in, by the contract’s labels, on opening the details', async () => {
    const board = await createClient({ baseUrl: h.base }).reports.compliance({ department: ['ln-zhangwu-hrt'] });
    const empty = board.departments[0]!.categories.filter((c) => c.required && c.status === 'empty');
    await h.open(`<gk-compliance-board department="ln-zhangwu-hrt"></gk-compliance-board>`);
    await waitForState(h.page, el, 'data');
    expect(await rows()).toHaveLength(1);
    if (empty.length) {
      await h.page.locator(`${el} summary`).click();
      const listed = await h.page.evaluate(() =>
        [...document.querySelector('gk-compliance-board')!.shadowRoot!.querySelectorAll('details li')].map((li) => li.textContent),
      );
      expect(listed.length).toBe(empty.length);
      expect(listed.every((text) => text && !/^[a-z]/.test(text))).toBe(true);
    }
    expect(await h.axe()).toEqual([]);
  });

  it('speaks English, and shows loading and error states without axe violations', async () => {
    await h.open(`<gk-compliance-board department="ln-finance"></gk-compliance-board>`, { lang: 'en' });
    await waitForState(h.page, el, 'data');
    expect(await shadowText(h.page, el)).toContain('Disclosure compliance (as of');
    expect(await h.axe()).toEqual([]);
    await h.open(`<gk-compliance-board api="${h.hanging}"></gk-compliance-board>`);
    await waitForState(h.page, el, 'loading');
    expect(await h.axe()).toEqual([]);
    await h.open(`<gk-compliance-board api="${h.closed}"></gk-compliance-board>`);
    await waitForState(h.page, el, 'error');
    expect(await h.axe()).toEqual([]);
  });
});
