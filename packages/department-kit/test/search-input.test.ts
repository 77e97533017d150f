import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itemInput } from './support/fixtures';
import { startDepartment, type TestDepartment } from './support/department-server';

describe('the q parameter', () => {
  let server: TestDepartment;
  beforeAll(async () => {
    server = await startDepartment();
    for (const title of ['关于"住房公积金"NEAR(管理)的通知', '收费 OR 标准*说明 AND 附件'])
      expect((await server.request('/v1/admin/items', { admin: true, json: itemInput({ title }) })).status).toBe(201);
  });
  afterAll(() => server.close());

  it.each(['a%00b', '%00', '%E5%85%AC%00%E7%A7%AF%E9%87%91', 'a%0Ab', '%1F', '%20%09%20'])(
    'refuses q=%s with a 400 problem naming q',
    async (q) => {
      for (const list of ['/v1/items', '/v1/fees']) {
        const response = await server.request(`${list}?q=${q}`);
        expect(response.status).toBe(400);
        expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
        const body = (await response.json()) as { errors?: Array<{ pointer: string }> };
        expect(body.errors?.map((error) => error.pointer)).toContain('/query/q');
      }
    },
  );

  // A quote with nothing inside asks for nothing: refused like a q of only whitespace.
  it.each(['"', '""'])('refuses q=%s, which asks for nothing (400 naming q)', async (q) => {
    const response = await server.request(`/v1/items?q=${encodeURIComponent(q)}`);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: Array<{ pointer: string }> }).errors[0]?.pointer).toBe('/query/q');
  });

  it.each(['"住房', 'NEAR(管理', 'OR', 'AND', '*', '标准*', '^收费', '(', ')', ':', '公积金"NEAR', 'a:b', '{x}'])(
    'reads FTS5 syntax in q=%s as text, never as a query',
    async (q) => {
      const response = await server.request(`/v1/items?q=${encodeURIComponent(q)}`);
      expect(response.status).toBe(200);
    },
  );

  it('finds text that looks like FTS5 syntax, literally', async () => {
    const found = async (q: string) =>
      ((await (await server.request(`/v1/items?q=${encodeURIComponent(q)}`)).json()) as { data: Array<{ title: string }> }).data.map(
        (item) => item.title,
      );
    expect(await found('"住房公积金"near')).toEqual(['关于"住房公积金"NEAR(管理)的通知']);
    expect(await found('标准*说明')).toEqual(['收费 OR 标准*说明 AND 附件']);
    expect(await found('or')).toEqual(['收费 OR 标准*说明 AND 附件']);
  });
});
