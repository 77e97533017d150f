import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent, request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runGatewayCli, type GatewayCli } from '../support/gateway-cli';
import { LoopbackDepartment, generatedItems } from '../support/loopback-department';
import { waitFor } from './support/traffic';

// Each step waits on a condition (bounded at 40 s) rather than a clock: on a loaded 2-core
// machine a test may need far longer than the default 30 s without anything being wrong.
const SLOW_MACHINE = { timeout: 180_000 };

let dir: string;
let department: LoopbackDepartment;
let cli: GatewayCli | undefined;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gongkai-fault-sigterm-'));
  department = await new LoopbackDepartment({ id: 'ln-a', items: generatedItems('ln-a', 20, 1) }).start();
});
afterAll(async () => {
  await cli?.stop();
  await department.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('SIGTERM to the gateway process under traffic', SLOW_MACHINE, () => {
  it('answers every request already in flight in full, over connections it closes cleanly, then exits 0', async () => {
    const config = join(dir, 'gateway.json');
    writeFileSync(
      config,
      JSON.stringify({
        departments: [{ id: 'ln-a', baseUrl: department.url }],
        checkDepartments: 'off',
        // The department holds each request 3 s; the deadline for its whole answer must be longer.
        departmentTimeoutMs: 30000,
        cache: { ttlMs: 0, staleWhileRevalidateMs: 0, staleIfErrorMs: 0 },
        rateLimits: { anonymousRead: { points: 100000, durationSeconds: 60 } },
      }),
    );
    cli = runGatewayCli(['--config', config], { env: { PORT: '0', GONGKAI_LOG_LEVEL: 'warn' } });
    const base = await cli.serving();
    // Keep-alive connections, as a load balancer holds them; each request is held by the department
    // until the gateway has been told to stop.
    const agent = new Agent({ connections: 16, pipelining: 1 });
    const ask = async (path: string) => {
      const response = await request(`${base}${path}`, { dispatcher: agent });
      const body = await response.body.text();
      return { status: response.statusCode, body };
    };
    // Warm the connections first, so that the in-flight requests travel over reused sockets.
    await Promise.all(Array.from({ length: 16 }, () => ask('/healthz')));
    department.behaviour.delayMs = 3000;
    const before = department.calls.length;
    const paths = Array.from({ length: 16 }, (_, i) => (i % 2 ? `/v1/items?limit=${i + 1}` : `/v1/items/ln-a:2026-00000${(i % 9) + 1}`));
    const inFlight = paths.map((path) =>
      ask(path).then(
        (answer) => ({ ...answer, error: undefined }),
        (error: Error) => ({ status: 0, body: '', error: String(error) }),
      ),
    );
    await waitFor('every request to reach the department', () => department.calls.length >= before + paths.length);

    const exited = cli.stop();
    const answers = await Promise.all(inFlight);
    expect(answers.map((answer) => answer.error)).toEqual(paths.map(() => undefined));
    expect(answers.map((answer) => answer.status)).toEqual(paths.map(() => 200));
    for (const answer of answers) expect(() => JSON.parse(answer.body)).not.toThrow();
    expect(await exited).toBe(0);
    await agent.close();
  });
});
