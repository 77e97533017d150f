import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DisclosureItem } from '@gongkai/spec';
import { sampleDatasetPath } from '../src/dataset/sample-datasets';
import { startPlatformServer, type RunningPlatform } from '../src/cli/platform-server';
import { itemInput } from './support/fixtures';
import { createTestDatabase, type TestDatabase } from './support/postgres';

const FINANCE_TOKEN = 'finance-staff-token-0123456789';
const HOUSING_TOKEN = 'housing-staff-token-0123456789';

describe('many departments in one deployment (PostgreSQL)', () => {
  let database: TestDatabase;
  let platform: RunningPlatform;
  let base: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    platform = await startPlatformServer({
      database: database.url,
      departments: [
        { id: 'ln-finance', dataset: sampleDatasetPath('ln-finance'), calendars: [], adminTokens: [FINANCE_TOKEN] },
        { id: 'ln-housing', dataset: sampleDatasetPath('ln-housing'), calendars: [], adminTokens: [HOUSING_TOKEN] },
      ],
      port: 0,
      host: '127.0.0.1',
      poolMax: 4,
    });
    base = platform.url;
  }, 60_000);
  afterAll(async () => {
    await platform?.close();
    await database?.drop();
  });

  const get = (path: string, token?: string) => fetch(`${base}${path}`, token ? { headers: { Authorization: `Bearer ${token}` } } : {});
  const createItem = (departmentPath: string, token: string, title: string) =>
    fetch(`${base}${departmentPath}/v1/admin/items`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(itemInput({ title, documentNumber: undefined })),
    });

  it('serves each department under its own base path, with links that keep it', async () => {
    expect(platform.departments.map((d) => d.baseUrl)).toEqual([`${base}/d/ln-finance`, `${base}/d/ln-housing`]);
    for (const id of ['ln-finance', 'ln-housing']) {
      const department = await (await get(`/d/${id}/v1/departments/${id}`)).json();
      expect(department).toMatchObject({ id });
      const page = (await (await get(`/d/${id}/v1/items?limit=5`)).json()) as { data: DisclosureItem[]; links: { next?: string } };
      expect(page.data.length).toBe(5);
      expect(page.data.every((item) => item.departmentId === id)).toBe(true);
      expect(page.links.next).toMatch(new RegExp(`^/d/${id}/v1/items\\?`));
      const second = (await (await get(page.links.next!)).json()) as { data: DisclosureItem[] };
      expect(second.data.every((item) => item.departmentId === id)).toBe(true);
      // Its own reference too, whose link to the contract stays under its base path.
      const docs = await get(`/d/${id}/docs`);
      expect(docs.status).toBe(200);
      const contractLink = /href="([^"]*openapi\.json)"/.exec(await docs.text())![1]!;
      expect((await get(new URL(contractLink, `${base}/d/${id}/docs`).pathname)).status).toBe(200);
      expect(new URL(contractLink, `${base}/d/${id}/docs`).pathname).toBe(`/d/${id}/openapi.json`);
    }
  });

  it("never shows one department's records through another's path", async () => {
    const created = await createItem('/d/ln-finance', FINANCE_TOKEN, '只属于财政厅的测试文件');
    expect(created.status).toBe(201);
    const item = (await created.json()) as DisclosureItem;
    expect(item.id).toMatch(/^ln-finance:/);
    expect((await get(`/d/ln-finance/v1/items/${encodeURIComponent(item.id)}`)).status).toBe(200);
    expect((await get(`/d/ln-housing/v1/items/${encodeURIComponent(item.id)}`)).status).toBe(404);
    const search = async (id: string) =>
      ((await (await get(`/d/${id}/v1/items?q=${encodeURIComponent('只属于财政厅')}`)).json()) as { data: DisclosureItem[] }).data.map(
        (i) => i.id,
      );
    expect(await search('ln-finance')).toEqual([item.id]);
    expect(await search('ln-housing')).toEqual([]);
    const changes = async (id: string) => {
      const ids: string[] = [];
      let next: string | undefined = `/d/${id}/v1/changes?limit=100`;
      while (next) {
        const page = (await (await get(next)).json()) as { data: { resourceId: string; departmentId: string }[]; links: { next?: string } };
        ids.push(...page.data.map((change) => change.resourceId));
        expect(page.data.every((change) => change.departmentId === id)).toBe(true);
        next = page.links.next;
      }
      return ids;
    };
    expect(await changes('ln-finance')).toContain(item.id);
    expect(await changes('ln-housing')).not.toContain(item.id);
  });

  it("accepts each department's staff tokens only on its own path", async () => {
    expect((await createItem('/d/ln-housing', FINANCE_TOKEN, '越权写入')).status).toBe(401);
    expect((await createItem('/d/ln-finance', HOUSING_TOKEN, '越权写入')).status).toBe(401);
    expect((await createItem('/d/ln-housing', HOUSING_TOKEN, '住房厅自己的文件')).status).toBe(201);
    expect((await get('/d/ln-finance/v1/admin/requests', HOUSING_TOKEN)).status).toBe(401);
  });

  it('answers a path of no hosted department with a problem naming the hosted ones', async () => {
    for (const path of ['/v1/items', '/d/ln-nowhere/v1/items', '/d/', '/']) {
      const answer = await get(path);
      expect(answer.status, path).toBe(404);
      expect(answer.headers.get('content-type')).toBe('application/problem+json');
      expect(((await answer.json()) as { detail: string }).detail).toContain('/d/ln-finance');
    }
  });
});
