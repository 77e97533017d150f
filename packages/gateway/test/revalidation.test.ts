import { afterEach, describe, expect, it } from 'vitest';
import { LoopbackDepartment, generatedItems } from './support/loopback-department';
import { startGateway, type RunningGateway } from './support/start-gateway';

let running: RunningGateway | undefined;
let department: LoopbackDepartment | undefined;

afterEach(async () => {
  await running?.close();
  await department?.stop();
});

describe('revalidating department pages', () => {
  it('keeps a page asked again, asks with its ETag from then on, and reuses the page on 304', async () => {
    department = await new LoopbackDepartment({ id: 'ln-a', items: generatedItems('ln-a', 6, 1) }).start();
    running = await startGateway([department], { cache: { ttlMs: 0, staleWhileRevalidateMs: 0, staleIfErrorMs: 0 } });
    const first = await (await running.get('/v1/items?limit=3')).text();
    // Asked once, the page was not kept: the second ask gets the whole page again, and keeps it.
    const second = await (await running.get('/v1/items?limit=3')).text();
    expect(department.notModified).toBe(0);
    const third = await (await running.get('/v1/items?limit=3')).text();
    expect(second).toBe(first);
    expect(third).toBe(first);
    expect(department.callsTo('/v1/items')).toBe(3);
    expect(department.notModified).toBe(1);
  });

  it('does not keep pages asked once: a walk of distinct searches is never revalidated', async () => {
    department = await new LoopbackDepartment({ id: 'ln-a', items: generatedItems('ln-a', 6, 1) }).start();
    running = await startGateway([department], { cache: { ttlMs: 0, staleWhileRevalidateMs: 0, staleIfErrorMs: 0 } });
    for (let i = 0; i < 20; i++) expect((await running.get(`/v1/items?limit=3&q=${encodeURIComponent(`通知${i}`)}`)).status).toBe(200);
    expect(department.notModified).toBe(0);
    // Each of them asked a second and a third time: the third ask is revalidated.
    for (let round = 0; round < 2; round++)
      for (let i = 0; i < 20; i++) await running.get(`/v1/items?limit=3&q=${encodeURIComponent(`通知${i}`)}`);
    expect(department.notModified).toBe(20);
  });

  it('takes the new page when the department changed', async () => {
    department = await new LoopbackDepartment({ id: 'ln-a', items: generatedItems('ln-a', 6, 1) }).start();
    running = await startGateway([department], { cache: { ttlMs: 0, staleWhileRevalidateMs: 0, staleIfErrorMs: 0 } });
    await running.get('/v1/items?limit=3');
    department.options.items!.push({
      id: 'ln-a:2026-999999',
      departmentId: 'ln-a',
      title: '新',
      publishedAt: '2026-04-30T09:00:00+08:00',
      category: 'plans',
    });
    const body = (await (await running.get('/v1/items?limit=3')).json()) as { data: Array<{ id: string }> };
    expect(body.data[0]!.id).toBe('ln-a:2026-999999');
    expect(department.notModified).toBe(0);
  });
});
