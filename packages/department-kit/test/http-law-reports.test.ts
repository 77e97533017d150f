// Golden cases for the annual report (issue 11): table 2's decisions, a published report that
// stays true, the cross-year check, fee revenue before the final account, due dates by level.
import { afterEach, describe, expect, it } from 'vitest';
import { validateSchema, type AnnualReport, type ComplianceScoreboard, type Department, type RequestReceipt } from '@gongkai/spec';
import { openedRequest } from '../src/disclosure-requests/request-record';
import { chineseDaysCalendar } from '../src/calendar/chinese-days-calendar';
import { department, itemInput } from './support/fixtures';
import { startDepartment, type TestDepartment } from './support/department-server';

const applicant = {
  type: 'naturalPerson' as const,
  name: '王磊',
  identityProof: { kind: 'residentIdCard' as const, number: '210102199001011234' },
  contact: { phone: '13800000002' },
};
const registration = (submittedOn: string) => ({
  applicant,
  description: '申请公开某项目的批复文件。',
  form: 'electronic',
  delivery: 'email',
  channel: 'inPerson',
  submittedOn,
});
const licensing = (overrides: Parameters<typeof itemInput>[0]) =>
  itemInput({ title: '行政许可决定公示', genre: 'licensingDecision', category: 'licensing', documentNumber: undefined, ...overrides });

