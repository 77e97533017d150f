import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { openApiDocument } from '@gongkai/spec';
import { LoopbackDepartment } from './support/loopback-department';
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

const submission = (openApiDocument.components.schemas['RequestSubmission']?.['examples'] as unknown[])[0] as Record<string, unknown>;

/**
 * A department at `ln-finance` that receives the write and then drops the connection without an
 * answer — after the whole body (the department may have recorded it) or after its first bytes.
 */
async function breakingDepartment(after: 'body' | 'first bytes'): Promise<{ received: () => number }> {
  let received = 0;
  const server = createServer((req, res) => {
    req.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (after === 'first bytes') res.socket?.destroy();
    });
    req.on('end', () => res.socket?.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const housing = await new LoopbackDepartment({ id: 'ln-housing' }).start();
  departments.push(housing);
  running = await startGateway([{ options: { id: 'ln-finance' }, url } as LoopbackDepartment, housing]);
  return { received: () => received };
}

async function submit(): Promise<{ status: number; detail: string; retryAfter: string | null }> {
  const response = await running!.get('/v1/requests', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': 'key-broken-0001' },
    body: JSON.stringify(submission),
  });
  const body = (await response.json()) as { detail: string };
  return { status: response.status, detail: body.detail, retryAfter: response.headers.get('retry-after') };
}

describe('a write whose connection breaks', () => {
  it.each(['body', 'first bytes'] as const)(
    'after the department received the %s is a 502 that says it may have been recorded, never “nothing was written”',
    async (after) => {
      const department = await breakingDepartment(after);
      const answer = await submit();
      expect(department.received()).toBeGreaterThan(0);
      expect(answer.status).toBe(502);
      expect(answer.detail).toContain('may or may not have been recorded');
      expect(answer.detail).toContain('Retry with the same Idempotency-Key');
      expect(answer.detail).not.toContain('nothing was written');
    },
  );

  it('before any byte was sent (the port is closed) is a 503 that says nothing was written', async () => {
    const finance = await new LoopbackDepartment({ id: 'ln-finance' }).start();
    departments.push(finance);
    running = await startGateway([finance]);
    await finance.stop();
    const answer = await submit();
    expect(answer.status).toBe(503);
    expect(answer.detail).toContain('nothing was written');
    expect(Number(answer.retryAfter)).toBeGreaterThan(0);
  });
});
