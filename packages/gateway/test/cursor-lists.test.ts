import { afterEach, describe, expect, it } from 'vitest';
import { generatedItems, LoopbackDepartment } from './support/loopback-department';
import { startGateway, walkPages, type RunningGateway } from './support/start-gateway';

let running: RunningGateway | undefined;
let departments: LoopbackDepartment[] = [];

afterEach(async () => {
  await running?.close();
  await Promise.all(departments.map((d) => d.stop()));
  running = undefined;
  departments = [];
});

describe('a federated cursor belongs to its list', () => {
  it('refuses the fees’ cursor on the items (400 naming cursor), and walks each list with its own', async () => {
    departments = await Promise.all(
      ['ln-a', 'ln-b'].map((id, i) =>
        new LoopbackDepartment({ id, items: generatedItems(id, 4, i + 1), fees: generatedItems(id, 4, i + 7) }).start(),
      ),
    );
    running = await startGateway(departments);
    const fees = (await (await running.get('/v1/fees?limit=2')).json()) as { links: { next?: string } };
    const cursor = new URL(fees.links.next!, running.url).searchParams.get('cursor')!;
    for (const other of ['/v1/items', '/v1/budgets', '/v1/alerts']) {
      const response = await running.get(`${other}?limit=2&cursor=${encodeURIComponent(cursor)}`);
      expect(response.status, other).toBe(400);
      expect(((await response.json()) as { errors: Array<{ pointer: string }> }).errors.map((e) => e.pointer)).toEqual(['/query/cursor']);
    }
    for (const limit of [1, 3, 5]) {
      for (const list of ['/v1/items', '/v1/fees']) {
        const pages = await walkPages<{ id: string }>(running, `${list}?limit=${limit}`);
        expect(new Set(pages.flatMap((page) => page.data.map((record) => record.id))).size).toBe(8);
      }
    }
  });
});
