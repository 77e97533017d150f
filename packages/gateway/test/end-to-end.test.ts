import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operations, validateSchema, type SchemaName } from '@gongkai/spec';
import { SAMPLE_DEPARTMENT_IDS, startDepartmentServer, type RunningDepartment } from '@gongkai/department-kit';
import { resolveConfig } from '../src/config/config';
import { createGateway, type Gateway } from '../src/server/create-gateway';

// The gateway in front of the real department kit serving the six sample departments.
let departments: RunningDepartment[] = [];
let gateway: Gateway;
let base: string;

beforeAll(async () => {
  departments = await Promise.all(
    SAMPLE_DEPARTMENT_IDS.map((sample) => startDepartmentServer({ sample, port: 0, host: '127.0.0.1', adminTokens: [] })),
  );
  const config = resolveConfig({ departments: departments.map((d) => ({ id: d.department.id, baseUrl: d.url })) }, 'e2e', {
    GONGKAI_CURSOR_SECRET: 'end-to-end-secret-123',
    GONGKAI_RATE_LIMIT_ANONYMOUS_READ: '100000/60',
  });
  gateway = createGateway(config, { logger: pino({ level: 'silent' }) });
  base = `http://127.0.0.1:${(await gateway.listen(0, '127.0.0.1')).port}`;
}, 120_000);

afterAll(async () => {
  await gateway?.close();
  await Promise.all(departments.map((d) => d.close()));
});

async function json<T>(path: string, init?: RequestInit): Promise<{ status: number; body: T; headers: Headers }> {
  const response = await fetch(`${base}${path}`, init);
  return { status: response.status, body: (await response.json()) as T, headers: response.headers };
}

function responseSchema(operationId: string): SchemaName {
  const operation = [...operations.values()].find((op) => op.operationId === operationId)!;
  const ok = (operation.object.responses['200'] ?? operation.object.responses['201']) as {
    content: Record<string, { schema: { $ref: string } }>;
  };
  return ok.content['application/json']!.schema.$ref.replace('#/components/schemas/', '') as SchemaName;
}

function expectValid(operationId: string, body: unknown) {
  const result = validateSchema(responseSchema(operationId), body);
  expect(result.ok ? [] : result.errors.slice(0, 5), operationId).toEqual([]);
}

interface ChangePage {
  data: Array<{ id: string }>;
  links: { next?: string };
}

