import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DisclosureItem, FederationFailure } from '@gongkai/spec';
import { createClient, isPartialResultError, type GongkaiClient, type ItemsQuery } from '@gongkai/client';
import { startSampleGateway, type SampleGateway } from '../../../examples/test-support/sample-gateway';
import { startFaultProxy, type FaultProxy } from './support/fault-proxy';

// Walks through a real gateway in front of the six sample departments; ln-housing is reached
// through a proxy that fails the requests a test asks it to. What each department holds is read
// from the department itself, with the same client: the truth the federated walk must match.

let sample: SampleGateway;
let housing: FaultProxy;
let client: GongkaiClient;

beforeAll(async () => {
  sample = await startSampleGateway({
    route: async (department) => {
      if (department.department.id !== 'ln-housing') return department.url;
      housing = await startFaultProxy(department.url);
      return housing.url;
    },
  });
  client = createClient({ baseUrl: sample.base });
}, 120_000);

afterAll(async () => {
  await sample?.close();
  await housing?.close();
});

async function collect<T>(walk: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const record of walk) all.push(record);
  return all;
}

/** Every item of the query, asked of each department directly. */
async function itemsOfEveryDepartment(query: ItemsQuery): Promise<string[]> {
  const ids = await Promise.all(
    sample.departments.map(async (department) => {
      const direct = createClient({ baseUrl: department.url });
      return (await collect(direct.items.iterate({ ...query, limit: 100 }))).map((item) => item.id);
    }),
  );
  return ids.flat().sort();
}

function expectNewestFirst(items: readonly DisclosureItem[]) {
  for (let i = 1; i < items.length; i++) {
    const [a, b] = [items[i - 1]!, items[i]!];
    const order = Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || (b.id < a.id ? -1 : b.id > a.id ? 1 : 0);
    expect(order, `${a.id} before ${b.id}`).toBeLessThanOrEqual(0);
  }
}

describe('items.iterate', () => {
  it.each([1, 7, 20, 100])('walks every item of every department once, newest first, %i per page', async (limit) => {
    const truth = await itemsOfEveryDepartment({ q: '预算' });
    expect(truth.length).toBeGreaterThan(20);
    const walked = await collect(client.items.iterate({ q: '预算', limit }));
    expect(walked.map((item) => item.id).sort()).toEqual(truth);
    expectNewestFirst(walked);
  });

  it('resumes from the cursor of a page', async () => {
    const first = await client.items.list({ category: 'budgetsAndFinalAccounts', limit: 4 });
    const cursor = new URL(first.links.next!, sample.base).searchParams.get('cursor')!;
    const rest = await collect(client.items.iterate({ category: 'budgetsAndFinalAccounts', limit: 4, cursor }));
    const all = await collect(client.items.iterate({ category: 'budgetsAndFinalAccounts', limit: 50 }));
    expect([...first.data, ...rest].map((item) => item.id)).toEqual(all.map((item) => item.id));
  });

  it('tells onPartial of a department that failed, and still ends with every item (the next page retries it)', async () => {
    const truth = await itemsOfEveryDepartment({ q: '公积金' });
    housing.fail(1, { mode: 'refuse', status: 500, match: /^\/v1\/items\?/ });
    const told: FederationFailure[][] = [];
    const walked = await collect(client.items.iterate({ q: '公积金', limit: 3 }, { onPartial: (failures) => told.push([...failures]) }));
    expect(told).toHaveLength(1);
    expect(told[0]).toEqual([expect.objectContaining({ department: 'ln-housing', status: 502 })]);
    expect(walked.map((item) => item.id).sort()).toEqual(truth);
  });

  it("refuses a partial page with partial: 'error', and hands out nothing of it", async () => {
    const firstPage = (await client.items.list({ q: '住房', limit: 6 })).data;
    expect(firstPage.some((item) => item.departmentId === 'ln-housing')).toBe(true);
    housing.fail(1, { mode: 'refuse', status: 500, match: /^\/v1\/items\?/ });
    const walked: DisclosureItem[] = [];
    // The first page is the one just fetched, now in the gateway's cache; the fault hits the second.
    const error = await (async () => {
      for await (const item of client.items.iterate({ q: '住房', limit: 6 }, { partial: 'error' })) walked.push(item);
    })().catch((caught: unknown) => caught);
    expect(isPartialResultError(error) && error.failures.map((f) => f.department)).toEqual(['ln-housing']);
    expect(walked.map((item) => item.id)).toEqual(firstPage.map((item) => item.id));
  });
});

describe('the other lists', () => {
  it('walks fees, budgets, alerts, feedback and an item history page by page', async () => {
    const pairs = [
      [await collect(client.fees.iterate({ limit: 2 })), (await client.fees.list({ limit: 100 })).data],
      [await collect(client.budgets.iterate({ limit: 3 })), (await client.budgets.list({ limit: 100 })).data],
      [await collect(client.alerts.iterate({ limit: 2 })), (await client.alerts.list({ limit: 100 })).data],
      [await collect(client.feedback.iterate({ limit: 5 })), (await client.feedback.list({ limit: 100 })).data],
    ] as const;
    for (const [walked, onePage] of pairs) {
      expect(walked.length).toBeGreaterThan(2);
      expect(walked.map((record) => record.id)).toEqual(onePage.map((record) => record.id));
    }
    const [item] = (await client.items.list({ limit: 1 })).data;
    const revisions = await collect(client.items.iterateHistory(item!.id, { limit: 1 }));
    expect(revisions.map((revision) => revision.revision)).toEqual((await client.items.history(item!.id)).data.map((r) => r.revision));
  });
});

describe('a department that keeps failing', () => {
  let failing: SampleGateway;
  let proxy: FaultProxy;

  beforeAll(async () => {
    failing = await startSampleGateway({
      route: async (department) => {
        if (department.department.id !== 'ln-finance') return department.url;
        proxy = await startFaultProxy(department.url);
        proxy.fail(1000, { mode: 'refuse', status: 500 });
        return proxy.url;
      },
    });
  }, 120_000);

  afterAll(async () => {
    await failing?.close();
    await proxy?.close();
  });

  it('ends the walk with a PartialResultError naming it, after every other department', async () => {
    const walked: DisclosureItem[] = [];
    const error = await (async () => {
      for await (const item of createClient({ baseUrl: failing.base }).items.iterate({ q: '预算', limit: 20 })) walked.push(item);
    })().catch((caught: unknown) => caught);
    expect(isPartialResultError(error) && error.failures.map((f) => f.department)).toEqual(['ln-finance']);
    const others = (await itemsOfEveryDepartment({ q: '预算' })).filter((id) => !id.startsWith('ln-finance:'));
    expect(walked.map((item) => item.id).sort()).toEqual(others);
  });
});
