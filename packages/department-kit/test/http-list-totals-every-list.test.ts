import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDepartmentApp } from '../src/http/create-department-app';
import { storeKinds } from '../src/store/contract/store-kinds';
import { department } from './support/fixtures';

const ADMIN = 'staff-token-totals-0123456789';

interface ListBody {
  data: { id: string }[];
  meta: { total?: number; totalIsEstimate?: boolean };
  links: { next?: string };
}

const fee = (name: string, validTo?: string) => ({
  name,
  standard: { amount: '80.00', unit: '元/件' },
  legalBasis: ['《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）'],
  collectingBody: '彰武县不动产登记中心',
  approvingAuthority: '国家发展改革委、财政部',
  division: { code: '210922', name: '彰武县' },
  level: 'county',
  validFrom: '2025-01-01',
  ...(validTo ? { validTo } : {}),
});

const budget = (year: number, kind: 'budget' | 'finalAccount') => ({
  year,
  kind,
  title: `${year}年部门${kind === 'budget' ? '预算' : '决算'}`,
  total: '1000.00',
  revenue: [{ code: '10304', name: '行政事业性收费收入', amount: '1000.00' }],
  expenditure: [{ code: '224', name: '灾害防治及应急管理支出', amount: '1000.00' }],
  threePublicExpenses: {
    total: '0.00',
    travelAbroad: '0.00',
    vehicles: { total: '0.00', purchase: '0.00', operation: '0.00' },
    receptions: '0.00',
  },
});

const alert = (severity: string) => ({
  type: 'naturalDisaster',
  event: '暴雨',
  severity,
  headline: `发布暴雨${severity}预警`,
  description: '预计未来24小时将出现大暴雨。',
  instructions: '停止户外集体活动。',
  areas: [{ code: '210900', name: '阜新市' }],
  expiresAt: '2026-07-24T20:00:00+08:00',
});

const feedback = (kind: string, n: number) => ({
  departmentId: department.id,
  kind,
  subject: `关于物业漏水的反映${n}`,
  content: '物业公司长期不处理漏水。',
  submitter: { realName: true, name: '李雷', phone: '13800001111' },
  publishConsent: true,
});

