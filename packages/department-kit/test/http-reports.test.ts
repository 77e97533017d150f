import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateSchema, type AnnualReport, type ComplianceScoreboard } from '@gongkai/spec';
import { itemInput } from './support/fixtures';
import { startDepartment, type TestDepartment } from './support/department-server';

const registration = (submittedOn: string) => ({
  applicant: {
    type: 'commercialEnterprise',
    name: '沈阳某建筑工程有限公司',
    identityProof: { kind: 'unifiedSocialCreditCode', number: '91210100MA0XXXXX1Q' },
    contact: { address: '沈阳市沈河区青年大街1号' },
  },
  description: '申请公开2025年省级保障性住房建设项目招标结果。',
  form: 'paper',
  delivery: 'post',
  channel: 'inPerson',
  submittedOn,
});

describe('annual report and compliance over HTTP', () => {
  let server: TestDepartment;
  beforeAll(async () => {
    server = await startDepartment({ now: '2025-03-01T10:00:00+08:00' });
    await server.request('/v1/admin/items', { admin: true, json: itemInput({ formedAt: '2025-02-20', writtenOn: '2025-02-20' }) });
    const filed = await server.request('/v1/admin/requests', { admin: true, json: registration('2025-03-01') });
    const { trackingNumber } = (await filed.json()) as { trackingNumber: string };
    server.setNow('2025-03-10T10:00:00+08:00');
    await server.request(`/v1/admin/requests/${trackingNumber}/events`, {
      admin: true,
      json: { type: 'decided', on: '2025-03-10', decision: { outcome: 'granted' } },
    });
    server.setNow('2025-12-20T10:00:00+08:00');
    await server.request('/v1/admin/requests', { admin: true, json: registration('2025-12-20') });
    server.setNow('2026-01-15T10:00:00+08:00');
  });
  afterAll(() => server.close());

  const get = async <T>(path: string) => {
    const response = await server.request(path);
    expect(response.status, await response.clone().text()).toBe(200);
    return (await response.json()) as T;
  };

  it('derives the report live from the request log until it is published', async () => {
    const report = await get<AnnualReport>('/v1/reports/annual?year=2025');
    expect(validateSchema('AnnualReport', report).ok).toBe(true);
    expect(report.publishedAt).toBeUndefined();
    expect(report.table3.commercialEnterprise).toMatchObject({
      newReceived: 2,
      carriedOver: 0,
      carriedForward: 1,
      outcomes: { granted: 1, total: 1 },
    });
    expect(report).toMatchObject({ consistent: true, dueOn: '2026-01-31', table2: { normativeDocuments: { issued: 1 } } });
    expect((await server.request('/v1/reports/annual?year=2025&department=ln-other')).status).toBe(404);
  });

  it('freezes the report on publication: later changes do not alter it, and it is published once', async () => {
    const early = await server.request('/v1/admin/reports/annual', { admin: true, json: { year: 2026 } });
    expect(early.status).toBe(422);
    expect(await early.json()).toMatchObject({ errors: [{ pointer: '/year' }] });
    const published = await server.request('/v1/admin/reports/annual', { admin: true, json: { year: 2025 } });
    expect(published.status).toBe(201);
    const frozen = (await published.json()) as AnnualReport;
    expect(frozen.publishedAt).toBe('2026-01-15T10:00:00+08:00');
    // A late registration of a 2025 request would change figures the public already has: refused.
    const late = await server.request('/v1/admin/requests', { admin: true, json: registration('2025-12-30') });
    expect(late.status).toBe(422);
    expect(await late.json()).toMatchObject({ rule: 'ANNUAL_REPORT_PUBLISHED', errors: [{ pointer: '/submittedOn' }] });
    expect(await get<AnnualReport>('/v1/reports/annual?year=2025')).toEqual(frozen);
    expect((await server.request('/v1/admin/reports/annual', { admin: true, json: { year: 2025 } })).status).toBe(409);
  });

  it('measures compliance as of a day', async () => {
    const scoreboard = await get<ComplianceScoreboard>('/v1/compliance?asOf=2026-01-15');
    expect(validateSchema('ComplianceScoreboard', scoreboard).ok).toBe(true);
    expect(scoreboard.departments[0]).toMatchObject({
      asOf: '2026-01-15',
      annualReports: expect.arrayContaining([expect.objectContaining({ year: 2025, published: true })]),
    });
    expect((await get<ComplianceScoreboard>('/v1/compliance?department=ln-other')).departments).toEqual([]);
  });

  it('measures compliance only from 2008-05-01 to tomorrow: another asOf is 400 naming it', async () => {
    server.setNow('2025-03-01T10:00:00+08:00');
    expect((await server.request('/v1/compliance?asOf=2025-03-02')).status).toBe(200);
    for (const asOf of ['2025-03-03', '9999-12-31', '2008-04-30']) {
      const response = await server.request(`/v1/compliance?asOf=${asOf}`);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { errors: Array<{ pointer: string }> }).errors.map((e) => e.pointer)).toEqual(['/query/asOf']);
    }
    expect((await server.request('/v1/compliance?asOf=2008-05-01')).status).toBe(200);
  });
});
