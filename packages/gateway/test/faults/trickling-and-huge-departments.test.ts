/**
 * Issue 12 item 7, under faults: a department trickling its answer a byte at a time (each gap
 * shorter than the timeout) is cut off at the deadline, and an answer larger than the cap is cut
 * off at the cap; both are named as failed departments of a partial list and are 502/504 for a
 * single resource. None asserts a duration: each waits for the gateway's answer while the
 * department is still sending, which a bounded gateway gives and an unbounded one does not.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startDepartmentServer, type RunningDepartment } from '@gongkai/department-kit';
import { FaultyProxy } from './support/faulty-proxy';
import { startFaultGateway, type FaultGateway } from './support/gateway';
import { waitFor } from './support/traffic';

// Each step waits on a condition (bounded at 40 s) rather than a clock: on a loaded 2-core
// machine a test may need far longer than the default 30 s without anything being wrong.
const SLOW_MACHINE = { timeout: 180_000 };

interface ListBody {
  data: Array<{ id: string; departmentId: string }>;
  meta: { partial?: boolean; failures?: Array<{ department: string; status: number }> };
}

describe('a whole-answer deadline and a size cap on a department’s answer', SLOW_MACHINE, () => {
  let finance: RunningDepartment;
  let housing: RunningDepartment;
  let proxy: FaultyProxy;
  let running: FaultGateway;
  let financeItem: string;

  beforeAll(async () => {
    const started = await Promise.all(
      ['ln-finance', 'ln-housing'].map((sample) => startDepartmentServer({ sample, port: 0, host: '127.0.0.1', adminTokens: [] })),
    );
    [finance, housing] = [started[0]!, started[1]!];
    proxy = await new FaultyProxy(finance!.url).start();
    running = await startFaultGateway(
      [
        { id: 'ln-finance', url: proxy.url },
        { id: 'ln-housing', url: housing!.url },
      ],
      { departmentTimeoutMs: 300, circuitBreaker: { failureThreshold: 1000, openMs: 1000 } },
    );
    financeItem = ((await (await running.get('/v1/items?department=ln-finance&limit=1')).json()) as ListBody).data[0]!.id;
  });
  afterAll(async () => {
    // The proxy first: closing its sockets ends the gateway's requests to it, so the gateway's
    // own close does not wait on a trickle.
    await proxy?.stop();
    await running?.close();
    await Promise.all([finance?.close(), housing?.close()]);
  });
  beforeEach(() => {
    proxy.fault = { kind: 'none' };
  });

  it('cuts off a department that trickles its list page, and answers the list without it', async () => {
    // A gap of 50 ms never trips a 300 ms idle timeout; a whole page takes minutes at that rate.
    proxy.fault = { kind: 'trickle', everyMs: 50 };
    const body = (await (await running.get('/v1/items?limit=20')).json()) as ListBody;
    expect(body.meta.failures?.map((failure) => failure.department)).toEqual(['ln-finance']);
    expect(body.meta.failures?.[0]?.status).toBe(504);
    await waitFor('the gateway to close the trickling request', () => proxy.pending.size === 0);
  });

  it('cuts off a department that trickles a single resource, answering 504', async () => {
    proxy.fault = { kind: 'trickle', everyMs: 50 };
    const response = await running.get(`/v1/items/${financeItem}`);
    expect(response.status).toBe(504);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });

  it('stops reading an answer larger than the cap, and answers the list without it', async () => {
    // 200 MB: far beyond any page and any sensible cap; the proxy writes only as fast as the gateway reads.
    proxy.fault = { kind: 'huge', megabytes: 200 };
    const body = (await (await running.get('/v1/items?limit=5')).json()) as ListBody;
    expect(body.meta.failures?.map((failure) => failure.department)).toEqual(['ln-finance']);
    expect(body.meta.failures?.[0]?.status).toBe(502);
    await waitFor('the gateway to close the oversized answer', () => proxy.pending.size === 0);
    expect(proxy.hugeBytesSent).toBeLessThan(200 * 1024 * 1024);
  });

  it('answers a single resource larger than the cap with 502', async () => {
    proxy.fault = { kind: 'huge', megabytes: 200 };
    const response = await running.get(`/v1/items/${financeItem}`);
    expect(response.status).toBe(502);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });
});
