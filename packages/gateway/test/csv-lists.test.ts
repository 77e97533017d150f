import { afterEach, describe, expect, it } from 'vitest';
import { kitDepartment, type KitDepartment } from './support/kit-department';
import { startGateway, type RunningGateway } from './support/start-gateway';

describe('every list as CSV through the gateway', () => {
  let departments: KitDepartment[] = [];
  let gateway: RunningGateway | undefined;

  afterEach(async () => {
    await gateway?.close();
    gateway = undefined;
    await Promise.all(departments.map((department) => department.close()));
    departments = [];
  });

  it.each(['/v1/items', '/v1/alerts', '/v1/feedback', '/v1/fees', '/v1/budgets'])(
    'answers %s?format=csv as CSV with a BOM and a header row, and format=json as JSON whatever Accept says',
    async (path) => {
      departments = await Promise.all([kitDepartment('ln-a', 3, 500), kitDepartment('ln-b', 2, 500)]);
      gateway = await startGateway(departments.map((department) => ({ options: { id: department.id }, url: department.url }) as never));
      const csv = await gateway.get(`${path}?format=csv`);
      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      // fetch's text() drops a BOM: look at the bytes.
      expect([...Buffer.from(await csv.arrayBuffer()).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const json = await gateway.get(`${path}?format=json`, { headers: { Accept: 'text/csv' } });
      expect(json.headers.get('content-type')).toBe('application/json; charset=utf-8');
    },
  );

  it('federates the items of every department as CSV rows, the next page in Link with format kept', async () => {
    departments = await Promise.all([kitDepartment('ln-a', 3, 500), kitDepartment('ln-b', 2, 500)]);
    gateway = await startGateway(departments.map((department) => ({ options: { id: department.id }, url: department.url }) as never));
    const first = await gateway.get('/v1/items?format=csv&limit=4');
    const rows = (await first.text()).trimEnd().split('\r\n');
    expect(rows[0]).toMatch(/^id,departmentId,indexNumber,title,/);
    expect(rows).toHaveLength(5);
    const next = /<([^>]+)>; rel="next"/.exec(first.headers.get('link') ?? '')?.[1];
    expect(next).toContain('format=csv');
    const second = (await (await gateway.get(next!)).text()).trimEnd().split('\r\n');
    expect(second).toHaveLength(2);
    const ids = [...rows.slice(1), ...second.slice(1)].map((row) => row.split(',')[0]);
    expect(new Set(ids).size).toBe(5);
  });
});