describe('the gateway in front of the six sample departments', () => {
  it('answers every public list across all departments with data that validates against the contract', async () => {
    const lists: Array<[string, string]> = [
      ['listDepartments', '/v1/departments'],
      ['listItems', '/v1/items?limit=100'],
      ['listFees', '/v1/fees?limit=100'],
      ['listBudgets', '/v1/budgets?limit=100'],
      ['listAlerts', '/v1/alerts?limit=100'],
      ['listFeedback', '/v1/feedback?limit=100'],
      ['listChanges', '/v1/changes?limit=100'],
    ];
    for (const [operationId, path] of lists) {
      const { status, body } = await json<{ data: Array<{ departmentId?: string; id: string }>; meta: { partial?: boolean } }>(path);
      expect(status, path).toBe(200);
      expect(body.meta.partial, path).toBeUndefined();
      expectValid(operationId, body);
      expect(body.data.length, path).toBeGreaterThan(0);
    }
  });

  it('walks all 500+ items across the departments with one cursor, each exactly once, newest first', async () => {
    const ids: string[] = [];
    const published: number[] = [];
    let path: string | undefined = '/v1/items?limit=100';
    while (path) {
      const page: { body: { data: Array<{ id: string; publishedAt: string }>; links: { next?: string } } } = await json(path);
      const body = page.body;
      ids.push(...body.data.map((item) => item.id));
      published.push(...body.data.map((item) => Date.parse(item.publishedAt)));
      path = body.links.next;
    }
    expect(ids.length).toBeGreaterThanOrEqual(300);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids.map((id) => id.split(':')[0])).size).toBe(6);
    expect(published.every((time, index) => index === 0 || published[index - 1]! >= time)).toBe(true);
  });

  it.each([100, 50, 20, 7])('walks the changes feed at limit %i and sees every department’s changes exactly once', async (limit) => {
    const expected: string[] = [];
    for (const department of departments) {
      let path: string | undefined = '/v1/changes?limit=100';
      while (path) {
        const page = (await (await fetch(new URL(path, department.url))).json()) as {
          data: Array<{ id: string }>;
          links: { next?: string };
        };
        expected.push(...page.data.map((change) => change.id));
        path = page.links.next;
      }
    }
    const seen: string[] = [];
    let path: string | undefined = `/v1/changes?limit=${limit}`;
    while (path) {
      const { body }: { body: ChangePage } = await json<ChangePage>(path);
      seen.push(...body.data.map((change) => change.id));
      path = body.links.next;
    }
    expect(expected.length).toBeGreaterThan(300);
    expect([...seen].sort()).toEqual([...expected].sort());
    const one = departments[0]!.department.id;
    const filtered: string[] = [];
    path = `/v1/changes?limit=${limit}&department=${one}`;
    while (path) {
      const { body }: { body: ChangePage } = await json<ChangePage>(path);
      filtered.push(...body.data.map((change) => change.id));
      path = body.links.next;
    }
    expect(filtered).toEqual(expected.filter((id) => id.startsWith(`${one}:`)));
  });

  it('sums the departments’ totals and facets on the first page, matching a walk of every item', async () => {
    const walked: Array<{ category: string; departmentId: string; topics: string[]; division: { code: string }; publishedAt: string }> = [];
    let path: string | undefined = '/v1/items?limit=100';
    while (path) {
      const page: { body: { data: typeof walked; links: { next?: string } } } = await json(path);
      walked.push(...page.body.data);
      path = page.body.links.next;
    }
    const countBy = (values: (item: (typeof walked)[number]) => string[]) => {
      const counts: Record<string, number> = {};
      for (const item of walked) for (const value of values(item)) counts[value] = (counts[value] ?? 0) + 1;
      return counts;
    };
    const { body } = await json<{ meta: { total: number; totalIsEstimate?: boolean; facets: Record<string, Record<string, number>> } }>(
      '/v1/items?limit=3&facets=category,topic,department,division,year',
    );
    expect(body.meta.total).toBe(walked.length);
    expect(body.meta.totalIsEstimate).toBeUndefined();
    expect(body.meta.facets).toEqual({
      category: countBy((item) => [item.category]),
      topic: countBy((item) => item.topics),
      department: countBy((item) => [item.departmentId]),
      division: countBy((item) => [item.division.code]),
      year: countBy((item) => [String(new Date(Date.parse(item.publishedAt) + 8 * 3_600_000).getUTCFullYear())]),
    });
    expectValid('listItems', body);
  });

  it.each([7, 100])('gives bodies with include=body and only the fields asked, walking at limit %i', async (limit) => {
    async function walk(first: string): Promise<Array<Record<string, unknown>>> {
      const records: Array<Record<string, unknown>> = [];
      let path: string | undefined = first;
      while (path) {
        const page: { body: { data: Array<Record<string, unknown>>; links: { next?: string } } } = await json(path);
        records.push(...page.body.data);
        path = page.body.links.next;
      }
      return records;
    }
    const full = await walk(`/v1/items?limit=${limit}&include=body&department=ln-finance,ln-zhangwu`);
    expect(full.length).toBeGreaterThan(20);
    expect(full.every((item) => typeof item['body'] === 'string')).toBe(true);
    const one = full[3]!;
    expect(one['body']).toBe((await json<{ body?: string }>(`/v1/items/${String(one['id'])}`)).body.body);
    const slim = await walk(`/v1/items?limit=${limit}&fields=title,category&department=ln-finance,ln-zhangwu`);
    expect(slim).toEqual(full.map((item) => ({ id: item['id'], title: item['title'], category: item['category'] })));
    const refused = await json<{ errors: Array<{ pointer: string }> }>('/v1/items?fields=title,colour');
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0]!.pointer).toBe('/query/fields');
  });

  it('finds Chinese text in every department at once, and only where it occurs', async () => {
    const { body } = await json<{ data: Array<{ id: string }> }>(`/v1/items?q=${encodeURIComponent('公积金')}&limit=100`);
    expect(body.data.length).toBeGreaterThan(0);
    for (const { id } of body.data) {
      const { body: item } = await json<{ title: string; summary?: string; documentNumber?: string; keywords: string[]; body?: string }>(
        `/v1/items/${encodeURIComponent(id)}`,
      );
      expect([item.title, item.summary, item.documentNumber, ...item.keywords, item.body].join('\n'), id).toContain('公积金');
    }
  });

  it('routes single resources to their department, with their representations', async () => {
    const { body: items } = await json<{ data: Array<{ id: string }> }>('/v1/items?department=ln-zhangwu&limit=1');
    const item = await json<{ id: string; body?: string }>(`/v1/items/${encodeURIComponent(items.data[0]!.id)}`);
    expect(item.status).toBe(200);
    expectValid('getItem', item.body);
    const history = await json(`/v1/items/${encodeURIComponent(items.data[0]!.id)}/history`);
    expectValid('listItemHistory', history.body);

    const { body: alerts } = await json<{ data: Array<{ id: string }> }>('/v1/alerts?limit=1');
    const cap = await fetch(`${base}/v1/alerts/${encodeURIComponent(alerts.data[0]!.id)}`, { headers: { accept: 'application/cap+xml' } });
    expect(cap.headers.get('content-type')).toContain('application/cap+xml');
    expect(await cap.text()).toContain('urn:oasis:names:tc:emergency:cap:1.2');

    const csv = await fetch(`${base}/v1/fees?limit=100`, { headers: { accept: 'text/csv' } });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect((await csv.text()).split('\r\n')[0]).toContain('id,departmentId,code,name,amount');

    const feed = await (await fetch(`${base}/v1/feeds/items?limit=5`)).text();
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(feed.match(new RegExp(`<link href="${base}/v1/items/`, 'g'))).toHaveLength(5);
  });

  it('files a disclosure request through the gateway and lets the applicant track it with the token', async () => {
    const submission = {
      departmentId: 'ln-housing',
      applicant: {
        type: 'naturalPerson',
        name: '王芳',
        identityProof: { kind: 'residentIdCard', number: '210102199203041234' },
        contact: { phone: '13900000000' },
      },
      description: '申请公开2025年省直公租房分配结果。',
      form: 'electronic',
      delivery: 'email',
    };
    const init = {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': 'e2e-request-0001' },
      body: JSON.stringify(submission),
    };
    const filed = await json<{ trackingNumber: string; accessToken: string; replyDueOn: string }>('/v1/requests', init);
    expect(filed.status).toBe(201);
    expectValid('submitRequest', filed.body);
    const replay = await json<{ trackingNumber: string }>('/v1/requests', init);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body.trackingNumber).toBe(filed.body.trackingNumber);

    const path = `/v1/requests/${encodeURIComponent(filed.body.trackingNumber)}`;
    expect((await fetch(`${base}${path}`)).status).toBe(401);
    const tracked = await json<{ status: string; clock: { replyDueOn: string } }>(path, {
      headers: { authorization: `Bearer ${filed.body.accessToken}` },
    });
    expect(tracked.status).toBe(200);
    expectValid('getRequest', tracked.body);
    expect(tracked.body.clock.replyDueOn).toBe(filed.body.replyDueOn);
  });

  it('sums the annual report of every department and keeps it consistent', async () => {
    const { status, body } = await json<{ departments: string[]; consistent: boolean; table3: { total: { newReceived: number } } }>(
      '/v1/reports/annual?year=2025',
    );
    expect(status).toBe(200);
    expectValid('getAnnualReport', body);
    expect(body.departments).toHaveLength(6);
    expect(body.consistent).toBe(true);
    expect(body.table3.total.newReceived).toBeGreaterThan(0);
    const board = await json<{ departments: unknown[] }>('/v1/compliance');
    expectValid('getCompliance', board.body);
    expect(board.body.departments).toHaveLength(6);
  });
});
