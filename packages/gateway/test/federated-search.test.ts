import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DisclosureItem } from '@gongkai/spec';
import { SAMPLE_DEPARTMENT_IDS, startDepartmentServer, type RunningDepartment } from '@gongkai/department-kit';
import { resolveConfig } from '../src/config/config';
import { createGateway, type Gateway } from '../src/server/create-gateway';

// Search through the gateway in front of the real department kit serving the six sample departments.
let departments: RunningDepartment[] = [];
let gateway: Gateway;
let base: string;

beforeAll(async () => {
  departments = await Promise.all(
    SAMPLE_DEPARTMENT_IDS.map((sample) => startDepartmentServer({ sample, port: 0, host: '127.0.0.1', adminTokens: [] })),
  );
  const config = resolveConfig({ departments: departments.map((d) => ({ id: d.department.id, baseUrl: d.url })) }, 'search', {
    GONGKAI_CURSOR_SECRET: 'federated-search-secret-123',
    GONGKAI_RATE_LIMIT_ANONYMOUS_READ: '100000/60',
  });
  gateway = createGateway(config, { logger: pino({ level: 'silent' }) });
  base = `http://127.0.0.1:${(await gateway.listen(0, '127.0.0.1')).port}`;
}, 120_000);

afterAll(async () => {
  await gateway?.close();
  await Promise.all(departments.map((d) => d.close()));
});

async function walk(origin: string, path: string): Promise<DisclosureItem[]> {
  const found: DisclosureItem[] = [];
  let next: string | undefined = path;
  while (next) {
    const response = await fetch(new URL(next, origin));
    expect(response.status, next).toBe(200);
    const page = (await response.json()) as { data: DisclosureItem[]; links: { next?: string }; meta: { partial?: boolean } };
    expect(page.meta.partial).toBeUndefined();
    found.push(...page.data);
    next = page.links.next;
  }
  return found;
}

const Q = encodeURIComponent('预算 OR 公积金 -"征收"');

describe('federated search', () => {
  it('merges the departments by relevance, exactly as one list would rank them, at every page size', async () => {
    const own = (await Promise.all(departments.map((d) => walk(d.url, `/v1/items?q=${Q}&sort=-relevance&limit=100`)))).flat();
    const ranked = [...own].sort((a, b) => b.relevance! - a.relevance! || (a.id < b.id ? 1 : -1)).map((item) => item.id);
    expect(ranked.length).toBeGreaterThan(10);
    expect(new Set(own.map((item) => item.departmentId)).size).toBeGreaterThan(1);
    for (const limit of [3, 7, 50]) {
      const merged = await walk(base, `/v1/items?q=${Q}&sort=-relevance&limit=${limit}`);
      expect(
        merged.map((item) => item.id),
        `limit ${limit}`,
      ).toEqual(ranked);
    }
  });

  it('passes each department’s snippet through', async () => {
    const items = await walk(base, `/v1/items?q=${Q}&limit=20`);
    const withSnippet = items.filter((item) => item.snippet);
    expect(withSnippet.length).toBeGreaterThan(0);
    for (const { snippet } of withSnippet) {
      const marked = snippet!.highlights.map(({ start, end }) => [...snippet!.text].slice(start, end).join(''));
      for (const text of marked)
        expect(
          ['预算', '公积金'].some((phrase) => text.includes(phrase)),
          text,
        ).toBe(true);
    }
  });
});
