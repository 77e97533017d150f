import { afterEach, describe, expect, it } from 'vitest';
import { department, makeItem } from './support/fixtures';
import { startDepartment, type TestDepartment } from './support/department-server';

const note = { action: 'created' as const, at: '2026-03-10T09:30:00+08:00' };

describe('every list as CSV on a department', () => {
  let server: TestDepartment | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('answers items as CSV by format=csv (a plain link) and by Accept, formulas defused, the next page in Link', async () => {
    server = await startDepartment();
    for (let n = 0; n < 3; n += 1)
      await server.store.items.create(makeItem({ id: `${department.id}:csv-${n}`, ...(n === 0 ? { title: '@SUM(A1)' } : {}) }), note);
    for (const [path, headers] of [
      ['/v1/items?format=csv&limit=2', {}],
      ['/v1/items?limit=2', { Accept: 'text/csv' }],
    ] as const) {
      const answer = await server.request(path, { headers });
      expect(answer.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      const bytes = Buffer.from(await answer.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const rows = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
      expect(rows[0]).toBe(
        'id,departmentId,indexNumber,title,documentNumber,genre,category,topics,keywords,validity,issuingBody,divisionCode,divisionName,level,writtenOn,publishedAt,updatedAt,revision,status,summary,body,url',
      );
      expect(rows).toHaveLength(3);
      const link = /<([^>]+)>; rel="next"/.exec(answer.headers.get('link') ?? '')?.[1];
      expect(link).toBeDefined();
      const second = Buffer.from(await (await server.request(link!, { headers })).arrayBuffer()).toString('utf8');
      const all = [...rows.slice(1), ...second.slice(1).trimEnd().split('\r\n').slice(1)];
      expect(all).toHaveLength(3);
      expect(all.some((row) => row.includes(`,'@SUM(A1),`))).toBe(true);
    }
  });

  it('takes a JSON page’s cursor for the CSV of the next page: format is not a filter', async () => {
    server = await startDepartment();
    for (let n = 0; n < 3; n += 1) await server.store.items.create(makeItem({ id: `${department.id}:c-${n}` }), note);
    const json = (await (await server.request('/v1/items?limit=1')).json()) as { links: { next: string } };
    const csv = await server.request(`${json.links.next}&format=csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  });

  it('answers alerts and feedback as CSV too, and format=json as JSON whatever Accept says', async () => {
    server = await startDepartment();
    for (const path of ['/v1/alerts', '/v1/feedback']) {
      const csv = await server.request(`${path}?format=csv`);
      expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      const json = await server.request(`${path}?format=json`, { headers: { Accept: 'text/csv' } });
      expect(json.headers.get('content-type')).toBe('application/json; charset=utf-8');
    }
  });

  it('answers 400 naming format for a representation it does not know', async () => {
    server = await startDepartment();
    const answer = await server.request('/v1/items?format=xlsx');
    expect(answer.status).toBe(400);
    expect(JSON.stringify(await answer.json())).toContain('/query/format');
  });
});