// A search counts at most 2 here (the stores' SEARCH_COUNT_LIMIT, made small): past it, "2 or more".
describe.each(storeKinds())('meta.total on fees, budgets, alerts and feedback ($name store)', (kind) => {
  let base: string;
  let server: Server;

  async function send(path: string, json: unknown, admin = true): Promise<Response> {
    return fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(admin ? { Authorization: `Bearer ${ADMIN}` } : {}) },
      body: JSON.stringify(json),
    });
  }

  async function list(path: string, admin = false): Promise<ListBody> {
    const response = await fetch(new URL(path, base), admin ? { headers: { Authorization: `Bearer ${ADMIN}` } } : {});
    expect(response.status, path).toBe(200);
    return (await response.json()) as ListBody;
  }

  beforeAll(async () => {
    const { store } = await kind.open({ searchCountLimit: 2 });
    const { app } = createDepartmentApp({
      department,
      adminTokens: [ADMIN],
      log: () => {},
      store,
      now: () => new Date('2026-07-23T16:00:00+08:00'),
    });
    server = await new Promise((resolve) => {
      const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const created = [
      ...['不动产登记收费', '工本收费', '证书收费'].map((name) => send('/v1/admin/fees', fee(name))),
      send('/v1/admin/fees', fee('旧登记费', '2026-06-30')),
      send('/v1/admin/fees', fee('查询费')),
      ...[2023, 2024, 2025].flatMap((year) => [
        send('/v1/admin/budgets', budget(year, 'budget')),
        send('/v1/admin/budgets', budget(year, 'finalAccount')),
      ]),
      ...['blue', 'orange', 'orange', 'red'].map((severity) => send('/v1/admin/alerts', alert(severity))),
    ];
    for (const answer of await Promise.all(created)) expect(answer.status).toBe(201);
    // Five submissions; three of them answered and published.
    for (let n = 0; n < 5; n++) {
      const submitted = await send('/v1/feedback', feedback(n % 2 ? 'suggestion' : 'complaint', n), false);
      expect(submitted.status).toBe(201);
      const { feedbackId } = (await submitted.json()) as { feedbackId: string };
      if (n < 3) {
        const reply = { content: '已转物业科处理。', repliedBy: '住房保障处', publish: true };
        expect((await send(`/v1/admin/feedback/${feedbackId}/reply`, reply)).status).toBe(200);
      }
    }
  });
  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
  });

  it.each([
    ['/v1/fees', 5],
    ['/v1/fees?status=expired', 1],
    ['/v1/fees?status=active&level=county', 4],
    ['/v1/budgets', 6],
    ['/v1/budgets?kind=finalAccount', 3],
    ['/v1/budgets?year=2024&kind=budget', 1],
    ['/v1/alerts', 4],
    ['/v1/alerts?severity=orange', 2],
    ['/v1/alerts?status=cancelled', 0],
    ['/v1/feedback', 3],
    ['/v1/feedback?kind=suggestion', 1],
    ['/v1/fees?department=ln-other', 0],
    ['/v1/feedback?department=ln-other', 0],
  ])('%s counts %i exactly on the first page, at several page sizes, and not on the pages after', async (path, expected) => {
    for (const limit of [1, 2, 50]) {
      const first = await list(`${path}${path.includes('?') ? '&' : '?'}limit=${limit}`);
      expect(first.meta.total, `${path} limit=${limit}`).toBe(expected);
      expect(first.meta.totalIsEstimate).toBeUndefined();
      // Walking the list sees as many records as the total says.
      let seen = first.data.length;
      let next = first.links.next;
      while (next) {
        const page = await list(next);
        expect(page.meta.total).toBeUndefined();
        seen += page.data.length;
        next = page.links.next;
      }
      expect(seen).toBe(expected);
    }
  });

  it('counts the department’s own feedback list, unpublished included', async () => {
    expect((await list('/v1/admin/feedback?limit=2', true)).meta.total).toBe(5);
    expect((await list('/v1/admin/feedback?kind=complaint', true)).meta.total).toBe(3);
  });

  it('counts a fee search exactly under the limit and flags a lower bound past it', async () => {
    // Every fee's legal basis names 收费 and 登记; only one fee each is named 工本 or 证书.
    expect((await list('/v1/fees?q=工本')).meta).toEqual({ total: 1 });
    expect((await list(`/v1/fees?q=${encodeURIComponent('工本 OR 证书')}`)).meta).toEqual({ total: 2 });
    expect((await list('/v1/fees?q=收费')).meta).toEqual({ total: 2, totalIsEstimate: true });
    expect((await list(`/v1/fees?q=${encodeURIComponent('登记 -工本')}`)).meta).toEqual({ total: 2, totalIsEstimate: true });
  });

  it.each([
    ['/v1/fees', 'name,status', 5],
    ['/v1/budgets', 'year,kind', 6],
    ['/v1/alerts', 'severity,status', 4],
    ['/v1/feedback', 'subject', 3],
  ])('%s?fields=%s gives only those fields and id, on every page', async (path, fields, count) => {
    const names = ['id', ...fields.split(',')].sort();
    const seen: string[] = [];
    let next: string | undefined = `${path}?fields=${fields}&limit=2`;
    while (next) {
      const page = await list(next);
      for (const record of page.data) expect(Object.keys(record).sort()).toEqual(names);
      seen.push(...page.data.map((record) => record.id));
      next = page.links.next;
    }
    expect(new Set(seen).size).toBe(count);
  });

  it.each(['/v1/fees', '/v1/budgets', '/v1/alerts', '/v1/feedback'])(
    '%s refuses a field its records do not have (400 naming fields)',
    async (path) => {
      const response = await fetch(`${base}${path}?fields=name,colour`);
      expect(response.status).toBe(400);
      const problem = (await response.json()) as { errors: { pointer: string; message: string }[] };
      expect(problem.errors[0]).toMatchObject({ pointer: '/query/fields', message: expect.stringContaining('colour') });
    },
  );
});
