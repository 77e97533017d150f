import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '@gongkai/client';
import { shadowText, startHarness, waitForState, type Harness } from './harness';

const TOKEN = 'elements-staff-token-0123456789';
let h: Harness;
const el = 'gk-alert-banner';

beforeAll(async () => {
  // No cache at the gateway: a refresh sees a new warning at once (the ETag still saves the body).
  h = await startHarness({ adminTokens: [TOKEN], config: { cache: { ttlMs: 0, staleWhileRevalidateMs: 0 } } });
});
afterAll(() => h?.close());

/** The headlines in each live region, and the regions' politeness. */
const regions = () =>
  h.page.evaluate(() =>
    [...document.querySelector('gk-alert-banner')!.shadowRoot!.querySelectorAll('[aria-live]')].map((region) => ({
      live: region.getAttribute('aria-live'),
      levels: [...region.querySelectorAll('[part=level]')].map((l) => l.textContent),
      headlines: [...region.querySelectorAll('.headline')].map((l) => l.textContent),
    })),
  );

describe('gk-alert-banner', () => {
  it('shows the warnings in force for a division, most severe first, with the level as text, polite or assertive by severity', async () => {
    const active = await createClient({ baseUrl: h.base }).alerts.active({ division: '210922' });
    expect(active.data.length).toBeGreaterThan(0);
    await h.open(`<gk-alert-banner division="210922"><a href="/v1/alerts?status=active">查看预警信息</a></gk-alert-banner>`);
    await waitForState(h.page, el, 'data');
    const [urgent, other] = await regions();
    expect(urgent!.live).toBe('assertive');
    expect(other!.live).toBe('polite');
    const shown = [...urgent!.headlines, ...other!.headlines];
    expect([...shown].sort()).toEqual(active.data.map((a) => a.headline).sort());
    for (const level of urgent!.levels) expect(level).toMatch(/^(红色|橙色)预警/);
    for (const level of other!.levels) expect(level).toMatch(/^(黄色|蓝色)预警/);
    expect(await h.axe()).toEqual([]);
    expect(await h.cspViolations()).toEqual([]);
  });

  it('adds a warning published after the page loaded, without reloading the page, in the assertive region when it is red', async () => {
    await h.open(`<gk-alert-banner division="210922" refresh="5"></gk-alert-banner>`);
    await waitForState(h.page, el, 'data');
    await h.page.evaluate(() => ((window as unknown as { marker: string }).marker = 'same page'));
    const zhangwu = h.gateway.departments.find((d) => d.department.id === 'ln-zhangwu')!.url;
    const headline = '彰武县发布暴雨红色预警（测试）';
    const created = await fetch(`${zhangwu}/v1/admin/alerts`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        type: 'naturalDisaster',
        event: '暴雨',
        severity: 'red',
        headline,
        description: '过去3小时我县西部降水量已达100毫米以上。',
        instructions: '沿河低洼地区群众立即转移。',
        areas: [{ code: '210922', name: '彰武县' }],
        expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
      }),
    });
    expect(created.status).toBe(201);
    await h.page.waitForFunction(
      (headline) =>
        document.querySelector('gk-alert-banner')?.shadowRoot?.querySelector('[aria-live=assertive]')?.textContent?.includes(headline),
      headline,
      { timeout: 25_000 },
    );
    expect(await h.page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('same page');
    expect(await h.axe()).toEqual([]);
  }, 40_000);

  it('says when no warning is in force, speaks English, and shows the loading and error states without axe violations', async () => {
    await h.open(`<gk-alert-banner division="110000"></gk-alert-banner>`, { lang: 'en' });
    await waitForState(h.page, el, 'empty');
    expect(await shadowText(h.page, el)).toContain('No warnings are in force.');
    expect(await h.axe()).toEqual([]);
    await h.open(`<gk-alert-banner api="${h.hanging}"></gk-alert-banner>`);
    await waitForState(h.page, el, 'loading');
    expect(await h.axe()).toEqual([]);
    await h.open(`<gk-alert-banner api="${h.closed}"></gk-alert-banner>`);
    await waitForState(h.page, el, 'error');
    expect(await h.axe()).toEqual([]);
  });

  it('keeps the severity readable in elder-friendly mode on an aggressive host stylesheet', async () => {
    await h.open(`<div data-gk-elder><gk-alert-banner division="210922"></gk-alert-banner></div>`, {
      head: '<link rel="stylesheet" href="/test/hostile.css">',
    });
    await waitForState(h.page, el, 'data');
    const style = await h.page.evaluate(() => {
      const level = document.querySelector('gk-alert-banner')!.shadowRoot!.querySelector('[part=level]')!;
      const summary = document.querySelector('gk-alert-banner')!.shadowRoot!.querySelector('summary')!;
      return { fontSize: getComputedStyle(level).fontSize, summary: summary.getBoundingClientRect().height };
    });
    expect(parseFloat(style.fontSize)).toBeGreaterThanOrEqual(18);
    expect(style.summary).toBeGreaterThanOrEqual(48);
    expect(await h.axe()).toEqual([]);
  });
});
