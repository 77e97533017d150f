import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Feedback } from '@gongkai/spec';
import { shadowText, startHarness, waitForState, type Harness } from './harness';
import { startSwitchableProxy, type SwitchableProxy } from './switchable-proxy';

const TOKEN = 'elements-staff-token-0123456789';
let h: Harness;
let housing: string;
let proxy: SwitchableProxy;
const el = 'gk-feedback-form';

beforeAll(async () => {
  h = await startHarness({ adminTokens: [TOKEN] });
  housing = h.gateway.departments.find((d) => d.department.id === 'ln-housing')!.url;
  proxy = await startSwitchableProxy(h.base);
});
afterAll(async () => {
  await proxy?.close();
  await h?.close();
});

/** Every feedback the housing department holds with this subject, published or not (its admin list, at the department). */
async function recorded(subject: string): Promise<(Feedback & { submitter?: { name?: string } })[]> {
  const response = await fetch(`${housing}/v1/admin/feedback?limit=100`, { headers: { Authorization: `Bearer ${TOKEN}` } });
  const list = (await response.json()) as { data: Feedback[] };
  return list.data.filter((f) => f.subject === subject);
}

const q = (selector: string) => `${el} >> ${selector}`;
const phase = () =>
  h.page.evaluate(() => document.querySelector('gk-feedback-form')!.shadowRoot!.querySelector('[data-phase]')?.getAttribute('data-phase'));
const waitPhase = (want: string) =>
  h.page.waitForFunction(
    (want) => document.querySelector('gk-feedback-form')?.shadowRoot?.querySelector('[data-phase]')?.getAttribute('data-phase') === want,
    want,
  );

async function fill(subject: string): Promise<void> {
  await h.page.locator(q('#f-kind')).selectOption('consultation');
  await h.page.locator(q('#f-subject')).fill(subject);
  await h.page.locator(q('#f-content')).fill('请问省直公租房是否受户籍限制？需要哪些材料？');
  await h.page.locator(q('#f-name')).fill('李华');
  await h.page.locator(q('#f-phone')).fill('13900000000');
}

