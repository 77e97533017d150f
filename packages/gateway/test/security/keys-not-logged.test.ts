/**
 * Secrets never reach the logs: an API key (X-API-Key), the access tokens a request or feedback
 * receipt hands out (Authorization: Bearer …) and a department's staff token. The gateway's pino
 * output is captured at trace level, the department process's output as it writes it, during
 * authenticated reads and writes, wrong keys, exhausted quotas and a department that is down.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedPort } from '../../../conformance/test/support/closed-port';
import { DepartmentProcess } from '../faults/support/department-process';
import { startFaultGateway, type FaultGateway } from '../faults/support/gateway';
import { exampleOfSchema } from './contract-walk';

// Each step waits on a condition (bounded at 40 s) rather than a clock: on a loaded 2-core
// machine a test may need far longer than the default 30 s without anything being wrong.
const SLOW_MACHINE = { timeout: 180_000 };

const apiKey = `gk-${randomBytes(24).toString('base64url')}`;
const wrongKey = `gk-${randomBytes(24).toString('base64url')}`;
const staffToken = `staff-${randomBytes(18).toString('base64url')}`;
let logs = '';
let department: DepartmentProcess;
let running: FaultGateway;

beforeAll(async () => {
  department = await DepartmentProcess.start('ln-finance', { GONGKAI_ADMIN_TOKENS: staffToken });
  const capture = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs += chunk.toString();
      done();
    },
  });
  running = await startFaultGateway(
    [
      { id: 'ln-finance', url: department.url },
      // A department that is down: the gateway logs its failures while the keyed requests run.
      { id: 'ln-housing', url: `http://127.0.0.1:${await closedPort()}` },
    ],
    {
      rateLimits: {
        anonymousRead: { points: 1000, durationSeconds: 60 },
        anonymousWrite: { points: 1000, durationSeconds: 60 },
        apiKeys: [
          {
            id: 'test-holder',
            sha256: createHash('sha256').update(apiKey).digest('hex'),
            read: { points: 25, durationSeconds: 600 },
            write: { points: 5, durationSeconds: 600 },
          },
        ],
      },
    },
    {},
    { logger: pino({ level: 'trace' }, capture) },
  );
});
afterAll(async () => {
  await running?.close();
  await department?.kill();
});

describe('secrets in the logs', SLOW_MACHINE, () => {
  it('the gateway and the department log no API key, access token or staff token', async () => {
    const keyed = (init: RequestInit = {}) => ({ ...init, headers: { 'x-api-key': apiKey, ...(init.headers as Record<string, string>) } });
    const statuses = new Set<number>();
    const send = async (path: string, init: RequestInit) => {
      const response = await running.get(path, init);
      statuses.add(response.status);
      return (await response.json()) as Record<string, unknown>;
    };
    const write = (path: string, body: unknown) =>
      send(
        path,
        keyed({
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
          body: JSON.stringify(body),
        }),
      );

    const receipt = await write('/v1/requests', exampleOfSchema('RequestSubmission'));
    const feedback = await write('/v1/feedback', { ...(exampleOfSchema('FeedbackSubmission') as object), departmentId: 'ln-finance' });
    const tokens = [String(receipt['accessToken']), String(feedback['accessToken'])];
    expect(tokens.every((token) => token.length >= 16)).toBe(true);
    await send(
      `/v1/requests/${encodeURIComponent(String(receipt['trackingNumber']))}`,
      keyed({ headers: { authorization: `Bearer ${tokens[0]}` } }),
    );
    await send(
      `/v1/requests/${encodeURIComponent(String(receipt['trackingNumber']))}`,
      keyed({ headers: { authorization: `Bearer ${tokens[1]}x` } }),
    );
    await write(`/v1/feedback/${encodeURIComponent(String(feedback['feedbackId']))}/rating`, { level: 4 });
    // Reads until the key's quota is spent (429), a wrong key, and the staff token sent through the gateway.
    for (let i = 0; i < 30; i++) await send(i % 2 ? '/v1/items?limit=3' : '/v1/items/ln-housing:2026-000001', keyed());
    await send('/v1/items', { headers: { 'x-api-key': wrongKey } });
    await send('/v1/admin/requests', { headers: { authorization: `Bearer ${staffToken}` } });
    await send('/v1/items', { headers: { authorization: `Bearer ${staffToken}` } });
    // The staff token where it belongs, at the department.
    const staff = await fetch(`${department.url}/v1/admin/requests`, { headers: { authorization: `Bearer ${staffToken}` } });
    expect(staff.status).toBe(200);
    await fetch(`${department.url}/v1/admin/requests`, { headers: { authorization: `Bearer ${staffToken}x` } });

    // The traffic did what it should: authenticated, refused, limited and failed answers were all logged.
    expect([...statuses]).toEqual(expect.arrayContaining([200, 201, 429, 404]));
    expect(logs.split('\n').filter(Boolean).length).toBeGreaterThan(30);
    const secrets = { apiKey, wrongKey, staffToken, requestToken: tokens[0]!, feedbackToken: tokens[1]! };
    const found = (text: string) =>
      Object.entries(secrets)
        .filter(([, secret]) => text.includes(secret))
        .map(([name]) => name);
    expect(found(logs)).toEqual([]);
    // The department process writes only its start-up line; it must stay free of them too.
    expect(found(department.output())).toEqual([]);
  });
});
