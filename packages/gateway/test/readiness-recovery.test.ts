import { afterEach, describe, expect, it } from 'vitest';
import { generatedItems, LoopbackDepartment } from './support/loopback-department';
import { startGateway, type RunningGateway } from './support/start-gateway';

let running: RunningGateway | undefined;
let department: LoopbackDepartment | undefined;

afterEach(async () => {
  await running?.close();
  await department?.stop();
  running = department = undefined;
});

interface Readiness {
  status: string;
  departments: Array<{ department: string; circuit: string }>;
}

describe('/readyz after the circuit’s open window', () => {
  it('turns ready again when the window ends, with no traffic to the department in between', async () => {
    department = await new LoopbackDepartment({ id: 'ln-finance', items: generatedItems('ln-finance', 3, 1) }).start();
    const clock = { ms: Date.parse('2026-05-11T02:00:00Z') };
    running = await startGateway(
      [department],
      { circuitBreaker: { failureThreshold: 2, openMs: 30_000 } },
      {},
      { now: () => new Date(clock.ms) },
    );
    department.behaviour.failWith = 500;
    for (const id of ['ln-finance:2026-000001', 'ln-finance:2026-000002']) await running.get(`/v1/items/${id}`);

    const down = await running.get('/readyz');
    expect(down.status).toBe(503);
    expect(((await down.json()) as Readiness).departments).toEqual([{ department: 'ln-finance', circuit: 'open' }]);

    const callsWhileOpen = department.calls.length;
    clock.ms += 30_000;
    const ready = await running.get('/readyz');
    expect(ready.status).toBe(200);
    expect(((await ready.json()) as Readiness).departments).toEqual([{ department: 'ln-finance', circuit: 'halfOpen' }]);
    expect(department.calls.length).toBe(callsWhileOpen);

    // The traffic that readiness lets in is the probe that closes the circuit.
    department.behaviour.failWith = null;
    expect((await running.get('/v1/items/ln-finance:2026-000001')).status).toBe(200);
    expect(((await (await running.get('/readyz')).json()) as Readiness).departments[0]!.circuit).toBe('closed');
  });
});
