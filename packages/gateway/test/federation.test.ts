import { afterEach, describe, expect, it } from 'vitest';
import { generatedItems, LoopbackDepartment, type Record_ } from './support/loopback-department';
import { startGateway, walkPages, type RunningGateway } from './support/start-gateway';

let running: RunningGateway | undefined;
let departments: LoopbackDepartment[] = [];

afterEach(async () => {
  await running?.close();
  await Promise.all(departments.map((d) => d.stop()));
  running = undefined;
  departments = [];
});

async function setUp(sizes: number[], seed: number): Promise<LoopbackDepartment[]> {
  departments = await Promise.all(
    sizes.map((size, index) =>
      new LoopbackDepartment({ id: `dept-${index}`, items: generatedItems(`dept-${index}`, size, seed + index) }).start(),
    ),
  );
  running = await startGateway(departments);
  return departments;
}

/** The order the contract promises: publishedAt descending, ties by id descending. */
function expectedOrder(records: Record_[]): string[] {
  return [...records]
    .sort((a, b) => Date.parse(String(b['publishedAt'])) - Date.parse(String(a['publishedAt'])) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
    .map((r) => r.id);
}

describe('federated lists', () => {
  it.each([
    { sizes: [37, 0, 52], limit: 7, pageCap: 100, seed: 1 },
    { sizes: [20, 20, 20], limit: 20, pageCap: 6, seed: 2 },
    { sizes: [1, 90, 3, 44], limit: 13, pageCap: 9, seed: 3 },
    { sizes: [64], limit: 100, pageCap: 100, seed: 4 },
  ])(
    'walks every page with no item repeated or skipped, in the global order ($sizes by $limit, departments paging by $pageCap)',
    async ({ sizes, limit, pageCap, seed }) => {
      const all = await setUp(sizes, seed);
      for (const department of all) department.behaviour.pageCap = pageCap;
      const pages = await walkPages<Record_>(running!, `/v1/items?limit=${limit}`);
      const ids = pages.flatMap((page) => page.data.map((item) => item.id));
      expect(ids).toEqual(expectedOrder(all.flatMap((d) => d.options.items ?? [])));
      expect(pages.every((page, index) => index === pages.length - 1 || page.data.length === limit)).toBe(true);
    },
  );

  it('keeps paging correctly when a department publishes between pages', async () => {
    const [first] = await setUp([30, 30], 9);
    const page1 = await walkPages<Record_>(running!, '/v1/items?limit=10', 1);
    const seen = new Set(page1[0]!.data.map((item) => item.id));
    // A new item, newest of all: it sorts before the position already handed out.
    first!.options.items!.push({
      id: 'dept-0:2026-999999',
      departmentId: 'dept-0',
      title: '新发布',
      publishedAt: '2026-03-31T12:00:00+08:00',
      category: 'plans',
    });
    const rest = await walkPages<Record_>(running!, page1[0]!.links.next!);
    const later = rest.flatMap((page) => page.data.map((item) => item.id));
    expect(later.filter((id) => seen.has(id))).toEqual([]);
    expect(new Set([...seen, ...later]).size).toBe(60);
  });

  it('asks only the departments named in department= and forwards the filters', async () => {
    const [a, b, c] = await setUp([10, 10, 10], 5);
    const response = await running!.get('/v1/items?department=dept-0,dept-2&category=plans&limit=50');
    const body = (await response.json()) as { data: Record_[]; meta: { departments: string[] } };
    expect(response.status).toBe(200);
    expect(body.meta.departments).toEqual(['dept-0', 'dept-2']);
    expect(body.data.every((item) => item['category'] === 'plans' && item['departmentId'] !== 'dept-1')).toBe(true);
    expect(b!.callsTo('/v1/items')).toBe(0);
    expect(a!.calls.at(-1)).toContain('category=plans');
    expect(a!.calls.at(-1)).not.toContain('department=');
    expect(c!.callsTo('/v1/items')).toBe(1);
  });

  it('answers 400 naming the field for an unknown department filter', async () => {
    await setUp([1], 1);
    const response = await running!.get('/v1/items?department=ln-nowhere');
    const body = (await response.json()) as { errors: Array<{ pointer: string; message: string }> };
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(body.errors[0]).toEqual({ pointer: '/query/department/0', message: 'is not a department of this gateway (known: dept-0)' });
  });

  it('refuses a tampered cursor and a cursor reused with other filters', async () => {
    await setUp([30], 2);
    const [page] = await walkPages<Record_>(running!, '/v1/items?limit=5', 1);
    const next = new URL(page!.links.next!, 'http://x');
    const token = next.searchParams.get('cursor')!;
    const tampered = `${token.slice(0, -2)}${token.endsWith('A') ? 'B' : 'A'}${token.slice(-1)}`;
    const bad = await running!.get(`/v1/items?limit=5&cursor=${encodeURIComponent(tampered)}`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: Array<{ pointer: string }> }).errors[0]!.pointer).toBe('/query/cursor');
    const reused = await running!.get(`/v1/items?limit=5&category=plans&cursor=${encodeURIComponent(token)}`);
    expect(reused.status).toBe(400);
    expect(((await reused.json()) as { detail: string }).detail).toContain('other filters');
  });

  it('routes a single resource by the department prefix of its id, and 404s an unknown department', async () => {
    const [, second] = await setUp([3, 3], 3);
    const id = second!.options.items![1]!.id;
    const response = await running!.get(`/v1/items/${encodeURIComponent(id)}`);
    expect(response.status).toBe(200);
    expect(((await response.json()) as Record_).id).toBe(id);
    expect(second!.callsTo(`/v1/items/${encodeURIComponent(id)}`)).toBe(1);
    const unknown = await running!.get('/v1/items/ln-nowhere:2026-000001');
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { detail: string }).detail).toContain('No department "ln-nowhere"');
  });
});
