import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '@gongkai/client';
import type { Feedback } from '@gongkai/spec';
import { shadowText, startHarness, waitForState, type Harness } from './harness';

const TOKEN = 'elements-staff-token-0123456789';
let h: Harness;
let housing: string;
const el = 'gk-rating';

beforeAll(async () => {
  h = await startHarness({ adminTokens: [TOKEN] });
  housing = h.gateway.departments.find((d) => d.department.id === 'ln-housing')!.url;
});
afterAll(() => h?.close());

/** Feedback filed through the gateway and replied to by the department: what a submitter rates. */
async function replied(subject: string): Promise<{ feedbackId: string; accessToken: string }> {
  const receipt = await createClient({ baseUrl: h.base }).feedback.submit({
    departmentId: 'ln-housing',
    kind: 'consultation',
    subject,
    content: '请问公租房申请需要哪些材料？',
    submitter: { realName: true, name: '李华' },
    publishConsent: true,
  });
  const response = await fetch(`${housing}/v1/admin/feedback/${encodeURIComponent(receipt.feedbackId)}/reply`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ content: '需要身份证明和劳动合同。', repliedBy: '住房保障处' }),
  });
  expect(response.status).toBeLessThan(300);
  return receipt;
}

async function ratingOf(feedbackId: string): Promise<Feedback['rating']> {
  const response = await fetch(`${housing}/v1/admin/feedback?limit=100`, { headers: { Authorization: `Bearer ${TOKEN}` } });
  return ((await response.json()) as { data: Feedback[] }).data.find((f) => f.id === feedbackId)?.rating;
}

const radios = () =>
  h.page.evaluate(() =>
    [...document.querySelector('gk-rating')!.shadowRoot!.querySelectorAll('label:has(input[type=radio])')].map((l) =>
      (l as HTMLElement).innerText.trim(),
    ),
  );
const waitPhase = (want: string) =>
  h.page.waitForFunction(
    (want) => document.querySelector('gk-rating')?.shadowRoot?.querySelector('[data-phase]')?.getAttribute('data-phase') === want,
    want,
  );

describe('gk-rating', () => {
  it('rates a reply by keyboard only on the five levels in words; the rating is recorded, a bad review with its rectification date', async () => {
    const { feedbackId, accessToken } = await replied('评价测试');
    await h.open(`<gk-rating feedback-id="${feedbackId}" token="${accessToken}"></gk-rating>`, { host: true });
    await waitForState(h.page, el, 'data');
    expect(await radios()).toEqual(['非常满意', '满意', '基本满意', '不满意', '非常不满意']);
    expect(await h.axe()).toEqual([]);
    // Submitting with no level names the field.
    await h.page.locator(`${el} >> button[type=submit]`).click();
    expect(await shadowText(h.page, el)).toContain('请填写满意程度');
    expect(await h.axe()).toEqual([]);
    await h.page.locator(`${el} >> input[value="5"]`).focus();
    await h.page.keyboard.press('ArrowDown'); // 满意
    await h.page.keyboard.press('ArrowDown'); // 基本满意
    await h.page.keyboard.press('ArrowDown'); // 不满意
    await h.page.keyboard.press('Tab');
    await h.page.keyboard.type('回复没有说明办理时限。');
    await h.page.keyboard.press('Tab');
    await h.page.keyboard.press('Enter');
    await waitPhase('done');
    const text = await shadowText(h.page, el);
    expect(text).toContain('评价已提交：不满意');
    expect(text).toMatch(/整改期限：\d{4}年\d+月\d+日/);
    expect(await ratingOf(feedbackId)).toMatchObject({ level: 2, badReview: true, comment: '回复没有说明办理时限。' });
    expect(await h.axe()).toEqual([]);
    expect(await h.cspViolations()).toEqual([]);
  });

  it('says the server’s refusal as text: a second rating (409), in English and elder mode', async () => {
    const { feedbackId, accessToken } = await replied('重复评价');
    await createClient({ baseUrl: h.base }).feedback.rate(feedbackId, accessToken, { level: 5 });
    await h.open(`<gk-rating feedback-id="${feedbackId}" token="${accessToken}" elder></gk-rating>`, { lang: 'en' });
    await waitForState(h.page, el, 'data');
    expect(await radios()).toEqual(['Very satisfied', 'Satisfied', 'Basically satisfied', 'Dissatisfied', 'Very dissatisfied']);
    await h.page.locator(`${el} >> input[value="4"]`).check();
    await h.page.locator(`${el} >> button[type=submit]`).click();
    await waitPhase('failed');
    expect(await shadowText(h.page, el)).toContain('a rating cannot be changed');
    expect(await ratingOf(feedbackId)).toMatchObject({ level: 5 });
    const target = await h.page.evaluate(
      () => document.querySelector('gk-rating')!.shadowRoot!.querySelector('button')!.getBoundingClientRect().height,
    );
    expect(target).toBeGreaterThanOrEqual(48);
    expect(await h.axe()).toEqual([]);
  });

  it('sends one rating on a double click (a second would be refused with 409)', async () => {
    const { feedbackId, accessToken } = await replied('双击评价');
    await h.open(`<gk-rating feedback-id="${feedbackId}" token="${accessToken}"></gk-rating>`);
    await waitForState(h.page, el, 'data');
    await h.page.locator(`${el} >> input[value="5"]`).check();
    await h.page.locator(`${el} >> button[type=submit]`).dblclick();
    await waitPhase('done');
    expect(await shadowText(h.page, el)).toContain('评价已提交：非常满意');
    expect(await ratingOf(feedbackId)).toMatchObject({ level: 5, badReview: false });
  });

  it('is a control of a host page’s form: its value is the level, required, reset with the form', async () => {
    await h.open(`<form id="host"><gk-rating name="satisfaction" required></gk-rating></form>`);
    await waitForState(h.page, el, 'data');
    const form = () =>
      h.page.evaluate(() => {
        const f = document.getElementById('host') as HTMLFormElement;
        return [f.checkValidity(), new FormData(f).get('satisfaction')];
      });
    expect(await h.page.locator(`${el} >> button`).count()).toBe(0);
    expect(await form()).toEqual([false, null]);
    await h.page.locator(`${el} >> input[value="3"]`).check();
    expect(await form()).toEqual([true, '3']);
    await h.page.evaluate(() => (document.getElementById('host') as HTMLFormElement).reset());
    await h.page.waitForFunction(() => !document.querySelector('gk-rating')!.shadowRoot!.querySelector<HTMLInputElement>('input:checked'));
    expect(await form()).toEqual([false, null]);
    expect(await h.axe()).toEqual([]);
  });
});
