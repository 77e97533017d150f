import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_DEPARTMENT_IDS, startDepartmentServer, type RunningDepartment } from '@gongkai/department-kit';
import { createGateway, resolveConfig, type Gateway } from '@gongkai/gateway';
import { searchItems } from './search-items';

let departments: RunningDepartment[] = [];
let gateway: Gateway;
let base: string;

beforeAll(async () => {
  departments = await Promise.all(SAMPLE_DEPARTMENT_IDS.map((sample) => startDepartmentServer({ sample, port: 0, host: '127.0.0.1', adminTokens: [] })));
  gateway = createGateway(resolveConfig({ departments: departments.map((d) => ({ id: d.department.id, baseUrl: d.url })) }, 'example', { GONGKAI_CURSOR_SECRET: 'example-secret-123456' }), { logger: pino({ level: 'silent' }) });
  base = `http://127.0.0.1:${(await gateway.listen(0, '127.0.0.1')).port}`;
}, 120_000);

afterAll(async () => {
  await gateway?.close();
  await Promise.all(departments.map((d) => d.close()));
});

describe('examples/node-client/search-items.ts', () => {
  it('finds every item about 预算 across the departments, each once', async () => {
    const items = [];
    for await (const item of searchItems(base, { q: '预算', limit: '7' })) items.push(item);
    expect(items.length).toBeGreaterThan(7);
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
    expect(new Set(items.map((item) => item.departmentId)).size).toBeGreaterThan(1);
  });

  it('turns a problem answer into an error that says what was wrong', async () => {
    const walk = searchItems(base, { category: 'secrets' });
    await expect(walk.next()).rejects.toThrow('The request has invalid fields: /query/category: must be one of');
  });
});
