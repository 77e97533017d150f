import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '@gongkai/client';
import { shadowText, startHarness, waitForState, type Harness } from './harness';

let h: Harness;
const el = 'gk-budget-table';
const yuan = (amount: string) => new Intl.NumberFormat('zh-CN', { style: 'currency', currency: 'CNY' }).format(Number(amount));

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

describe('gk-budget-table', () => {
  it('shows the lines in tables with header cells, the totals, the three public expenses and a chart with the same figures as text', async () => {
    const budget = await createClient({ baseUrl: h.base }).budgets.get('ln-finance:budget-2026');
    await h.open(
      `<gk-budget-table budget-id="ln-finance:budget-2026"><a href="/v1/budgets/ln-finance:budget-2026">预算公开</a></gk-budget-table>`,
    );
    await waitForState(h.page, el, 'data');
    const tables = await h.page.evaluate(() =>
      [...document.querySelector('gk-budget-table')!.shadowRoot!.querySelectorAll('table')].map((table) => ({
        caption: table.caption?.textContent?.trim(),
        columns: [...table.querySelectorAll('thead th[scope=col]')].map((th) => th.textContent),
        rows: [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => `${c.tagName}:${c.textContent!.trim()}`)),
        foot: [...table.querySelectorAll('tfoot th, tfoot td')].map((c) => c.textContent!.trim()),
      })),
    );
    expect(tables[0]).toEqual({
      caption: '支出（按功能分类）',
      columns: ['科目编码', '科目名称', '金额（元）'],
      rows: budget.expenditure.map((line) => [`TD:${line.code}`, `TH:${line.name}`, `TD:${yuan(line.amount)}`]),
      foot: ['合计', yuan(budget.total)],
    });
    expect(tables[1]!.rows).toEqual(budget.revenue.map((line) => [`TD:${line.code}`, `TH:${line.name}`, `TD:${yuan(line.amount)}`]));
    const t = budget.threePublicExpenses;
    expect(tables[2]).toMatchObject({
      caption: '“三公”经费',
      rows: [
        ['TH:因公出国（境）费', `TD:${yuan(t.travelAbroad)}`],
        ['TH:公务用车购置及运行维护费', `TD:${yuan(t.vehicles.total)}`],
        ['TH:其中：公务用车购置费', `TD:${yuan(t.vehicles.purchase)}`],
        ['TH:其中：公务用车运行维护费', `TD:${yuan(t.vehicles.operation)}`],
        ['TH:公务接待费', `TD:${yuan(t.receptions)}`],
      ],
      foot: ['合计', yuan(t.total)],
    });
    const classes = budget.expenditure.filter((line) => line.code.length === 3);
    const chart = await h.page.evaluate(() => {
      const figure = document.querySelector('gk-budget-table')!.shadowRoot!.querySelector('figure')!;
      return {
        hidden: figure.querySelector('svg')!.getAttribute('aria-hidden'),
        bars: figure.querySelectorAll('rect').length,
        text: figure.querySelector('figcaption')!.textContent,
      };
    });
    expect(chart.hidden).toBe('true');
    expect(chart.bars).toBe(classes.length);
    for (const line of classes) expect(chart.text).toContain(`${line.name} ${yuan(line.amount)}`);
    expect(await h.axe()).toEqual([]);
    expect(await h.cspViolations()).toEqual([]);
  });

  it('downloads the lines as the API’s CSV', async () => {
    const csv = await createClient({ baseUrl: h.base }).budgets.getCsv('ln-finance:budget-2026');
    await h.open(`<gk-budget-table budget-id="ln-finance:budget-2026"></gk-budget-table>`);
    await waitForState(h.page, el, 'data');
    const [download] = await Promise.all([h.page.waitForEvent('download'), h.page.locator(`${el} [part=csv]`).click()]);
    expect(download.suggestedFilename()).toBe('ln-finance-budget-2026.csv');
    expect(readFileSync(await download.path(), 'utf8')).toBe(csv);
  });

  it('finds a department’s final account by year, and speaks English', async () => {
    await h.open(`<gk-budget-table department="ln-finance" year="2024" kind="finalAccount"></gk-budget-table>`, { lang: 'en' });
    await waitForState(h.page, el, 'data');
    const text = await shadowText(h.page, el);
    expect(text).toContain('辽宁省财政厅2024年部门决算');
    expect(text).toContain('The three public expenses');
    expect(await h.axe()).toEqual([]);
  });

  it('says when there is no such budget (empty, 404), and shows loading and error states without axe violations', async () => {
    await h.open(`<gk-budget-table department="ln-finance" year="2009"></gk-budget-table>`);
    await waitForState(h.page, el, 'empty');
    expect(await shadowText(h.page, el)).toContain('未找到对应的预算或决算');
    expect(await h.axe()).toEqual([]);
    await h.open(`<gk-budget-table budget-id="ln-finance:budget-2099"></gk-budget-table>`);
    await waitForState(h.page, el, 'error');
    expect(await shadowText(h.page, el)).toContain('未找到对应的预算或决算');
    expect(await h.axe()).toEqual([]);
    await h.open(`<gk-budget-table api="${h.hanging}" budget-id="ln-finance:budget-2026"></gk-budget-table>`);
    await waitForState(h.page, el, 'loading');
    expect(await h.axe()).toEqual([]);
  });

  it('keeps the tables readable in elder-friendly mode on an aggressive host stylesheet', async () => {
    await h.open(`<gk-budget-table elder budget-id="ln-finance:budget-2026"></gk-budget-table>`, {
      head: '<link rel="stylesheet" href="/test/hostile.css">',
    });
    await waitForState(h.page, el, 'data');
    const cell = await h.page.evaluate(() => {
      const td = document.querySelector('gk-budget-table')!.shadowRoot!.querySelector('tbody td.num')!;
      const style = getComputedStyle(td);
      return { fontSize: style.fontSize, display: style.display, textAlign: style.textAlign };
    });
    expect(parseFloat(cell.fontSize)).toBeGreaterThanOrEqual(18);
    expect(cell).toMatchObject({ display: 'table-cell', textAlign: 'end' });
    expect(await h.axe()).toEqual([]);
  });
});
