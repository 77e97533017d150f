import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DisclosureItem } from '@gongkai/spec';
import type { RunningDepartment } from '@gongkai/department-kit';
import { startSampleGateway, type SampleGateway } from '../../../examples/test-support/sample-gateway';

// Search through the gateway in front of the real department kit serving the six sample departments.
let sample: SampleGateway;
let departments: readonly RunningDepartment[] = [];
let base: string;

beforeAll(async () => {
  sample = await startSampleGateway({ env: { GONGKAI_RATE_LIMIT_ANONYMOUS_READ: '100000/60' } });
  ({ departments, base } = sample);
}, 120_000);

afterAll(async () => {
  await sample?.close();
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
