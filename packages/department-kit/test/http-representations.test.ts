import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateSchema, type Alert, type FeeSchedule } from '@gongkai/spec';
import { department, itemInput } from './support/fixtures';
import { startDepartment, type TestDepartment } from './support/department-server';

const fee = (name: string, validTo?: string) => ({
  name,
  standard: { amount: '80.00', unit: '元/件' },
  legalBasis: ['《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）'],
  collectingBody: '=HYPERLINK("x")',
  approvingAuthority: '国家发展改革委、财政部',
  division: { code: '210922', name: '彰武县' },
  level: 'county',
  validFrom: '2025-01-01',
  ...(validTo ? { validTo } : {}),
});

const budget = (total = '52000000.00') => ({
  year: 2026,
  kind: 'budget',
  title: '2026年部门预算',
  total,
  revenue: [{ code: '10304', name: '行政事业性收费收入', amount: '1200000.00' }],
  expenditure: [{ code: '224', name: '灾害防治及应急管理支出', amount: '52000000.00' }],
  threePublicExpenses: {
    total: '400000.00',
    travelAbroad: '0.00',
    vehicles: { total: '300000.00', purchase: '0.00', operation: '300000.00' },
    receptions: '100000.00',
  },
});

const alert = {
  type: 'naturalDisaster',
  event: '暴雨',
  severity: 'orange',
  headline: '发布暴雨橙色预警',
  description: '预计未来24小时将出现大暴雨。',
  instructions: '停止户外集体活动。',
  areas: [{ code: '210900', name: '阜新市' }],
  expiresAt: '2026-07-24T20:00:00+08:00',
};

