import { afterEach, describe, expect, it } from 'vitest';
import type { Change } from '@gongkai/spec';
import { LoopbackDepartment } from './support/loopback-department';
import { startGateway, type RunningGateway } from './support/start-gateway';

let running: RunningGateway | undefined;
let departments: LoopbackDepartment[] = [];

afterEach(async () => {
  await running?.close();
  await Promise.all(departments.map((d) => d.stop()));
  running = undefined;
  departments = [];
});

function changes(department: string, count: number, minuteOffset: number): Change[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `${department}:${i + 1}`,
    sequence: i + 1,
    departmentId: department,
    resourceType: 'item',
    resourceId: `${department}:2026-${String(i).padStart(6, '0')}`,
    action: 'created',
    occurredAt: `2026-03-01T08:${String(minuteOffset + i * 2).padStart(2, '0')}:00+08:00`,
  }));
}

interface Feed {
  data: Change[];
  meta: { cursor: string };
  links: { next?: string };
}

describe('the federated changes feed', () => {
  it('merges departments by time, resumes exactly, and picks up changes recorded later', async () => {
    departments = [
      await new LoopbackDepartment({ id: 'ln-a', changes: changes('ln-a', 5, 0) }).start(),
      await new LoopbackDepartment({ id: 'ln-b', changes: changes('ln-b', 5, 1) }).start(),
    ];
    running = await startGateway(departments);
    const first = (await (await running.get('/v1/changes?limit=4')).json()) as Feed;
    expect(first.data.map((c) => c.id)).toEqual(['ln-a:1', 'ln-b:1', 'ln-a:2', 'ln-b:2']);
    expect(first.links.next).toBeDefined();
    const second = (await (await running.get(first.links.next!)).json()) as Feed;
    const third = (await (await running.get(`/v1/changes?limit=4&since=${encodeURIComponent(second.meta.cursor)}`)).json()) as Feed;
    expect([...second.data, ...third.data].map((c) => c.id)).toEqual(['ln-a:3', 'ln-b:3', 'ln-a:4', 'ln-b:4', 'ln-a:5', 'ln-b:5']);
    // Caught up: a cursor to resume from, but no next link.
    expect(third.links.next).toBeUndefined();
    const idle = (await (await running.get(`/v1/changes?limit=4&since=${encodeURIComponent(third.meta.cursor)}`)).json()) as Feed;
    expect(idle.data).toEqual([]);
    departments[1]!.options.changes!.push({ ...changes('ln-b', 6, 1)[5]!, occurredAt: '2026-03-02T09:00:00+08:00' });
    const later = (await (await running.get(`/v1/changes?limit=4&since=${encodeURIComponent(idle.meta.cursor)}`)).json()) as Feed;
    expect(later.data.map((c) => c.id)).toEqual(['ln-b:6']);
  });

  it('refuses a position it did not issue', async () => {
    departments = [await new LoopbackDepartment({ id: 'ln-a', changes: [] }).start()];
    running = await startGateway(departments);
    const response = await running.get('/v1/changes?since=eyJ2IjoxfQ.forged');
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: Array<{ pointer: string }> }).errors[0]!.pointer).toBe('/query/since');
  });
});
