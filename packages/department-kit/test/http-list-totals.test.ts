import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DisclosureItem } from '@gongkai/spec';
import { createDepartmentApp } from '../src/http/create-department-app';
import { storeKinds } from '../src/store/contract/store-kinds';
import { department, makeItem } from './support/fixtures';

interface ListBody {
  data: DisclosureItem[];
  meta: { total?: number; totalIsEstimate?: boolean; facets?: Record<string, Record<string, number>> };
  links: { next?: string };
}

const CATEGORIES = ['regulations', 'plans', 'statistics'] as const;
const TOPICS = ['housingProvidentFund', 'affordableHousing'];
const DIVISIONS = [
  { code: '210000', name: '辽宁省' },
  { code: '210100', name: '沈阳市' },
];
// The second instant is 1 January 2026 in China but still 31 December 2025 in UTC.
const PUBLISHED = ['2025-12-31T20:00:00+08:00', '2026-01-01T01:00:00+08:00', '2026-03-05T09:00:00+08:00'];

function items(): DisclosureItem[] {
  return Array.from({ length: 31 }, (_, i) =>
    makeItem({
      title: i % 4 === 0 ? `关于特别事项的通知${i}` : `关于预算公开的通知${i}`,
      category: CATEGORIES[i % 3]!,
      topics: i % 5 === 0 ? [...TOPICS] : [TOPICS[i % 2]!],
      division: DIVISIONS[i % 2]!,
      publishedAt: PUBLISHED[i % 3]!,
    }),
  );
}

/** What the facets should count, from the items themselves. */
function countBy(records: readonly DisclosureItem[], values: (item: DisclosureItem) => string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const record of records) for (const value of values(record)) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

const chinaYear = (item: DisclosureItem) => String(new Date(Date.parse(item.publishedAt) + 8 * 3_600_000).getUTCFullYear());

describe.each(storeKinds())('list totals and facets over HTTP ($name store)', (kind) => {
  let base: string;
  let server: Server;
  const stored = items();

  beforeAll(async () => {
    const { store } = await kind.open({ searchCountLimit: 5 });
    for (const item of stored) await store.items.create(item, { action: 'created', at: item.publishedAt });
    const { app } = createDepartmentApp({
      department,
      adminTokens: [],
      log: () => {},
      store,
      now: () => new Date('2026-03-20T09:00:00+08:00'),
    });
    server = await new Promise((resolve) => {
      const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
  });

  async function list(query: string): Promise<ListBody> {
    const response = await fetch(`${base}/v1/items?${query}`);
    expect(response.status, query).toBe(200);
    return (await response.json()) as ListBody;
  }

  it('gives the exact total on the first page without q, and leaves it out of the pages after', async () => {
    const first = await list('limit=4');
    expect(first.meta.total).toBe(31);
    expect(first.meta.totalIsEstimate).toBeUndefined();
    const filtered = await list('limit=4&category=plans&division=210100');
    expect(filtered.meta.total).toBe(stored.filter((item) => item.category === 'plans' && item.division.code.startsWith('2101')).length);
    const second = await fetch(new URL(first.links.next!, base)).then((response) => response.json() as Promise<ListBody>);
    expect(second.meta.total).toBeUndefined();
  });

  it('counts a search exactly under the limit and flags a lower bound past it', async () => {
    const few = await list('q=特别事项&category=regulations');
    const expectedFew = stored.filter((item) => item.title.includes('特别事项') && item.category === 'regulations').length;
    expect(expectedFew).toBeLessThanOrEqual(5);
    expect(few.meta).toMatchObject({ total: expectedFew });
    expect(few.meta.totalIsEstimate).toBeUndefined();
    const many = await list('q=通知');
    expect(many.meta).toMatchObject({ total: 5, totalIsEstimate: true });
  });

  it('counts each facet asked by value, the year in China time', async () => {
    const { meta } = await list('limit=1&facets=category,topic,department,division,year');
    expect(meta.facets).toEqual({
      category: countBy(stored, (item) => [item.category]),
      topic: countBy(stored, (item) => item.topics),
      department: { [department.id]: 31 },
      division: countBy(stored, (item) => [item.division.code]),
      year: countBy(stored, (item) => [chinaYear(item)]),
    });
    expect(meta.facets!['year']).toEqual({ '2025': 11, '2026': 20 });
    const plans = await list('category=plans&facets=year');
    expect(plans.meta.facets).toEqual({
      year: countBy(
        stored.filter((item) => item.category === 'plans'),
        (item) => [chinaYear(item)],
      ),
    });
  });

  it('refuses an unknown facet, naming facets', async () => {
    const response = await fetch(`${base}/v1/items?facets=colour`);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: Array<{ pointer: string }> }).errors[0]!.pointer).toMatch(/^\/query\/facets/);
  });
});
