import { afterAll, beforeAll, describe, it } from 'vitest';
import { DepartmentProcess } from './support/department-process';
import { startFaultGateway, type FaultGateway } from './support/gateway';
import { startTraffic, waitFor } from './support/traffic';

// Each step waits on a condition (bounded at 40 s) rather than a clock: on a loaded 2-core
// machine a test may need far longer than the default 30 s without anything being wrong.
const SLOW_MACHINE = { timeout: 180_000 };

// Issue 12 item 2: the open → half-open step used to happen only on a call, so a load balancer
// gating on /readyz never sent the traffic that would have recovered it.
describe('/readyz after a department process was killed and restarted', SLOW_MACHINE, () => {
  let department: DepartmentProcess;
  let running: FaultGateway;
  beforeAll(async () => {
    department = await DepartmentProcess.start('ln-finance');
    running = await startFaultGateway([{ id: 'ln-finance', url: department.url }], {
      departmentTimeoutMs: 2000,
      circuitBreaker: { failureThreshold: 3, openMs: 500 },
    });
  });
  afterAll(async () => {
    await running?.close();
    await department?.kill();
  });

  it('answers 200 again once the department is back, when only /readyz is asked', async () => {
    await department.kill();
    const traffic = startTraffic(running.url, ['/v1/items?limit=5']);
    await waitFor('/readyz to say no department is reachable', async () => (await running.get('/readyz')).status === 503);
    await traffic.stop();
    await department.restart();
    // Only the load balancer's probe from now on: no request that could carry a probe call.
    await waitFor('/readyz to answer 200 again', async () => (await running.get('/readyz')).status === 200);
  });
});