describe('the annual report over HTTP (issue 11 goldens)', () => {
  let server: TestDepartment;
  afterEach(() => server.close());

  async function ok<T>(response: Promise<Response>, status = 200): Promise<T> {
    const answer = await response;
    expect(answer.status, await answer.clone().text()).toBe(status);
    return (await answer.json()) as T;
  }
  const report = (year: number) => ok<AnnualReport>(server.request(`/v1/reports/annual?year=${year}`));
  const publish = (body: Record<string, unknown>) => server.request('/v1/admin/reports/annual', { admin: true, json: body });
  const at = (instant: string) => server.setNow(instant);

  it('table 2 (Art. 20(5)): counts the decisions a notice lists, each in the year it was decided', async () => {
    server = await startDepartment({ now: '2026-01-05T09:00:00+08:00' });
    const batch = licensing({
      formedAt: '2026-01-04',
      writtenOn: '2026-01-04',
      decisions: [
        { decidedOn: '2025-12-29', documentNumber: '辽测许〔2025〕101号' },
        { decidedOn: '2025-12-30', documentNumber: '辽测许〔2025〕102号' },
        { decidedOn: '2025-12-31', documentNumber: '辽测许〔2025〕103号' },
      ],
    });
    await ok(server.request('/v1/admin/items', { admin: true, json: batch }), 201);
    await ok(server.request('/v1/admin/items', { admin: true, json: licensing({ formedAt: '2026-01-04', writtenOn: '2026-01-04' }) }), 201);
    // Three permits of December 2025 in one notice of January 2026 are three decisions of 2025.
    expect((await report(2025)).table2.licensing).toEqual({ decisions: 3 });
    expect((await report(2026)).table2.licensing).toEqual({ decisions: 1 });
    const notADecision = await server.request('/v1/admin/items', {
      admin: true,
      json: itemInput({ decisions: [{ decidedOn: '2025-12-29' }] }),
    });
    expect(await notADecision.json()).toMatchObject({ errors: [{ pointer: '/decisions' }] });
  });

  it('Arts. 49, 50: a published report stays true — late decisions are the next report’s corrections, and nothing is registered into its year', async () => {
    server = await startDepartment({ now: '2025-12-01T10:00:00+08:00' });
    const carried = await ok<RequestReceipt>(server.request('/v1/admin/requests', { admin: true, json: registration('2025-12-01') }), 201);
    at('2025-12-10T10:00:00+08:00');
    await ok(
      server.request('/v1/admin/items', {
        admin: true,
        json: licensing({ formedAt: '2025-12-09', writtenOn: '2025-12-09', decisions: [{ decidedOn: '2025-12-08' }] }),
      }),
      201,
    );
    at('2026-01-10T10:00:00+08:00');
    const published = await ok<AnnualReport>(publish({ year: 2025 }), 201);
    expect(published.table2.licensing).toEqual({ decisions: 1 });
    expect(published.table3.total).toMatchObject({ newReceived: 1, carriedForward: 1 });

    // A notice of 20 January listing two more December decisions: 2025 stays as published, 2026 says so.
    at('2026-01-20T10:00:00+08:00');
    await ok(
      server.request('/v1/admin/items', {
        admin: true,
        json: licensing({
          formedAt: '2026-01-19',
          writtenOn: '2026-01-19',
          decisions: [{ decidedOn: '2025-12-15' }, { decidedOn: '2025-12-16' }],
        }),
      }),
      201,
    );
    expect(await report(2025)).toEqual(published);
    const draft2026 = await report(2026);
    expect(draft2026.table2.licensing).toEqual({ decisions: 0 });
    expect(draft2026.corrections).toEqual([
      {
        year: 2025,
        row: 'licensing',
        decisions: 2,
        detail: '2 decision(s) of 2025 recorded in 2026, after the 2025 report was published on 2026-01-10',
      },
    ]);

    // Registering a 2025 request, or dating a decision into 2025, is refused.
    const registered = await server.request('/v1/admin/requests', { admin: true, json: registration('2025-12-30') });
    expect(registered.status).toBe(422);
    expect(await registered.json()).toMatchObject({ rule: 'ANNUAL_REPORT_PUBLISHED', errors: [{ pointer: '/submittedOn' }] });
    const backDated = await server.request(`/v1/admin/requests/${carried.trackingNumber}/events`, {
      admin: true,
      json: { type: 'decided', on: '2025-12-30', decision: { outcome: 'granted' } },
    });
    expect(await backDated.json()).toMatchObject({ rule: 'ANNUAL_REPORT_PUBLISHED', errors: [{ pointer: '/on' }] });
    await ok(
      server.request(`/v1/admin/requests/${carried.trackingNumber}/events`, {
        admin: true,
        json: { type: 'decided', on: '2026-01-20', decision: { outcome: 'granted' } },
      }),
    );

    // 2026's 上年结转 is 2025's published 结转下年度, and the check across years says so.
    const draft = await report(2026);
    expect(draft.table3.total).toMatchObject({ carriedOver: 1, outcomes: { granted: 1 } });
    expect(draft.checks.filter((c) => c.rule === 'table3.carriedOverMatchesPublished' && c.target === 'total')).toEqual([
      {
        rule: 'table3.carriedOverMatchesPublished',
        target: 'total',
        passed: true,
        detail: `carriedOver 1 = carriedForward 1 of the 2025 report published at ${published.publishedAt}`,
      },
    ]);
    expect(draft.consistent).toBe(true);
  });

  it('Art. 50: the cross-year check refuses to publish a year whose carried-over requests differ from the published report', async () => {
    server = await startDepartment({ now: '2026-01-10T10:00:00+08:00' });
    await ok(publish({ year: 2025 }), 201);
    // A 2025 request written straight into the store (as a faulty migration might) is carried over
    // into 2026 although the published 2025 report carried nothing forward.
    const { record } = openedRequest(
      { channel: 'inPerson', receivedOn: '2025-06-02', applicant, description: '迁移遗漏的申请。', form: 'paper', delivery: 'post' },
      {
        calendar: chineseDaysCalendar,
        now: '2025-06-02T10:00:00+08:00',
        today: '2025-06-02',
        trackingNumber: 'ln-test:YSQ-2025-009999',
        departmentId: department.id,
        evidencePointer: '/submittedOn',
      },
    );
    await server.store.requests.create(record);
    at('2027-01-10T10:00:00+08:00');
    const check = (await report(2026)).checks.find((c) => c.rule === 'table3.carriedOverMatchesPublished' && c.target === 'naturalPerson');
    expect(check).toMatchObject({ passed: false, detail: expect.stringContaining('carriedOver 1 ≠ carriedForward 0 of the 2025 report') });
    const refused = await publish({ year: 2026 });
    expect(refused.status).toBe(422);
    expect(await refused.json()).toMatchObject({ rule: 'ANNUAL_REPORT_INCONSISTENT' });
  });

  it('table 2 (Art. 20(8)): the fee revenue can be entered when the report is published before the final account', async () => {
    server = await startDepartment({ now: '2026-01-20T10:00:00+08:00' });
    expect((await report(2025)).table2.fees).toEqual({ amount: null, tenThousandYuan: null });
    const negative = await publish({ year: 2025, feeRevenue: { amount: '-1.00' } });
    expect(await negative.json()).toMatchObject({ status: 422, errors: [{ pointer: '/feeRevenue/amount' }] });
    const published = await ok<AnnualReport>(publish({ year: 2025, feeRevenue: { amount: '1234.56' } }), 201);
    expect(validateSchema('AnnualReport', published).ok).toBe(true);
    // 1234.56 yuan is 0.123456 万元, stated to four decimals.
    expect(published.table2.fees).toEqual({ amount: '1234.56', tenThousandYuan: '0.1235', source: 'entered' });
    await server.close();

    server = await startDepartment({ now: '2026-01-20T10:00:00+08:00' });
    await ok(
      server.request('/v1/admin/budgets', {
        admin: true,
        json: {
          year: 2025,
          kind: 'finalAccount',
          title: '辽宁省测试厅2025年部门决算',
          total: '500000.00',
          revenue: [{ code: '10304', name: '行政事业性收费收入', amount: '2000.00' }],
          expenditure: [{ code: '201', name: '一般公共服务支出', amount: '500000.00' }],
          threePublicExpenses: {
            total: '0.00',
            travelAbroad: '0.00',
            vehicles: { total: '0.00', purchase: '0.00', operation: '0.00' },
            receptions: '0.00',
          },
        },
      }),
      201,
    );
    const differs = await publish({ year: 2025, feeRevenue: { amount: '1234.56' } });
    expect(differs.status).toBe(422);
    expect(await differs.json()).toMatchObject({ errors: [{ pointer: '/feeRevenue/amount' }] });
    expect((await ok<AnnualReport>(publish({ year: 2025 }), 201)).table2.fees).toEqual({
      amount: '2000.00',
      tenThousandYuan: '0.2000',
      source: 'finalAccount',
    });
  });

  it('Art. 49: annual-report due dates by level are configurable below county level, where the article sets none', async () => {
    const township: Omit<Department, 'health'> = {
      ...department,
      kind: 'peoplesGovernment',
      level: 'township',
      division: { code: '210922105', name: '测试镇' },
    };
    server = await startDepartment({ department: township, now: '2026-02-10T10:00:00+08:00', annualReportDueDates: { township: '01-31' } });
    await ok(server.request('/v1/admin/requests', { admin: true, json: registration('2025-03-03') }), 201);
    expect((await report(2025)).dueOn).toBe('2026-01-31');
    const board = await ok<ComplianceScoreboard>(server.request('/v1/compliance?asOf=2026-02-10'));
    expect(board.departments[0]?.annualReports).toEqual([
      { year: 2025, dueOn: '2026-01-31', published: false, onTime: false, consistent: false },
    ]);
    await server.close();
    // Without the setting, a people's government's own report is due by 31 March (Art. 49).
    server = await startDepartment({ department: township, now: '2026-02-10T10:00:00+08:00' });
    expect((await report(2025)).dueOn).toBe('2026-03-31');
  });
});