describe('CSV, CAP and records besides items', () => {
  let server: TestDepartment;
  beforeAll(async () => {
    server = await startDepartment({ now: '2026-07-23T16:00:00+08:00' });
  });
  afterAll(() => server.close());

  it('serves fee schedules as CSV with a BOM, defused formulas and the next page in Link', async () => {
    for (const name of ['不动产登记费', '工本费'])
      expect((await server.request('/v1/admin/fees', { admin: true, json: fee(name) })).status).toBe(201);
    const expired = await server.request('/v1/admin/fees', { admin: true, json: fee('旧收费', '2026-06-30') });
    expect(((await expired.json()) as FeeSchedule).status).toBe('expired');
    const csv = await server.request('/v1/fees?limit=2', { headers: { Accept: 'text/csv' } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('vary')).toContain('Accept');
    expect(csv.headers.get('link')).toMatch(/^<\/v1\/fees\?limit=2&cursor=[^>]+>; rel="next"$/);
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.split('\r\n')[0]).toBe(
      '\uFEFFid,departmentId,code,name,amount,unit,upTo,legalBasis,approvingAuthority,approvalDocumentNumber,collectingBody,divisionCode,divisionName,level,validFrom,validTo,status,publishedAt',
    );
    expect(text).toContain(`"'=HYPERLINK(""x"")"`);
    const next = csv.headers.get('link')!.slice(1, csv.headers.get('link')!.indexOf('>'));
    const rest = await server.request(next, { headers: { Accept: 'text/csv' } });
    expect((await rest.text()).trim().split('\r\n')).toHaveLength(2);
    const json = (await (await server.request('/v1/fees?status=expired')).json()) as { data: FeeSchedule[] };
    expect(json.data.map((f) => f.name)).toEqual(['旧收费']);
    expect((await server.request('/v1/fees', { headers: { Accept: 'image/png' } })).status).toBe(406);
  });

  it('checks a budget’s sums before publishing it, once per year and kind, and serves its lines as CSV', async () => {
    const wrong = await server.request('/v1/admin/budgets', { admin: true, json: budget('1.00') });
    expect(wrong.status).toBe(422);
    expect(await wrong.json()).toMatchObject({ errors: [{ pointer: '/total', message: expect.stringContaining('52000000.00') }] });
    const created = await server.request('/v1/admin/budgets', { admin: true, json: budget() });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    expect(id).toBe(`${department.id}:budget-2026`);
    expect((await server.request('/v1/admin/budgets', { admin: true, json: budget() })).status).toBe(409);
    const lines = await (await server.request(`/v1/budgets/${id}`, { headers: { Accept: 'text/csv' } })).text();
    expect(lines).toContain(`${id},${department.id},2026,budget,expenditure,224,灾害防治及应急管理支出,52000000.00`);
    expect(lines).toContain('threePublicExpenses,,三公经费合计,400000.00');
  });

  it('serves an emergency notice as CAP 1.2, its update as an Update and its withdrawal as a Cancel', async () => {
    const created = await server.request('/v1/admin/alerts', { admin: true, json: alert });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as Alert;
    const cap = await server.request(`/v1/alerts/${id}`, { headers: { Accept: 'application/cap+xml' } });
    expect(cap.headers.get('content-type')).toBe('application/cap+xml; charset=utf-8');
    const xml = await cap.text();
    expect(xml).toContain('<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">');
    expect(xml).toContain('<msgType>Alert</msgType>');
    expect(xml).toContain('<geocode><valueName>GB/T 2260</valueName><value>210900</value></geocode>');
    server.setNow('2026-07-23T18:00:00+08:00');
    const updated = await server.request(`/v1/admin/alerts/${id}`, {
      method: 'PUT',
      admin: true,
      json: { ...alert, severity: 'red', headline: '暴雨预警升级为红色' },
    });
    expect(await updated.json()).toMatchObject({ msgType: 'update', severity: 'red', revision: 2, issuedAt: '2026-07-23T16:00:00+08:00' });
    await server.request(`/v1/admin/alerts/${id}/withdrawal`, { admin: true, json: { reason: '降雨减弱，解除预警。' } });
    expect(await (await server.request(`/v1/alerts/${id}`, { headers: { Accept: 'application/cap+xml' } })).text()).toContain(
      '<msgType>Cancel</msgType>',
    );
    const cancelled = (await (await server.request(`/v1/alerts?status=cancelled&division=210000`)).json()) as { data: Alert[] };
    expect(cancelled.data.map((a) => a.id)).toEqual([id]);
    expect(cancelled.data[0]!.cancellation).toEqual({ withdrawnAt: '2026-07-23T18:00:00+08:00', reason: '降雨减弱，解除预警。' });
    expect(validateSchema('AlertList', cancelled).ok).toBe(true);
    const expired = await server.request('/v1/admin/alerts', { admin: true, json: { ...alert, expiresAt: '2026-07-23T17:00:00+08:00' } });
    expect(expired.status).toBe(422);
    expect(await expired.json()).toMatchObject({ errors: [{ pointer: '/expiresAt' }] });
  });

  it('refuses a taken id or index number with 409 naming the field', async () => {
    const first = await server.request('/v1/admin/items', {
      admin: true,
      json: itemInput({ id: `${department.id}:kept-1`, indexNumber: 'IDX-1' }),
    });
    expect(first.status).toBe(201);
    const sameId = await server.request('/v1/admin/items', { admin: true, json: itemInput({ id: `${department.id}:kept-1` }) });
    expect(sameId.status).toBe(409);
    expect(await sameId.json()).toMatchObject({ errors: [{ pointer: '/id' }] });
    const sameIndex = await server.request('/v1/admin/items', { admin: true, json: itemInput({ indexNumber: 'IDX-1' }) });
    expect(sameIndex.status).toBe(409);
    expect(await sameIndex.json()).toMatchObject({ errors: [{ pointer: '/indexNumber' }] });
    const foreign = await server.request('/v1/admin/items', { admin: true, json: itemInput({ id: 'ln-other:1' }) });
    expect(foreign.status).toBe(422);
  });
});
