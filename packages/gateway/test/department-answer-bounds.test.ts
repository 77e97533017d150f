import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveConfig } from '../src/config/config';
import { generatedItems, LoopbackDepartment } from './support/loopback-department';
import { startGateway, type RunningGateway } from './support/start-gateway';

let running: RunningGateway | undefined;
let servers: Server[] = [];
let departments: LoopbackDepartment[] = [];

afterEach(async () => {
  await running?.close();
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  await Promise.all(departments.map((d) => d.stop()));
  running = undefined;
  servers = [];
  departments = [];
});

/** A misbehaving `ln-finance` on loopback, with a well-behaved `ln-housing` beside it. */
async function setUp(handler: (req: IncomingMessage, res: ServerResponse) => void, settings: Record<string, unknown>) {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  const housing = await new LoopbackDepartment({ id: 'ln-housing', items: generatedItems('ln-housing', 3, 2) }).start();
  departments.push(housing);
  const finance = {
    options: { id: 'ln-finance' },
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
  } as LoopbackDepartment;
  running = await startGateway([finance, housing], settings);
}

/** Headers at once, then one byte of a never-ending JSON answer every 100 ms: each byte well within a per-chunk timeout. */
function trickle(_req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.write('{"data":[');
  const timer = setInterval(() => res.write(' '), 100);
  res.on('close', () => clearInterval(timer));
}

/** How much a huge answer got to send before the gateway hung up. */
function huge(sent: { bytes: number; closed: Promise<void> }, declaredLength?: number) {
  let closed!: () => void;
  sent.closed = new Promise((resolve) => (closed = resolve));
  return (_req: IncomingMessage, res: ServerResponse) => {
    res.writeHead(200, { 'content-type': 'application/json', ...(declaredLength ? { 'content-length': String(declaredLength) } : {}) });
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const pump = () => {
      while (sent.bytes < 64 * 1024 * 1024 && !res.destroyed) {
        sent.bytes += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      if (!res.destroyed) res.end();
    };
    res.on('close', closed);
    pump();
  };
}

interface Problem {
  status: number;
  detail: string;
}

describe('a department’s answer is bounded', () => {
  it('by a deadline for the whole answer: a department trickling a byte per 100 ms is a 504 at its timeout', async () => {
    await setUp(trickle, { departmentTimeoutMs: 300 });
    const single = await running!.get('/v1/items/ln-finance:2026-000001');
    expect(single.status).toBe(504);
    expect(((await single.json()) as Problem).detail).toContain('did not answer within 300 ms');

    const list = await running!.get('/v1/items?limit=100');
    const body = (await list.json()) as { data: unknown[]; meta: { failures?: Array<{ department: string; status: number }> } };
    expect(list.status).toBe(200);
    expect(body.data).toHaveLength(3);
    expect(body.meta.failures).toMatchObject([{ department: 'ln-finance', status: 504 }]);
  }, 20_000);

  it('by departmentMaxAnswerBytes: a huge answer is cut off as it arrives and is a 502', async () => {
    const sent = { bytes: 0, closed: Promise.resolve() };
    await setUp(huge(sent), { departmentTimeoutMs: 20_000, departmentMaxAnswerBytes: 1024 * 1024 });
    const single = await running!.get('/v1/items/ln-finance:2026-000001');
    expect(single.status).toBe(502);
    expect(((await single.json()) as Problem).detail).toBe('ln-finance answered more than 1048576 bytes.');
    await sent.closed;
    expect(sent.bytes).toBeLessThan(64 * 1024 * 1024);
  });

  it('by departmentMaxAnswerBytes before reading, when the declared Content-Length is over it', async () => {
    const sent = { bytes: 0, closed: Promise.resolve() };
    await setUp(huge(sent, 64 * 1024 * 1024), { departmentMaxAnswerBytes: 1024 * 1024 });
    const list = await running!.get('/v1/items?limit=100');
    const body = (await list.json()) as { meta: { failures?: Array<{ department: string; status: number; detail: string }> } };
    expect(body.meta.failures).toEqual([{ department: 'ln-finance', status: 502, detail: 'answered more than 1048576 bytes' }]);
  });

  it('defaults to 16 MiB, overridable from the environment', () => {
    const minimum = { departments: [{ id: 'ln-finance', baseUrl: 'http://127.0.0.1:4001' }] };
    expect(resolveConfig(minimum, 'f', {}).departments[0]!.maxAnswerBytes).toBe(16 * 1024 * 1024);
    expect(resolveConfig(minimum, 'f', { GONGKAI_DEPARTMENT_MAX_ANSWER_BYTES: '2048' }).departments[0]!.maxAnswerBytes).toBe(2048);
    expect(() => resolveConfig(minimum, 'f', { GONGKAI_DEPARTMENT_MAX_ANSWER_BYTES: '12' })).toThrow('must be a whole number from 1024');
  });
});
