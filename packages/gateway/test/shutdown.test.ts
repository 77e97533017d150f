import { describe, expect, it } from 'vitest';
import { LoopbackDepartment, generatedItems } from './support/loopback-department';
import { startGateway } from './support/start-gateway';

describe('graceful shutdown', () => {
  it('finishes the requests in flight, then stops accepting', async () => {
    const department = await new LoopbackDepartment({ id: 'ln-a', items: generatedItems('ln-a', 3, 1) }).start();
    const running = await startGateway([department]);
    department.behaviour.delayMs = 300;
    const inFlight = running.get('/v1/items');
    while (department.calls.length === 0) await new Promise((r) => setImmediate(r));
    const closing = running.close();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: unknown[] }).data).toHaveLength(3);
    await closing;
    await expect(fetch(`${running.url}/healthz`)).rejects.toThrow();
    await department.stop();
  });
});
