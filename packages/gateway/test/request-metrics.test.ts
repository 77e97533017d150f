import { afterEach, describe, expect, it } from 'vitest';
import { LoopbackDepartment, generatedItems } from './support/loopback-department';
import { startGateway, type RunningGateway } from './support/start-gateway';

let running: RunningGateway | undefined;
let departments: LoopbackDepartment[] = [];

afterEach(async () => {
  await running?.close();
  await Promise.all(departments.map((d) => d.stop()));
  running = undefined;
  departments = [];
});

const requestCounts = (metrics: string) =>
  metrics
    .split('\n')
    .filter((line) => line.startsWith('gongkai_http_request_duration_seconds_count'))
    .map((line) => line.replace('gongkai_http_request_duration_seconds_count', ''));

describe('request metrics of the full path', () => {
  it('count each error answer under the status it was answered with', async () => {
    departments = [await new LoopbackDepartment({ id: 'ln-a', items: generatedItems('ln-a', 3, 1) }).start()];
    running = await startGateway(
      departments,
      { rateLimits: { anonymousRead: { points: 4, durationSeconds: 60 } } },
      {},
      { fastPath: false },
    );
    expect((await running.get('/v1/items?limit=500')).status).toBe(400);
    departments[0]!.behaviour.failWith = 500;
    expect((await running.get('/v1/items/ln-a:2026-000001')).status).toBe(502);
    expect((await running.get('/v1/items/ln-x:1')).status).toBe(404);
    expect((await running.get('/v1/nothing-here')).status).toBe(404);
    expect((await running.get('/v1/items')).status).toBe(429);

    const counts = requestCounts(await (await running.get('/metrics')).text());
    expect(counts).toEqual(
      expect.arrayContaining([
        '{operation="listItems",method="GET",status="400"} 1',
        '{operation="getItem",method="GET",status="502"} 1',
        '{operation="getItem",method="GET",status="404"} 1',
        '{operation="other",method="GET",status="429"} 1',
        '{operation="other",method="GET",status="404"} 1',
      ]),
    );
    expect(counts).toHaveLength(5);
  });
});
