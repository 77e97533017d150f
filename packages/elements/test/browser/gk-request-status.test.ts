import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '@gongkai/client';
import type { RequestReceipt } from '@gongkai/spec';
import { shadowText, startHarness, waitForState, type Harness } from './harness';

const TOKEN = 'elements-staff-token-0123456789';
const XSS = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
let h: Harness;
let finance: string;
const el = 'gk-request-status';

beforeAll(async () => {
  h = await startHarness({ adminTokens: [TOKEN] });
  finance = h.gateway.departments.find((d) => d.department.id === 'ln-finance')!.url;
});
afterAll(() => h?.close());

async function file(): Promise<RequestReceipt> {
  return createClient({ baseUrl: h.base }).requests.submit({
    departmentId: 'ln-finance',
    applicant: {
      type: 'naturalPerson',
      name: '张明',
      identityProof: { kind: 'residentIdCard', number: '210102199001011234' },
      contact: { phone: '13800000000' },
    },
    description: '申请公开2025年度省级“三公”经费决算明细。',
    form: 'electronic',
    delivery: 'email',
  });
}

/** Records an event at the department (admin operations are not proxied by the gateway). */
async function event(trackingNumber: string, input: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${finance}/v1/admin/requests/${encodeURIComponent(trackingNumber)}/events`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  if (!response.ok) throw new Error(`${response.status} ${await response.text()}`);
}

describe('gk-request-status', () => {
  it('shows the status, the clock with its extension and the decision with reasons and remedies; text from the server stays text', async () => {
    const receipt = await file();
    await event(receipt.trackingNumber, { type: 'extended', on: receipt.receivedOn, workingDays: 10, reason: `需调取历史档案${XSS}` });
    await event(receipt.trackingNumber, {
      type: 'decided',
      on: receipt.receivedOn,
      decision: {
        outcome: 'unable.notHeld',
        reasons: `本机关未制作或获取该信息。${XSS}`,
        articles: ['《中华人民共和国政府信息公开条例》第三十六条'],
        remedies: [
          { kind: 'administrativeReconsideration', body: '辽宁省人民政府', deadline: '自收到本告知书之日起60日内' },
          { kind: 'administrativeLitigation', body: '沈阳市和平区人民法院', deadline: '自收到本告知书之日起6个月内' },
        ],
      },
    });
    const request = await createClient({ baseUrl: h.base }).requests.status(receipt.trackingNumber, receipt.accessToken);
    await h.open(`<gk-request-status tracking-number="${receipt.trackingNumber}" token="${receipt.accessToken}"></gk-request-status>`, {
      host: true,
    });
    await waitForState(h.page, el, 'data');
    const text = await shadowText(h.page, el);
    const date = (d: string) =>
      new Intl.DateTimeFormat('zh-CN', { dateStyle: 'long', timeZone: 'Asia/Shanghai' }).format(new Date(`${d}T12:00:00+08:00`));
    expect(text).toContain(`办理状态\n已答复`);
    expect(text).toContain(`答复期限（20 个工作日）\n${date(request.clock.replyDueOn!)}`);
    expect(text).toContain(`已延长 10 个工作日：需调取历史档案${XSS}`);
    expect(text).toContain(`答复结果：无法提供 ${date(receipt.receivedOn)}`);
    expect(text).toContain(`本机关未制作或获取该信息。${XSS}`);
    expect(text).toContain('行政复议：辽宁省人民政府 自收到本告知书之日起60日内');
    expect(text).toContain('行政诉讼：沈阳市和平区人民法院 自收到本告知书之日起6个月内');
    expect(await h.page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await h.page.evaluate(() => document.querySelector('gk-request-status')!.shadowRoot!.querySelector('img, script'))).toBeNull();
    expect(await h.axe()).toEqual([]);
    expect(await h.cspViolations()).toEqual([]);
  });

  it('asks for the number and code, looks them up by keyboard only, says when they do not match; a pause of the clock, in English and elder mode', async () => {
    const receipt = await file();
    // A consultation (Art. 32) stops the clock: its time is not counted.
    await event(receipt.trackingNumber, { type: 'consultationStarted', on: receipt.receivedOn, party: 'thirdParty' });
    await h.open(`<gk-request-status elder></gk-request-status>`, { lang: 'en' });
    await waitForState(h.page, el, 'empty');
    expect(await shadowText(h.page, el)).toContain('Enter the number and code.');
    expect(await h.axe()).toEqual([]);
    await h.page.locator(`${el} >> #f-n`).focus();
    await h.page.keyboard.type(receipt.trackingNumber);
    await h.page.keyboard.press('Tab');
    await h.page.keyboard.type('gk_rq_not-the-right-code-000000000000');
    await h.page.keyboard.press('Enter');
    await waitForState(h.page, el, 'error');
    expect(await shadowText(h.page, el)).toContain('Not found: check the number and code.');
    expect(await h.axe()).toEqual([]);
    await h.page.locator(`${el} >> #f-t`).fill(receipt.accessToken);
    await h.page.locator(`${el} >> #f-t`).press('Enter');
    await waitForState(h.page, el, 'data');
    const text = await shadowText(h.page, el);
    const date = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'Asia/Shanghai' }).format(
      new Date(`${receipt.receivedOn}T12:00:00+08:00`),
    );
    expect(text).toContain('Status\nConsulting a third party');
    expect(text).toContain('Clock\nPaused');
    expect(text).toContain(`Not counted\nConsulting a third party: ${date} – …`);
    expect(await h.axe()).toEqual([]);
    const size = await h.page.evaluate(
      () => getComputedStyle(document.querySelector('gk-request-status')!.shadowRoot!.querySelector('dd')!).fontSize,
    );
    expect(parseFloat(size)).toBeGreaterThanOrEqual(18);
  });

  it('shows the loading state without axe violations', async () => {
    await h.open(
      `<gk-request-status api="${h.hanging}" tracking-number="ln-finance:YSQ-2026-000001" token="gk_rq_0000000000000000000000000000000000"></gk-request-status>`,
    );
    await waitForState(h.page, el, 'loading');
    expect(await h.axe()).toEqual([]);
  });
});
