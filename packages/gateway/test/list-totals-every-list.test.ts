import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningDepartment } from '@gongkai/department-kit';
import { startSampleGateway, type SampleGateway } from '../../../examples/test-support/sample-gateway';

// The gateway's meta.total on every list, in front of the real department kit serving the sample departments.
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

interface ListBody {
  data: { id: string }[];
  meta: { total?: number; totalIsEstimate?: boolean; partial?: boolean };
  links: { next?: string };
}

async function page(origin: string, path: string): Promise<ListBody> {
  const response = await fetch(new URL(path, origin));
  expect(response.status, path).toBe(200);
  return (await response.json()) as ListBody;
}

describe.each(['/v1/fees', '/v1/budgets', '/v1/alerts', '/v1/feedback', '/v1/fees?status=active', '/v1/budgets?kind=budget'])(
  'meta.total of %s through the gateway',
  (list) => {
    const withLimit = (limit: number) => `${list}${list.includes('?') ? '&' : '?'}limit=${limit}`;

    it('is the sum of the departments’ own, exact, and as many as a walk at any page size sees', async () => {
      const own = await Promise.all(departments.map((d) => page(d.url, withLimit(1))));
      expect(own.every((answer) => Number.isSafeInteger(answer.meta.total))).toBe(true);
      const sum = own.reduce((total, answer) => total + answer.meta.total!, 0);
      expect(sum, 'the sample departments hold some').toBeGreaterThan(2);
      for (const limit of [2, 7, 100]) {
        const first = await page(base, withLimit(limit));
        expect(first.meta.total, `limit ${limit}`).toBe(sum);
        expect(first.meta.totalIsEstimate).toBeUndefined();
        let seen = first.data.length;
        let next = first.links.next;
        while (next) {
          const later = await page(base, next);
          expect(later.meta.total).toBeUndefined();
          seen += later.data.length;
          next = later.links.next;
        }
        expect(seen, `limit ${limit}`).toBe(sum);
      }
    });

    it('counts only the departments asked', async () => {
      const [one] = departments;
      const own = await page(one!.url, list);
      expect((await page(base, `${list}${list.includes('?') ? '&' : '?'}department=${one!.department.id}`)).meta.total).toBe(
        own.meta.total,
      );
    });
  },
);

describe.each([
  ['/v1/fees', 'name,status'],
  ['/v1/budgets', 'year,kind'],
  ['/v1/alerts', 'severity'],
  ['/v1/feedback', 'subject'],
])('fields= on %s through the gateway', (list, fields) => {
  it('gives only those fields and id, on every page, as many records as the total', async () => {
    const names = ['id', ...fields.split(',')].sort();
    let next: string | undefined = `${list}?fields=${fields}&limit=3`;
    const first = await page(base, next);
    let seen = 0;
    let answer = first;
    for (;;) {
      for (const record of answer.data) expect(Object.keys(record).sort()).toEqual(names);
      seen += answer.data.length;
      next = answer.links.next;
      if (!next) break;
      answer = await page(base, next);
    }
    expect(seen).toBe(first.meta.total);
    const refused = await fetch(`${base}${list}?fields=colour`);
    expect(refused.status).toBe(400);
  });
});
