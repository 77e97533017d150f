import { afterEach, describe, expect, it } from 'vitest';
import { generatedItems, LoopbackDepartment } from './support/loopback-department';
import { startGateway, type RunningGateway } from './support/start-gateway';

let running: RunningGateway | undefined;
let departments: LoopbackDepartment[] = [];

afterEach(async () => {
  await running?.close();
  await Promise.all(departments.map((d) => d.stop()));
  running = undefined;
  departments = [];
});

async function setUp(sizes: number[]): Promise<void> {
  departments = await Promise.all(
    sizes.map((size, index) =>
      new LoopbackDepartment({ id: `dept-${index}`, items: generatedItems(`dept-${index}`, size, index + 1) }).start(),
    ),
  );
  running = await startGateway(departments);
}

type Meta = { total?: number; totalIsEstimate?: boolean; partial?: boolean };

async function meta(path: string): Promise<Meta> {
  const response = await running!.get(path);
  expect(response.status).toBe(200);
  return ((await response.json()) as { meta: Meta }).meta;
}

describe('meta.total across departments', () => {
  it('sums the departments’ totals on the first page, exact when each is, and leaves them out of later pages', async () => {
    await setUp([12, 0, 30]);
    expect(await meta('/v1/items?limit=5')).toMatchObject({ total: 42 });
    expect((await meta('/v1/items?limit=5')).totalIsEstimate).toBeUndefined();
    expect(await meta('/v1/items?limit=5&department=dept-0,dept-1')).toMatchObject({ total: 12 });
    const first = (await (await running!.get('/v1/items?limit=5')).json()) as { links: { next: string } };
    expect((await meta(first.links.next)).total).toBeUndefined();
  });

  it('flags the sum an estimate when one department’s is, or when a department failed', async () => {
    await setUp([12, 7]);
    departments[1]!.behaviour.estimateTotal = true;
    expect(await meta('/v1/items')).toMatchObject({ total: 19, totalIsEstimate: true });
    departments[1]!.behaviour.estimateTotal = false;
    departments[1]!.behaviour.failWith = 500;
    expect(await meta('/v1/items')).toMatchObject({ total: 12, totalIsEstimate: true, partial: true });
  });

  it.each(['fees', 'budgets', 'alerts', 'feedback'] as const)(
    'sums /v1/%s alike: an estimate when one department’s is, or when a department failed',
    async (collection) => {
      departments = await Promise.all(
        [4, 9].map((size, index) =>
          new LoopbackDepartment({ id: `dept-${index}`, [collection]: generatedItems(`dept-${index}`, size, index + 1) }).start(),
        ),
      );
      running = await startGateway(departments);
      expect(await meta(`/v1/${collection}?limit=3`)).toMatchObject({ total: 13 });
      expect((await meta(`/v1/${collection}`)).totalIsEstimate).toBeUndefined();
      departments[0]!.behaviour.estimateTotal = true;
      expect(await meta(`/v1/${collection}`)).toMatchObject({ total: 13, totalIsEstimate: true });
      departments[0]!.behaviour.estimateTotal = false;
      departments[0]!.behaviour.failWith = 500;
      expect(await meta(`/v1/${collection}`)).toMatchObject({ total: 9, totalIsEstimate: true, partial: true });
    },
  );
});
