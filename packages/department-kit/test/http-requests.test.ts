import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validateSchema, type DisclosureRequest, type RequestReceipt, type RequestRegistration } from '@gongkai/spec';
import { department } from './support/fixtures';
import { startDepartment, type TestDepartment } from './support/department-server';

const applicant = {
  type: 'naturalPerson' as const,
  name: '张明',
  identityProof: { kind: 'residentIdCard' as const, number: '210102199001011234' },
  contact: { phone: '13800000000' },
};

const registration = (overrides: Partial<RequestRegistration> = {}): RequestRegistration => ({
  applicant,
  description: '申请公开2025年度省级一般公共预算“三公”经费决算明细。',
  form: 'electronic',
  delivery: 'email',
  channel: 'inPerson',
  ...overrides,
});

const remedies = [
  { kind: 'administrativeReconsideration' as const, body: '辽宁省人民政府', deadline: '自收到本告知书之日起60日内' },
  { kind: 'administrativeLitigation' as const, body: '沈阳市和平区人民法院', deadline: '自收到本告知书之日起6个月内' },
];

describe('disclosure requests over HTTP', () => {
  let server: TestDepartment;
  beforeEach(async () => {
    server = await startDepartment({ now: '2026-05-11T10:12:00+08:00' });
  });
  afterEach(() => server.close());

  async function register(overrides: Partial<RequestRegistration>, now: string): Promise<RequestReceipt> {
    server.setNow(now);
    const response = await server.request('/v1/admin/requests', { admin: true, json: registration(overrides) });
    expect(response.status, await response.clone().text()).toBe(201);
    return (await response.json()) as RequestReceipt;
  }

  async function event(trackingNumber: string, body: Record<string, unknown>, now: string): Promise<Response> {
    server.setNow(now);
    return server.request(`/v1/admin/requests/${trackingNumber}/events`, { admin: true, json: body });
  }

  async function eventOk(trackingNumber: string, body: Record<string, unknown>, now: string): Promise<DisclosureRequest> {
    const response = await event(trackingNumber, body, now);
    expect(response.status, await response.clone().text()).toBe(200);
    const request = (await response.json()) as DisclosureRequest;
    expect(validateSchema('DisclosureRequest', request).ok).toBe(true);
    return request;
  }

  it('gets the three golden due dates right (holidays and make-up workdays counted)', async () => {
    const cases: [string, string][] = [
      ['2024-09-20', '2024-10-23'],
      ['2025-09-26', '2025-10-30'], // day 1 is Sunday 2025-09-28, a make-up workday
      ['2025-01-20', '2025-02-21'],
    ];
    for (const [received, due] of cases) {
      const receipt = await register({ submittedOn: received }, `${received}T15:00:00+08:00`);
      expect(receipt).toMatchObject({
        receivedOn: received,
        replyDueOn: due,
        provisional: false,
        calendarVersion: 'chinese-days@1.5.7',
        status: 'received',
      });
      expect(receipt.trackingNumber).toMatch(new RegExp(`^${department.id}:YSQ-${received.slice(0, 4)}-\\d{6}$`));
      expect(receipt.accessToken.length).toBeGreaterThanOrEqual(32);
    }
  });

  it('extends once by up to 20 working days, and refuses an extension after the due date', async () => {
    const { trackingNumber } = await register({ submittedOn: '2024-09-20' }, '2024-09-20T15:00:00+08:00');
    const extended = await eventOk(
      trackingNumber,
      { type: 'extended', on: '2024-10-21', workingDays: 20, reason: '涉及多个处室，需调取历史档案' },
      '2024-10-21T10:00:00+08:00',
    );
    expect(extended.status).toBe('extended');
    expect(extended.clock).toMatchObject({
      originalDueOn: '2024-10-23',
      replyDueOn: '2024-11-20',
      extension: { workingDays: 20, decidedOn: '2024-10-21' },
    });
    const again = await event(
      trackingNumber,
      { type: 'extended', on: '2024-10-22', workingDays: 5, reason: '再次延期' },
      '2024-10-22T10:00:00+08:00',
    );
    expect(again.status).toBe(422);
    expect(await again.json()).toMatchObject({ rule: 'EXTENSION_ALREADY_GRANTED', errors: [{ pointer: '/on' }] });

    const late = await register({ submittedOn: '2024-09-20' }, '2024-09-20T16:00:00+08:00');
    const refused = await event(
      late.trackingNumber,
      { type: 'extended', on: '2024-10-24', workingDays: 10, reason: '逾期才申请延期' },
      '2024-10-24T10:00:00+08:00',
    );
    expect(refused.status).toBe(422);
    const problem = (await refused.json()) as { rule: string; detail: string; title: string };
    expect(problem.rule).toBe('EXTENSION_AFTER_DUE_DATE');
    expect(problem.detail).toContain('2024-10-23');
    expect(problem.detail).toContain('2024-10-24');
  });

  it('files online requests on the day the system confirms them, and shows them only to the token holder', async () => {
    server.setNow('2026-05-11T23:30:00+08:00');
    const filed = await server.request('/v1/requests', {
      json: { departmentId: department.id, applicant, description: '申请公开某文件。', form: 'electronic', delivery: 'email' },
    });
    expect(filed.status).toBe(201);
    const receipt = (await filed.json()) as RequestReceipt;
    expect(validateSchema('RequestReceipt', receipt).ok).toBe(true);
    expect(receipt).toMatchObject({ receivedOn: '2026-05-11', replyDueOn: '2026-06-08' });
    expect(filed.headers.get('location')).toBe(`/v1/requests/${receipt.trackingNumber}`);

    const anonymous = await server.request(`/v1/requests/${receipt.trackingNumber}`);
    expect(anonymous.status).toBe(401);
    const wrong = await server.request(`/v1/requests/${receipt.trackingNumber}`, {
      headers: { Authorization: 'Bearer gk_rq_not-the-token-0000000000000000' },
    });
    const unknown = await server.request(`/v1/requests/${department.id}:YSQ-2026-999999`, {
      headers: { Authorization: `Bearer ${receipt.accessToken}` },
    });
    expect([wrong.status, unknown.status]).toEqual([404, 404]);
    const strip = (body: unknown) => {
      const { detail } = body as { detail?: string };
      return { ...(body as object), instance: undefined, requestId: undefined, detail: detail?.replace(/YSQ-\d{4}-\d{6}/, 'N') };
    };
    expect(strip(await wrong.json())).toEqual(strip(await unknown.json()));

    const mine = await server.request(`/v1/requests/${receipt.trackingNumber}`, {
      headers: { Authorization: `Bearer ${receipt.accessToken}` },
    });
    expect(mine.status).toBe(200);
    expect(mine.headers.get('cache-control')).toBe('private, no-cache');
    const request = (await mine.json()) as DisclosureRequest;
    expect(validateSchema('DisclosureRequest', request).ok).toBe(true);
    expect(request).toMatchObject({
      channel: 'online',
      status: 'received',
      applicant: { name: '张明' },
      clock: { state: 'running', overdue: false },
    });

    const other = await server.request('/v1/requests', {
      json: { departmentId: 'ln-other', applicant, description: '申请公开某文件。', form: 'electronic', delivery: 'email' },
    });
    expect(other.status).toBe(422);
    expect(await other.json()).toMatchObject({ errors: [{ pointer: '/departmentId' }] });
  });

  it('takes the receipt date from the evidence the channel needs (Art. 31) and names what is missing', async () => {
    server.setNow('2026-05-13T10:00:00+08:00');
    const missing = await server.request('/v1/admin/requests', {
      admin: true,
      json: registration({ channel: 'postSigned', submittedOn: '2026-05-10' }),
    });
    expect(missing.status).toBe(422);
    expect(await missing.json()).toMatchObject({ errors: [{ pointer: '/signedForOn' }] });
    const future = await server.request('/v1/admin/requests', {
      admin: true,
      json: registration({ channel: 'postSigned', signedForOn: '2026-05-14' }),
    });
    expect(future.status).toBe(422);
    expect(await future.json()).toMatchObject({ errors: [{ pointer: '/signedForOn' }] });
    const signed = await register(
      { channel: 'postSigned', signedForOn: '2026-05-12', submittedOn: '2026-05-08' },
      '2026-05-13T10:00:00+08:00',
    );
    expect(signed.receivedOn).toBe('2026-05-12');
  });

  it('restarts the 20-day clock when the supplement arrives, and pauses it while a third party is consulted', async () => {
    const { trackingNumber } = await register({ submittedOn: '2026-03-02' }, '2026-03-02T10:00:00+08:00');
    const asked = await eventOk(
      trackingNumber,
      { type: 'supplementRequested', on: '2026-03-05', corrections: ['请说明所需文件的年度'], supplementDueOn: '2026-03-20' },
      '2026-03-05T10:00:00+08:00',
    );
    expect(asked).toMatchObject({ status: 'awaitingSupplement', clock: { state: 'awaitingSupplement', replyDueOn: null } });
    const supplemented = await eventOk(trackingNumber, { type: 'supplementReceived', on: '2026-03-10' }, '2026-03-10T10:00:00+08:00');
    expect(supplemented.status).toBe('processing');
    expect(supplemented.clock).toMatchObject({
      startedOn: '2026-03-10',
      restarts: [{ on: '2026-03-10', reason: 'supplementReceived' }],
      replyDueOn: '2026-04-08',
    });
    const consulting = await eventOk(
      trackingNumber,
      { type: 'consultationStarted', on: '2026-03-16', party: 'thirdParty' },
      '2026-03-16T10:00:00+08:00',
    );
    expect(consulting).toMatchObject({ status: 'consulting', clock: { state: 'paused', replyDueOn: null } });
    const resumed = await eventOk(trackingNumber, { type: 'consultationEnded', on: '2026-03-20' }, '2026-03-20T10:00:00+08:00');
    // Four working days (17–20 March) of consultation are not counted: the due date moves four working days.
    expect(resumed.clock).toMatchObject({ state: 'running', replyDueOn: '2026-04-14' });
  });

  it('charges a per-piece fee counting the applicant’s earlier applications this month, and ends with the decision', async () => {
    const first = await register({ submittedOn: '2026-04-01' }, '2026-04-01T09:00:00+08:00');
    await register({ submittedOn: '2026-04-02' }, '2026-04-02T09:00:00+08:00');
    const third = await register({ submittedOn: '2026-04-03' }, '2026-04-03T09:00:00+08:00');
    const noticed = await eventOk(
      third.trackingNumber,
      { type: 'feeNoticeSent', on: '2026-04-08', fee: { method: 'perPiece', quantity: 12 } },
      '2026-04-08T10:00:00+08:00',
    );
    expect(noticed.status).toBe('awaitingFee');
    // Two earlier applications this month: these 12 pieces are pieces 3–14; 11–14 cost ¥100 each.
    expect(noticed.fee).toMatchObject({
      method: 'perPiece',
      quantity: 12,
      priorPiecesThisMonth: 2,
      amount: '400.00',
      noticeOn: '2026-04-08',
      payBy: '2026-05-09',
    });
    // 2026-05-09 is a Saturday, but a make-up workday after the Labour Day holiday.
    const paid = await eventOk(third.trackingNumber, { type: 'feePaid', on: '2026-04-10' }, '2026-04-10T10:00:00+08:00');
    expect(paid).toMatchObject({ status: 'processing', fee: { paidOn: '2026-04-10' } });
    const decided = await eventOk(
      third.trackingNumber,
      { type: 'decided', on: '2026-04-20', decision: { outcome: 'granted', informationUrl: 'https://example.org/x' } },
      '2026-04-20T10:00:00+08:00',
    );
    expect(decided).toMatchObject({
      status: 'replied',
      clock: { state: 'stopped', decidedOn: '2026-04-20', overdue: false },
      decision: { outcome: 'granted', outcomeGroup: 'granted', fee: { amount: '400.00' } },
    });

    const unpaid = await eventOk(
      first.trackingNumber,
      { type: 'feeNoticeSent', on: '2026-04-08', fee: { method: 'perPage', quantity: 120 } },
      '2026-04-08T10:00:00+08:00',
    );
    expect(unpaid.fee).toMatchObject({ amount: '1100.00' });
    const early = await event(
      first.trackingNumber,
      {
        type: 'decided',
        on: '2026-04-20',
        decision: { outcome: 'other.feeUnpaid', reasons: '逾期未缴费', articles: ['第四十二条'], remedies },
      },
      '2026-04-20T10:00:00+08:00',
    );
    expect(early.status).toBe(422);
    const abandoned = await eventOk(
      first.trackingNumber,
      {
        type: 'decided',
        on: '2026-05-11',
        decision: { outcome: 'other.feeUnpaid', reasons: '逾期未缴费', articles: ['第四十二条'], remedies },
      },
      '2026-05-11T10:00:00+08:00',
    );
    expect(abandoned.status).toBe('abandoned');
  });

  it('requires reasons, articles and remedies for every outcome but granted', async () => {
    const { trackingNumber } = await register({ submittedOn: '2026-05-06' }, '2026-05-06T10:00:00+08:00');
    const bare = await event(
      trackingNumber,
      { type: 'decided', on: '2026-05-08', decision: { outcome: 'denied.thirdPartyRights' } },
      '2026-05-08T10:00:00+08:00',
    );
    expect(bare.status).toBe(422);
    const problem = (await bare.json()) as { errors: { pointer: string }[] };
    expect(problem.errors.map((e) => e.pointer)).toEqual(['/decision/reasons', '/decision/articles', '/decision/remedies']);
    const decided = await eventOk(
      trackingNumber,
      {
        type: 'decided',
        on: '2026-05-08',
        decision: {
          outcome: 'denied.thirdPartyRights',
          reasons: '涉及第三方商业秘密',
          articles: ['《中华人民共和国政府信息公开条例》第十五条'],
          remedies,
        },
      },
      '2026-05-08T10:00:00+08:00',
    );
    expect(decided).toMatchObject({ status: 'replied', decision: { outcomeGroup: 'denied', remedies } });
    const after = await event(
      trackingNumber,
      { type: 'extended', on: '2026-05-09', workingDays: 5, reason: '补充' },
      '2026-05-09T10:00:00+08:00',
    );
    expect(after.status).toBe(422);
    expect(await after.json()).toMatchObject({ rule: 'ALREADY_DECIDED' });
  });

  it('marks an application withdrawn, or abandoned when no supplement comes', async () => {
    const a = await register({ submittedOn: '2026-05-04' }, '2026-05-04T10:00:00+08:00');
    expect((await eventOk(a.trackingNumber, { type: 'withdrawn', on: '2026-05-06' }, '2026-05-06T10:00:00+08:00')).status).toBe(
      'withdrawn',
    );
    const b = await register({ submittedOn: '2026-05-04' }, '2026-05-04T10:00:00+08:00');
    const noSupplement = { outcome: 'other.noSupplement', reasons: '申请人逾期未补正', articles: ['第三十条'], remedies };
    expect(
      (await event(b.trackingNumber, { type: 'decided', on: '2026-05-06', decision: noSupplement }, '2026-05-06T10:00:00+08:00')).status,
    ).toBe(422);
    await eventOk(
      b.trackingNumber,
      { type: 'supplementRequested', on: '2026-05-06', corrections: ['请明确文件名称'], supplementDueOn: '2026-05-08' },
      '2026-05-06T10:00:00+08:00',
    );
    expect(
      (await eventOk(b.trackingNumber, { type: 'decided', on: '2026-05-11', decision: noSupplement }, '2026-05-11T10:00:00+08:00')).status,
    ).toBe('abandoned');
  });

  it('marks a deadline provisional past the calendar’s last year, and lists requests for staff only', async () => {
    const receipt = await register({ submittedOn: '2026-12-21' }, '2026-12-21T10:00:00+08:00');
    expect(receipt).toMatchObject({ provisional: true, calendarVersion: 'chinese-days@1.5.7' });
    expect((await server.request('/v1/admin/requests')).status).toBe(401);
    expect((await server.request('/v1/admin/requests', { headers: { Authorization: 'Bearer not-a-staff-token-at-all' } })).status).toBe(
      401,
    );
    const list = await server.request('/v1/admin/requests?status=received', { admin: true });
    expect(list.status).toBe(200);
    const body = (await list.json()) as { data: DisclosureRequest[] };
    expect(validateSchema('RequestList', body).ok).toBe(true);
    expect(body.data.map((r) => r.trackingNumber)).toEqual([receipt.trackingNumber]);
    expect(body.data[0]?.clock.provisional).toBe(true);
  });
});
