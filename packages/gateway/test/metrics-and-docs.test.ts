import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveConfig } from '../src/config/config';
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

async function start(settings: Record<string, unknown>): Promise<RunningGateway> {
  departments = [await new LoopbackDepartment({ id: 'ln-a' }).start()];
  running = await startGateway(departments, settings);
  return running;
}

describe('the contract and the reference', () => {
  it.each(['/openapi.json', '/docs', '/docs/swagger-ui.css'])('count against the anonymous quota: %s', async (path) => {
    const gateway = await start({ rateLimits: { anonymousRead: { points: 2, durationSeconds: 60 } } });
    expect((await gateway.get(path)).status).toBe(200);
    expect((await gateway.get(path)).status).toBe(200);
    const limited = await gateway.get(path);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).not.toBeNull();
  });
});

describe('/metrics', () => {
  it('stays on the API port for everyone when nothing is configured', async () => {
    const gateway = await start({});
    expect((await gateway.get('/metrics')).status).toBe(200);
  });

  it('answers only a request with the token when a token is set', async () => {
    const token = 'metrics-token-0123456789';
    const gateway = await start({ metrics: { token } });
    const refused = await gateway.get('/metrics');
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toMatch(/^Bearer /);
    expect((await gateway.get('/metrics', { headers: { authorization: 'Bearer wrong-token-0123456789' } })).status).toBe(401);
    const read = await gateway.get('/metrics', { headers: { authorization: `Bearer ${token}` } });
    expect(read.status).toBe(200);
    expect(await read.text()).toContain('gongkai_');
  });

  it('moves to a port of its own when a port is set, and leaves the API port', async () => {
    const gateway = await start({ metrics: { port: 0 } });
    expect((await gateway.get('/metrics')).status).toBe(404);
    const { port } = gateway.gateway.metricsServer!.address() as AddressInfo;
    const read = await fetch(`http://127.0.0.1:${port}/metrics`);
    expect(read.status).toBe(200);
    expect(await read.text()).toContain('gongkai_');
    expect((await fetch(`http://127.0.0.1:${port}/v1/items`)).status).toBe(404);
  });

  it('takes GONGKAI_METRICS_PORT and GONGKAI_METRICS_TOKEN from the environment', () => {
    const departmentsSetting = { departments: [{ id: 'ln-a', baseUrl: 'http://127.0.0.1:9' }] };
    expect(
      resolveConfig(departmentsSetting, 'test', { GONGKAI_METRICS_PORT: '9464', GONGKAI_METRICS_TOKEN: 'metrics-token-0123456789' })
        .metrics,
    ).toEqual({ port: 9464, token: 'metrics-token-0123456789' });
    expect(() => resolveConfig(departmentsSetting, 'test', { GONGKAI_METRICS_TOKEN: 'short' })).toThrow(/GONGKAI_METRICS_TOKEN/);
    expect(() => resolveConfig(departmentsSetting, 'test', { GONGKAI_METRICS_PORT: 'x' })).toThrow(/GONGKAI_METRICS_PORT/);
    expect(() => resolveConfig({ ...departmentsSetting, metrics: { token: 'short' } }, 'test', {})).toThrow(/metrics\/token/);
  });
});
