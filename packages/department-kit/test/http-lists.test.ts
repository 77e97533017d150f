import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDepartment, type TestDepartment } from './support/department-server';

describe('every list over HTTP', () => {
  let server: TestDepartment;
  beforeAll(async () => {
    server = await startDepartment({ now: '2026-03-20T09:00:00+08:00' });
  });
  afterAll(() => server.close());

  it.each(['/v1/items', '/v1/fees'])('refuses a search for nothing but whitespace on %s (400 naming q)', async (list) => {
    const response = await server.request(`${list}?q=%20%20`);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      errors: [{ pointer: '/query/q', message: expect.stringContaining('other than whitespace') }],
    });
  });

  it('refuses a cursor of one list on another (400 naming cursor), and walks its own at several page sizes', async () => {
    for (let n = 0; n < 5; n++) {
      const created = await server.request('/v1/admin/fees', {
        admin: true,
        json: {
          name: `游标测试收费${n}`,
          standard: { amount: '80.00', unit: '元/件' },
          legalBasis: ['《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）'],
          collectingBody: '彰武县不动产登记中心',
          approvingAuthority: '国家发展改革委、财政部',
          division: { code: '210922', name: '彰武县' },
          level: 'county',
          validFrom: '2025-01-01',
        },
      });
      expect(created.status).toBe(201);
    }
    const page = (await (await server.request('/v1/fees?limit=1')).json()) as { links: { next?: string } };
    const feesCursor = new URL(page.links.next!, 'http://department.invalid').searchParams.get('cursor')!;
    // Budgets, alerts and feedback take the same (no) filters as fees: only the list tells them apart.
    for (const other of ['/v1/budgets', '/v1/alerts', '/v1/feedback', '/v1/items']) {
      const response = await server.request(`${other}?cursor=${feesCursor}`);
      expect(response.status, other).toBe(400);
      expect(((await response.json()) as { errors: Array<{ pointer: string }> }).errors.map((e) => e.pointer)).toEqual(['/query/cursor']);
    }
    for (const limit of [1, 2, 3]) {
      const seen: string[] = [];
      let next: string | undefined = `/v1/fees?limit=${limit}`;
      while (next) {
        const answer = (await (await server.request(next)).json()) as { data: Array<{ id: string }>; links: { next?: string } };
        seen.push(...answer.data.map((fee) => fee.id));
        next = answer.links.next;
      }
      expect(new Set(seen).size).toBe(5);
    }
  });
});
