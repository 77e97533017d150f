// Golden cases for the reply clock's pauses, deadlines and new events, worked by hand from the
// Regulations with the chinese-days 1.5.7 calendar (2024-10-01…07 rest, Sat 2024-10-12 works;
// 2025-01-28…02-04 rest, Sun 01-26 and Sat 02-08 work; 2026-05-01…05 rest, Sat 05-09 works).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validateSchema, type AnnualReport, type ComplianceScoreboard, type DisclosureRequest, type RequestReceipt } from '@gongkai/spec';
import { startDepartment, type TestDepartment } from './support/department-server';

const applicant = {
  type: 'naturalPerson' as const,
  name: '李娜',
  identityProof: { kind: 'residentIdCard' as const, number: '210102199001011234' },
  contact: { phone: '13800000001' },
};
const remedies = [
  { kind: 'administrativeReconsideration' as const, body: '辽宁省人民政府', deadline: '自收到本告知书之日起60日内' },
  { kind: 'administrativeLitigation' as const, body: '沈阳市和平区人民法院', deadline: '自收到本告知书之日起6个月内' },
];

describe('the law’s clocks over HTTP (issue 11 goldens)', () => {
  let server: TestDepartment;
  beforeEach(async () => {
    server = await startDepartment({ now: '2024-09-20T15:00:00+08:00' });
  });
  afterEach(() => server.close());

  async function register(receivedOn: string): Promise<string> {
    server.setNow(`${receivedOn}T15:00:00+08:00`);
    const response = await server.request('/v1/admin/requests', {
      admin: true,
      json: {
        applicant,
        description: '申请公开某项目的批复文件。',
        form: 'electronic',
        delivery: 'email',
        channel: 'inPerson',
        submittedOn: receivedOn,
      },
    });
    expect(response.status, await response.clone().text()).toBe(201);
    return ((await response.json()) as RequestReceipt).trackingNumber;
  }

  async function event(trackingNumber: string, body: Record<string, unknown>, now = `${String(body['on'])}T10:00:00+08:00`) {
    server.setNow(now);
    return server.request(`/v1/admin/requests/${trackingNumber}/events`, { admin: true, json: body });
  }

  async function eventOk(trackingNumber: string, body: Record<string, unknown>, now?: string): Promise<DisclosureRequest> {
    const response = await event(trackingNumber, body, now);
    expect(response.status, await response.clone().text()).toBe(200);
    const request = (await response.json()) as DisclosureRequest;
    expect(validateSchema('DisclosureRequest', request).ok).toBe(true);
    return request;
  }

  async function view(trackingNumber: string, now: string): Promise<DisclosureRequest> {
    server.setNow(now);
    const response = await server.request(`/v1/admin/requests/${trackingNumber}`, { admin: true });
    expect(response.status).toBe(200);
    return (await response.json()) as DisclosureRequest;
  }

  async function compliance(asOf: string): Promise<ComplianceScoreboard['departments'][number]> {
    const response = await server.request(`/v1/compliance?asOf=${asOf}`);
    expect(response.status).toBe(200);
    const board = (await response.json()) as ComplianceScoreboard;
    expect(validateSchema('ComplianceScoreboard', board).ok).toBe(true);
    return board.departments[0]!;
  }

  async function report(year: number): Promise<AnnualReport> {
    const response = await server.request(`/v1/reports/annual?year=${year}`);
    expect(response.status).toBe(200);
    return (await response.json()) as AnnualReport;
  }

  it('Arts. 32, 33: a consultation left unanswered ends with the 15 working days; the clock resumes, can be overdue, and compliance counts it', async () => {
    const tn = await register('2024-09-20');
    // 15 working days from Tue 10-08: 10-09…11, Sat 10-12, 10-14…18, 10-21…25, Mon 10-28.
    const consulting = await eventOk(tn, { type: 'consultationStarted', on: '2024-10-08', party: 'thirdParty' });
    expect(consulting).toMatchObject({
      status: 'consulting',
      clock: { state: 'paused', replyDueOn: null, consultationDueOn: '2024-10-28' },
    });
    expect(await view(tn, '2024-10-28T18:00:00+08:00')).toMatchObject({ status: 'consulting', clock: { replyDueOn: null } });
    // From 10-29 the clock runs again: 8 working days were counted by 10-08 (09-23…27, Sun 09-29, 09-30,
    // 10-08); the other 12 are 10-29, 30, 31, 11-01, 11-04…08, 11, 12, 13.
    const resumed = await view(tn, '2024-10-29T09:00:00+08:00');
    expect(resumed).toMatchObject({ status: 'processing', clock: { state: 'running', replyDueOn: '2024-11-13', overdue: false } });
    expect(resumed.clock.pauses).toEqual([
      { from: '2024-10-08', to: '2024-10-28', until: '2024-10-28', endedBy: 'window', reason: 'thirdPartyConsultation' },
    ]);
    expect((await view(tn, '2024-11-13T18:00:00+08:00')).clock.overdue).toBe(false);
    expect((await view(tn, '2024-11-14T09:00:00+08:00')).clock.overdue).toBe(true);
    expect((await compliance('2024-10-20')).requests).toEqual({ open: 1, openOverdue: 0, repliedOnTime: 0, repliedLate: 0 });
    expect((await compliance('2024-11-13')).requests).toEqual({ open: 1, openOverdue: 0, repliedOnTime: 0, repliedLate: 0 });
    expect((await compliance('2024-11-14')).requests).toEqual({ open: 1, openOverdue: 1, repliedOnTime: 0, repliedLate: 0 });
    // A reply months later is late, not on time.
    const decided = await eventOk(tn, { type: 'decided', on: '2024-12-02', decision: { outcome: 'granted' } });
    expect(decided.clock).toMatchObject({ replyDueOn: '2024-11-13', overdue: true });
    expect((await compliance('2024-12-02')).requests).toMatchObject({ open: 0, repliedLate: 1 });
  });

  it('Arts. 32, 34: lists requests by the status they have today, once a window has run out, at any page size', async () => {
    const elapsedA = await register('2024-09-20');
    await eventOk(elapsedA, { type: 'consultationStarted', on: '2024-10-08', party: 'thirdParty' });
    const elapsedB = await register('2024-09-23');
    await eventOk(elapsedB, { type: 'consultationStarted', on: '2024-10-08', party: 'agency' });
    const open = await register('2024-10-21');
    await eventOk(open, { type: 'consultationStarted', on: '2024-10-24', party: 'thirdParty' });
    const untouched = await register('2024-10-25');
    server.setNow('2024-10-29T09:00:00+08:00');
    const walk = async (status: string, limit: number) => {
      const seen: string[] = [];
      let next: string | undefined = `/v1/admin/requests?status=${status}&limit=${limit}`;
      while (next) {
        const page = (await (await server.request(next, { admin: true })).json()) as {
          data: DisclosureRequest[];
          links: { next?: string };
        };
        for (const request of page.data) expect(request.status).toBe(status);
        seen.push(...page.data.map((r) => r.trackingNumber));
        next = page.links.next;
      }
      return seen;
    };
    for (const limit of [1, 2, 20]) {
      expect(await walk('processing', limit), `limit ${limit}`).toEqual([elapsedB, elapsedA]);
      expect(await walk('consulting', limit), `limit ${limit}`).toEqual([open]);
      expect(await walk('received', limit), `limit ${limit}`).toEqual([untouched]);
    }
  });

  it('Arts. 32, 34: the 15 days run from the consulted party’s recorded receipt, and an answer recorded after them extends nothing', async () => {
    const tn = await register('2024-09-20');
    // Received by the agency on Thu 10-10: 10-11, Sat 10-12, 10-14…18, 10-21…25, 10-28, 29, 30.
    const started = await eventOk(tn, { type: 'consultationStarted', on: '2024-10-08', party: 'agency', deliveredOn: '2024-10-10' });
    expect(started.clock.consultationDueOn).toBe('2024-10-30');
    // The answer recorded on 11-05 is past the window: only (10-08, 10-30] is excluded, 17 working
    // days, so 10-23 moves to 10-24, 25, 28…31, 11-01, 04…08, 11…15: 2024-11-15.
    const ended = await eventOk(tn, { type: 'consultationEnded', on: '2024-11-05', party: 'agency' });
    expect(ended.clock).toMatchObject({ state: 'running', replyDueOn: '2024-11-15' });
    expect(ended.clock.pauses[0]).toMatchObject({ to: '2024-10-30', endedBy: 'window', reason: 'agencyConsultation' });
    // The same receipt learnt later: recorded as its own event, dated on the receipt, with the same effect.
    const later = await register('2024-09-20');
    await eventOk(later, { type: 'consultationStarted', on: '2024-10-08', party: 'agency' });
    expect((await view(later, '2024-10-09T10:00:00+08:00')).clock.consultationDueOn).toBe('2024-10-28');
    const delivered = await eventOk(
      later,
      { type: 'consultationDelivered', on: '2024-10-10', party: 'agency' },
      '2024-10-14T10:00:00+08:00',
    );
    expect(delivered.clock).toMatchObject({ state: 'paused', consultationDueOn: '2024-10-30', pauses: [{ until: '2024-10-30' }] });
    expect((await view(later, '2024-10-31T09:00:00+08:00')).clock).toMatchObject({ state: 'running', replyDueOn: '2024-11-15' });
    const twice = await event(later, { type: 'consultationDelivered', on: '2024-10-11', party: 'agency' }, '2024-10-14T11:00:00+08:00');
    expect(await twice.json()).toMatchObject({ rule: 'CONSULTATION_ALREADY_DELIVERED' });
    const early = await event(tn, { type: 'consultationStarted', on: '2024-11-06', party: 'thirdParty', deliveredOn: '2024-11-05' });
    expect(early.status).toBe(422);
    expect(await early.json()).toMatchObject({ errors: [{ pointer: '/deliveredOn' }] });
  });

  it('Art. 30: a supplement notice states its deadline, and "not supplemented in time" waits until it has passed', async () => {
    const tn = await register('2026-03-02');
    const missing = await event(tn, { type: 'supplementRequested', on: '2026-03-04', corrections: ['请写明所需文件的年度'] });
    expect(missing.status).toBe(422);
    expect(await missing.json()).toMatchObject({ errors: [{ pointer: '/supplementDueOn' }] });
    const sameDay = await event(tn, {
      type: 'supplementRequested',
      on: '2026-03-04',
      corrections: ['请写明所需文件的年度'],
      supplementDueOn: '2026-03-04',
    });
    expect(sameDay.status).toBe(422);
    const impossible = await event(tn, {
      type: 'supplementRequested',
      on: '2026-03-04',
      corrections: ['请写明所需文件的年度'],
      supplementDueOn: '2026-02-30',
    });
    expect(impossible.status).toBe(400);
    expect(await impossible.json()).toMatchObject({ errors: [{ pointer: '/supplementDueOn' }] });
    const misplaced = await event(tn, { type: 'supplementReceived', on: '2026-03-04', deferredUntil: '2026-04-30' });
    expect(await misplaced.json()).toMatchObject({ status: 422, errors: [{ pointer: '/deferredUntil' }] });
    const asked = await eventOk(tn, {
      type: 'supplementRequested',
      on: '2026-03-04',
      corrections: ['请写明所需文件的年度'],
      supplementDueOn: '2026-03-18',
    });
    expect(asked).toMatchObject({ status: 'awaitingSupplement', clock: { supplementDueOn: '2026-03-18', replyDueOn: null } });
    const noSupplement = {
      outcome: 'other.noSupplement',
      reasons: '申请人逾期未补正。',
      articles: ['《中华人民共和国政府信息公开条例》第三十条'],
      remedies,
    };
    const tooEarly = await event(tn, { type: 'decided', on: '2026-03-18', decision: noSupplement });
    expect(tooEarly.status).toBe(422);
    const problem = (await tooEarly.json()) as { errors: { pointer: string; message: string }[] };
    expect(problem.errors[0]).toMatchObject({ pointer: '/on' });
    expect(problem.errors[0]?.message).toContain('2026-03-18');
    expect((await eventOk(tn, { type: 'decided', on: '2026-03-19', decision: noSupplement })).status).toBe('abandoned');
  });

  it('国办函〔2020〕109号: a ¥0.00 fee notice is refused, pauses nothing and opens no way to "fee unpaid"', async () => {
    const tn = await register('2026-04-01');
    // 30 pages and 10 pieces are the free quotas.
    for (const fee of [
      { method: 'perPage', quantity: 30 },
      { method: 'perPiece', quantity: 10 },
    ]) {
      const refused = await event(tn, { type: 'feeNoticeSent', on: '2026-04-08', fee });
      expect(refused.status).toBe(422);
      expect(await refused.json()).toMatchObject({ rule: 'FEE_NOT_CHARGEABLE', errors: [{ pointer: '/fee/quantity' }] });
    }
    const after = await view(tn, '2026-04-08T11:00:00+08:00');
    expect(after).toMatchObject({ status: 'received', clock: { state: 'running', pauses: [] } });
    expect(after.fee).toBeUndefined();
    const unpaid = await event(tn, {
      type: 'decided',
      on: '2026-04-09',
      decision: { outcome: 'other.feeUnpaid', reasons: '逾期未缴费。', articles: ['国办函〔2020〕109号'], remedies },
    });
    expect(unpaid.status).toBe(422);
  });

  it('国办函〔2020〕109号: the 20 working days to pay run from the applicant’s recorded receipt of a posted notice', async () => {
    const tn = await register('2026-04-01');
    // Received Mon 04-13: 04-14…17, 20…24, 27…30, (05-01…05 rest) 05-06, 07, 08, Sat 05-09, 05-11, 12, 13.
    // Counted from the sending on Wed 04-08 it would have been 2026-05-09.
    const noticed = await eventOk(
      tn,
      { type: 'feeNoticeSent', on: '2026-04-08', deliveredOn: '2026-04-13', fee: { method: 'perPage', quantity: 40 } },
      '2026-04-13T10:00:00+08:00',
    );
    expect(noticed.fee).toMatchObject({ amount: '100.00', noticeOn: '2026-04-08', deliveredOn: '2026-04-13', payBy: '2026-05-13' });
    const feeUnpaid = { outcome: 'other.feeUnpaid', reasons: '逾期未缴费。', articles: ['国办函〔2020〕109号'], remedies };
    expect((await event(tn, { type: 'decided', on: '2026-05-13', decision: feeUnpaid })).status).toBe(422);
    expect((await eventOk(tn, { type: 'decided', on: '2026-05-14', decision: feeUnpaid })).status).toBe('abandoned');
  });

  it('Art. 35: a deferred reply moves the due date to the date notified, on time when answered by it; refused after the due date', async () => {
    const tn = await register('2024-09-20');
    const deferred = await eventOk(tn, {
      type: 'deferred',
      on: '2024-10-21',
      deferredUntil: '2024-12-20',
      reason: '申请数量明显超过合理范围，理由合理。',
    });
    expect(deferred).toMatchObject({
      status: 'deferred',
      clock: { originalDueOn: '2024-10-23', replyDueOn: '2024-12-20', deferral: { decidedOn: '2024-10-21', until: '2024-12-20' } },
    });
    expect((await view(tn, '2024-12-20T18:00:00+08:00')).clock.overdue).toBe(false);
    expect((await view(tn, '2024-12-21T09:00:00+08:00')).clock.overdue).toBe(true);
    const replied = await eventOk(tn, { type: 'decided', on: '2024-12-18', decision: { outcome: 'granted' } }, '2024-12-21T10:00:00+08:00');
    expect(replied.clock.overdue).toBe(false);
    expect((await compliance('2024-12-21')).requests).toMatchObject({ repliedOnTime: 1, repliedLate: 0 });

    const late = await register('2024-09-20');
    const refused = await event(late, { type: 'deferred', on: '2024-10-24', deferredUntil: '2024-12-20', reason: '理由' });
    expect(refused.status).toBe(422);
    expect(await refused.json()).toMatchObject({ rule: 'DEFERRAL_AFTER_DUE_DATE' });
    const notLater = await event(late, { type: 'deferred', on: '2024-10-21', deferredUntil: '2024-10-23', reason: '理由' });
    expect(await notLater.json()).toMatchObject({ rule: 'DEFERRAL_NOT_LATER', errors: [{ pointer: '/deferredUntil' }] });
  });

  it('Art. 35: a deferred request open on 31 December is carried into the next year’s table 3', async () => {
    const tn = await register('2024-12-02');
    await eventOk(tn, { type: 'deferred', on: '2024-12-10', deferredUntil: '2025-02-28', reason: '申请数量明显超过合理范围，理由合理。' });
    await eventOk(tn, { type: 'decided', on: '2025-02-20', decision: { outcome: 'granted' } });
    server.setNow('2025-03-01T10:00:00+08:00');
    expect((await report(2024)).table3.naturalPerson).toMatchObject({
      newReceived: 1,
      carriedOver: 0,
      carriedForward: 1,
      outcomes: { total: 0 },
    });
    expect((await report(2025)).table3.naturalPerson).toMatchObject({
      newReceived: 0,
      carriedOver: 1,
      carriedForward: 0,
      outcomes: { granted: 1 },
    });
  });

  it('Art. 33 after 行政复议: a decision corrected by reconsideration is answered again within 20 working days; tables 3 and 4 count both years truly', async () => {
    const tn = await register('2024-09-20');
    await eventOk(tn, {
      type: 'decided',
      on: '2024-10-10',
      decision: {
        outcome: 'denied.thirdPartyRights',
        reasons: '涉及第三方商业秘密。',
        articles: ['《中华人民共和国政府信息公开条例》第十五条'],
        remedies,
      },
    });
    const early = await event(tn, { type: 'reDecided', on: '2024-10-11', decision: { outcome: 'granted' } });
    expect(await early.json()).toMatchObject({ rule: 'NOT_REOPENED' });
    await eventOk(tn, { type: 'remedyFiled', on: '2024-11-01', remedy: { kind: 'reconsideration' } });
    // From Mon 2025-01-06: 01-07…10, 13…17, 20…24, Sun 26, 27, (28 January–4 February rest) 02-05, 06, 07, Sat 02-08.
    const reopened = await eventOk(tn, {
      type: 'remedyDecided',
      on: '2025-01-06',
      remedy: { kind: 'reconsideration', result: 'corrected' },
    });
    expect(reopened).toMatchObject({
      status: 'reopened',
      clock: { state: 'running', reopened: { on: '2025-01-06', dueOn: '2025-02-08' }, overdue: false },
    });
    const again = await eventOk(tn, { type: 'reDecided', on: '2025-02-07', decision: { outcome: 'granted' } });
    expect(again).toMatchObject({
      status: 'replied',
      decision: { outcome: 'granted', decidedOn: '2025-02-07' },
      clock: { state: 'stopped', reopened: { decidedOn: '2025-02-07' }, overdue: false },
    });
    server.setNow('2025-03-01T10:00:00+08:00');
    const y2024 = await report(2024);
    expect(y2024.table3.naturalPerson).toMatchObject({
      newReceived: 1,
      carriedForward: 0,
      outcomes: { denied: { thirdPartyRights: 1 }, total: 1 },
    });
    expect(y2024.table4.reconsideration).toEqual({ upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 });
    const y2025 = await report(2025);
    // The re-handling is received on the day of the correction: 一 + 二 = 三 + 四 holds in both years.
    expect(y2025.table3.naturalPerson).toMatchObject({
      newReceived: 1,
      carriedOver: 0,
      carriedForward: 0,
      outcomes: { granted: 1, total: 1 },
    });
    expect(y2025.table4.reconsideration).toEqual({ upheld: 0, corrected: 1, other: 0, pending: 0, total: 1 });
    expect([y2024.consistent, y2025.consistent]).toEqual([true, true]);
    expect((await compliance('2025-02-10')).requests).toEqual({ open: 0, openOverdue: 0, repliedOnTime: 2, repliedLate: 0 });
  });

  it('全国年节及纪念日放假办法 Art. 2: past the data’s last year 元旦, 劳动节 1–2 May and 国庆 1–3 October are never working days, and the answer stays provisional', async () => {
    const receipts: [string, string][] = [
      // Fri 2027-01-01 rests: 01-04…08, 11…15, 18…22, 25…29 (weekdays alone: 2027-01-28).
      ['2026-12-31', '2027-01-29'],
      // Mon 1 and Tue 2 May 2028 rest (weekdays alone: 2028-05-25).
      ['2028-04-27', '2028-05-29'],
      // Mon 2 and Tue 3 October 2028 rest (weekdays alone: 2028-10-27).
      ['2028-09-29', '2028-10-31'],
    ];
    for (const [receivedOn, dueOn] of receipts) {
      server.setNow(`${receivedOn}T15:00:00+08:00`);
      const response = await server.request('/v1/admin/requests', {
        admin: true,
        json: {
          applicant,
          description: '申请公开某文件。',
          form: 'electronic',
          delivery: 'email',
          channel: 'inPerson',
          submittedOn: receivedOn,
        },
      });
      expect(await response.json()).toMatchObject({ receivedOn, replyDueOn: dueOn, provisional: true });
    }
  });
});