describe('gk-feedback-form', () => {
  it('files feedback from a host site cross-origin: the receipt shows the tracking number, and the record exists once', async () => {
    await h.open(`<gk-feedback-form department="ln-housing"></gk-feedback-form>`, { host: true });
    await waitForState(h.page, el, 'data');
    expect(await h.axe()).toEqual([]);
    await fill('跨站留言');
    // A double click sends once.
    await h.page.locator(q('button[type=submit]')).dblclick();
    await waitPhase('done');
    const text = await shadowText(h.page, el);
    const records = await recorded('跨站留言');
    expect(records).toHaveLength(1);
    expect(text).toContain('留言已提交');
    expect(text).toContain(records[0]!.id);
    expect(text).toMatch(/答复期限\s*\d{4}年\d+月\d+日/);
    expect(records[0]!.kind).toBe('consultation');
    expect(await h.axe()).toEqual([]);
    expect(await h.cspViolations()).toEqual([]);
  });

  it('chooses the department on a same-origin page, by keyboard only, in English', async () => {
    await h.open(`<gk-feedback-form></gk-feedback-form>`, { lang: 'en' });
    await waitForState(h.page, el, 'data');
    await h.page.locator(q('#f-departmentId')).focus();
    await h.page.keyboard.press('ArrowDown');
    expect(await h.page.locator(q('#f-departmentId')).inputValue()).not.toBe('');
    await h.page.locator(q('#f-departmentId')).selectOption('ln-housing');
    await h.page.keyboard.press('Tab');
    await h.page.keyboard.press('ArrowDown'); // the first kind: Consultation
    await h.page.keyboard.press('Tab');
    await h.page.keyboard.type('Keyboard only');
    await h.page.keyboard.press('Tab');
    await h.page.keyboard.type('Can I apply from another province?');
    await h.page.keyboard.press('Enter'); // a new line in the message, not a submit
    expect(await phase()).toBe('idle');
    for (let i = 0; i < 6; i++) await h.page.keyboard.press('Tab'); // name, phone, e-mail, real name, publish, submit
    await h.page.keyboard.press('Enter');
    await waitPhase('done');
    expect(await shadowText(h.page, el)).toContain('Tracking number');
    expect(await recorded('Keyboard only')).toHaveLength(1);
    expect(await h.axe()).toEqual([]);
  });

  it('names the invalid fields next to them, client-side and from the server’s 422, in zh-CN and en', async () => {
    await h.open(`<gk-feedback-form department="ln-housing"></gk-feedback-form>`);
    await waitForState(h.page, el, 'data');
    await h.page.locator(q('#f-subject')).fill('短');
    await h.page.locator(q('#f-phone')).fill('abc');
    await h.page.locator(q('button[type=submit]')).click();
    await waitPhase('idle');
    const described = (id: string) =>
      h.page.evaluate((id) => {
        const root = document.querySelector('gk-feedback-form')!.shadowRoot!;
        const input = root.getElementById(id)!;
        return [input.getAttribute('aria-invalid'), root.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent];
      }, id);
    expect(await described('f-kind')).toEqual(['true', '请填写留言类型']);
    expect(await described('f-subject')).toEqual(['true', '标题应为 2–100 个字']);
    expect(await described('f-content')).toEqual(['true', '请填写留言内容']);
    expect(await described('f-phone')).toEqual(['true', '电话格式不正确']);
    expect(await h.page.evaluate(() => document.querySelector('gk-feedback-form')!.shadowRoot!.activeElement?.id)).toBe('f-kind');
    expect(await h.axe()).toEqual([]);
    // An address the lenient client check lets through and the contract's e-mail format does not.
    await fill('服务端校验');
    await h.page.locator(q('#f-email')).fill('李华@例子.中国');
    await h.page.locator(q('button[type=submit]')).click();
    await waitPhase('failed');
    expect(await described('f-email')).toEqual(['true', '电子邮箱格式不正确']);
    expect(await shadowText(h.page, el)).toContain('请更正标出的项目');
    expect(await recorded('服务端校验')).toHaveLength(0);
    expect(await h.axe()).toEqual([]);

    await h.open(`<gk-feedback-form department="ln-housing" lang="en"></gk-feedback-form>`);
    await waitForState(h.page, el, 'data');
    await h.page.locator(q('button[type=submit]')).click();
    expect(await described('f-subject')).toEqual(['true', 'Enter Subject']);
    expect(await h.axe()).toEqual([]);
  });

  it('retries after a lost answer with the same key: one record; the submitting and error states pass axe', async () => {
    // Every answer is lost (the client's own retry's and the browser's too) until the visitor tries again.
    proxy.loseAnswers = 100;
    await h.open(`<gk-feedback-form department="ln-housing" api="${proxy.url}" elder></gk-feedback-form>`);
    await waitForState(h.page, el, 'data');
    await fill('丢失的答复');
    await h.page.locator(q('button[type=submit]')).click();
    await waitPhase('failed');
    expect(await shadowText(h.page, el)).toContain('提交未成功，请重试');
    expect(await recorded('丢失的答复')).toHaveLength(1);
    expect(await h.axe()).toEqual([]);
    proxy.loseAnswers = 0;
    await h.page.locator(q('button[type=submit]')).click();
    await waitPhase('done');
    expect(await recorded('丢失的答复')).toHaveLength(1);
    expect(await shadowText(h.page, el)).toContain((await recorded('丢失的答复'))[0]!.id);
    // Elder mode: at least 18 px text, 48 px targets.
    const size = await h.page.evaluate(
      () => getComputedStyle(document.querySelector('gk-feedback-form')!.shadowRoot!.querySelector('p')!).fontSize,
    );
    expect(parseFloat(size)).toBeGreaterThanOrEqual(18);

    await h.open(`<gk-feedback-form department="ln-housing" api="${h.hanging}"></gk-feedback-form>`);
    await waitForState(h.page, el, 'data');
    await fill('挂起');
    await h.page.locator(q('button[type=submit]')).click();
    await waitPhase('submitting');
    expect(await h.page.locator(q('button[type=submit]')).isDisabled()).toBe(true);
    expect(await h.axe()).toEqual([]);
  });

  it('shows a problem from the server as text: writes from an origin the gateway does not accept are refused (403)', async () => {
    await h.open(`<gk-feedback-form department="ln-housing"></gk-feedback-form>`);
    // The same page served from another origin (through the proxy), which is not in cors.writeOrigins.
    await h.page.goto(h.page.url().replace(h.base, proxy.url));
    await waitForState(h.page, el, 'data');
    await fill('<img src=x onerror="window.__xss=1">别处的留言');
    await h.page.locator(q('button[type=submit]')).click();
    await waitPhase('failed');
    expect(await shadowText(h.page, el)).toContain(`Pages on ${proxy.url} may read but not write`);
    expect(await recorded('<img src=x onerror="window.__xss=1">别处的留言')).toHaveLength(0);
    expect(await h.page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await h.axe()).toEqual([]);
  });

  it('is a control of a host page’s form: its value is the tracking number, required until sent; reset and disabled follow the form', async () => {
    await h.open(
      `<form id="host"><gk-feedback-form name="feedback" department="ln-housing" required></gk-feedback-form><button>发送</button></form>`,
    );
    await waitForState(h.page, el, 'data');
    expect(await h.page.evaluate(() => (document.getElementById('host') as HTMLFormElement).checkValidity())).toBe(false);
    await fill('表单内留言');
    await h.page.locator(q('button[type=submit]')).click();
    await waitPhase('done');
    const id = (await recorded('表单内留言'))[0]!.id;
    expect(await h.page.evaluate(() => new FormData(document.getElementById('host') as HTMLFormElement).get('feedback'))).toBe(id);
    expect(await h.page.evaluate(() => (document.getElementById('host') as HTMLFormElement).checkValidity())).toBe(true);
    await h.page.evaluate(() => (document.getElementById('host') as HTMLFormElement).reset());
    await waitPhase('idle');
    expect(await h.page.evaluate(() => new FormData(document.getElementById('host') as HTMLFormElement).get('feedback'))).toBeNull();
    await h.page.evaluate(() => {
      const fieldset = document.createElement('fieldset');
      const form = document.getElementById('host')!;
      fieldset.append(...form.childNodes);
      form.append(fieldset);
      fieldset.disabled = true;
    });
    await h.page.waitForFunction(
      () => document.querySelector('gk-feedback-form')!.shadowRoot!.querySelector<HTMLInputElement>('#f-subject')!.disabled,
    );
    expect(await h.page.locator(q('button[type=submit]')).isDisabled()).toBe(true);
  });
});
