import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '@gongkai/client';
import type { DisclosureRequest } from '@gongkai/spec';
import { shadowText, startHarness, waitForState, type Harness } from './harness';
import { startSwitchableProxy, type SwitchableProxy } from './switchable-proxy';

const TOKEN = 'elements-staff-token-0123456789';
let h: Harness;
let finance: string;
let proxy: SwitchableProxy;
const el = 'gk-request-form';

beforeAll(async () => {
  h = await startHarness({ adminTokens: [TOKEN] });
  finance = h.gateway.departments.find((d) => d.department.id === 'ln-finance')!.url;
  proxy = await startSwitchableProxy(h.base);
});
afterAll(async () => {
  await proxy?.close();
  await h?.close();
});

/** The finance department's requests with this description (its admin list, at the department). */
async function filed(description: string): Promise<DisclosureRequest[]> {
  const response = await fetch(`${finance}/v1/admin/requests?limit=100`, { headers: { Authorization: `Bearer ${TOKEN}` } });
  return ((await response.json()) as { data: DisclosureRequest[] }).data.filter((r) => r.description === description);
}

const q = (selector: string) => `${el} >> ${selector}`;
const waitPhase = (want: string) =>
  h.page.waitForFunction(
    (want) => document.querySelector('gk-request-form')?.shadowRoot?.querySelector('[data-phase]')?.getAttribute('data-phase') === want,
    want,
  );
const described = (id: string) =>
  h.page.evaluate((id) => {
    const root = document.querySelector('gk-request-form')!.shadowRoot!;
    const input = root.getElementById(id)!;
    return [input.getAttribute('aria-invalid'), root.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent];
  }, id);

async function fill(description: string): Promise<void> {
  await h.page.locator(q('#f-type')).selectOption('naturalPerson');
  await h.page.locator(q('#f-name')).fill('张明');
  await h.page.locator(q('#f-idKind')).selectOption('residentIdCard');
  await h.page.locator(q('#f-idNumber')).fill('210102199001011234');
  await h.page.locator(q('#f-phone')).fill('13800000000');
  await h.page.locator(q('#f-description')).fill(description);
  await h.page.locator(q('#f-form')).selectOption('electronic');
  await h.page.locator(q('#f-delivery')).selectOption('email');
}

describe('gk-request-form', () => {
  it('files a request from a host site (double click: once); the receipt gives the due date the gateway computed, and the request reads back', async () => {
    await h.open(`<gk-request-form department="ln-finance"></gk-request-form>`, { host: true });
    await waitForState(h.page, el, 'data');
    expect(await h.axe()).toEqual([]);
    const description = '申请公开2025年度省级“三公”经费决算明细。';
    await fill(description);
    await h.page.locator(q('button[type=submit]')).dblclick();
    await waitPhase('done');
    const records = await filed(description);
    expect(records).toHaveLength(1);
    const text = await shadowText(h.page, el);
    const trackingNumber = records[0]!.trackingNumber;
    const token = /gk_rq_[\w-]+/.exec(text)![0];
    const request = await createClient({ baseUrl: h.base }).requests.status(trackingNumber, token);
    expect(request).toMatchObject({
      description,
      applicant: { type: 'naturalPerson', name: '张明' },
      form: 'electronic',
      delivery: 'email',
    });
    const date = (d: string) =>
      new Intl.DateTimeFormat('zh-CN', { dateStyle: 'long', timeZone: 'Asia/Shanghai' }).format(new Date(`${d}T12:00:00+08:00`));
    expect(text).toContain('申请已提交：已受理');
    expect(text).toContain(trackingNumber);
    expect(text).toContain(`答复期限（20 个工作日）\n${date(request.clock.replyDueOn!)}`);
    expect(await h.axe()).toEqual([]);
    expect(await h.cspViolations()).toEqual([]);
  });

  it('names the fields to fix — a missing contact, and the server’s 422 — and retries a lost answer with the same key, in English and elder mode', async () => {
    await h.open(`<gk-request-form department="ln-finance" api="${proxy.url}" elder></gk-request-form>`, { lang: 'en' });
    await waitForState(h.page, el, 'data');
    await h.page.locator(q('button[type=submit]')).click();
    expect(await described('f-name')).toEqual(['true', 'Enter Name']);
    expect(await described('f-phone')).toEqual(['true', 'Enter a phone, e-mail or address']);
    expect(await described('f-description')).toEqual(['true', 'Enter Information wanted']);
    expect(await h.axe()).toEqual([]);
    const description = 'Final accounts of 2025, lost answer';
    await fill(description);
    await h.page.locator(q('#f-email')).fill('张明@例子.中国');
    await h.page.locator(q('button[type=submit]')).click();
    await waitPhase('failed');
    expect(await described('f-email')).toEqual(['true', 'E-mail is not valid']);
    expect(await filed(description)).toHaveLength(0);
    await h.page.locator(q('#f-email')).fill('');
    proxy.loseAnswers = 100;
    await h.page.locator(q('button[type=submit]')).click();
    await waitPhase('failed');
    expect(await filed(description)).toHaveLength(1);
    expect(await h.axe()).toEqual([]);
    proxy.loseAnswers = 0;
    await h.page.locator(q('button[type=submit]')).click();
    await waitPhase('done');
    expect(await filed(description)).toHaveLength(1);
    expect(await shadowText(h.page, el)).toContain((await filed(description))[0]!.trackingNumber);
    expect(await h.axe()).toEqual([]);
  });
});
