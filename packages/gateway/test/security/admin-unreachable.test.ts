/**
 * The staff ("Department admin") operations are served by each department to its own staff and
 * never through the gateway: every admin operation of the contract, with a valid staff token, and
 * spelled the ways a path can be disguised (percent-encoded, dot segments, doubled slashes, other
 * case, a trailing slash), answers 404 or 405 at the gateway, and no department sees the call.
 */
import { request } from 'node:http';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDepartmentServer, type RunningDepartment } from '@gongkai/department-kit';
import { ADMIN_OPERATION_IDS, getOperation } from './contract-walk';
import { FaultyProxy } from '../faults/support/faulty-proxy';
import { startFaultGateway, type FaultGateway } from '../faults/support/gateway';

// Each step waits on a condition (bounded at 40 s) rather than a clock: on a loaded 2-core
// machine a test may need far longer than the default 30 s without anything being wrong.
const SLOW_MACHINE = { timeout: 180_000 };

const STAFF_TOKEN = 'staff-token-of-the-admin-test';
let department: RunningDepartment;
let proxy: FaultyProxy;
let running: FaultGateway;

beforeAll(async () => {
  department = await startDepartmentServer({ sample: 'ln-finance', port: 0, host: '127.0.0.1', adminTokens: [STAFF_TOKEN] });
  // A pass-through proxy in front of the department, to see every call the gateway makes to it.
  proxy = await new FaultyProxy(department.url).start();
  running = await startFaultGateway([{ id: 'ln-finance', url: proxy.url }]);
});
afterAll(async () => {
  await running?.close();
  await proxy?.stop();
  await department?.close();
});

/** A request with its path sent exactly as written (fetch would resolve dot segments first). */
function rawRequest(method: string, path: string, body?: string): Promise<{ status: number; type: string }> {
  const url = new URL(running.url);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        method,
        path,
        headers: {
          authorization: `Bearer ${STAFF_TOKEN}`,
          'idempotency-key': randomUUID(),
          ...(body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : {}),
        },
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve({ status: response.statusCode ?? 0, type: String(response.headers['content-type'] ?? '') }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** The ways a client may spell one path to slip it past a prefix check. */
function disguises(path: string): string[] {
  const rest = path.replace(/^\/v1\/admin/, '');
  return [
    path,
    `${path}/`,
    `/v1/%61dmin${rest}`,
    `/v1/%2561dmin${rest}`,
    `/v1//admin${rest}`,
    `/v1/./admin${rest}`,
    `/v1/items/../admin${rest}`,
    `/v1/items/..%2Fadmin${rest}`,
    `/v1/items%2F..%2Fadmin${rest}`,
    `/V1/ADMIN${rest.toUpperCase()}`,
    `/v1/Admin${rest}`,
    `/v1/admin;x=1${rest}`,
    `//v1/admin${rest}`,
  ];
}

describe('admin operations through the gateway', SLOW_MACHINE, () => {
  it('answer 404 or 405 for every admin operation of the contract, however spelled, and reach no department', async () => {
    const reached: string[] = [];
    let tried = 0;
    for (const operationId of ADMIN_OPERATION_IDS) {
      const operation = getOperation(operationId);
      const path = operation.path.replace(/\{(\w+)\}/g, (_match, name: string) =>
        encodeURIComponent(
          name === 'trackingNumber' ? 'ln-finance:YSQ-2026-000001' : name === 'departmentId' ? 'ln-finance' : 'ln-finance:2026-000001',
        ),
      );
      const query = operation.parameters.some((p) => p.in === 'query' && p.name === 'year') ? '?year=2026' : '';
      const body = operation.bodySchema ? '{}' : undefined;
      for (const disguised of disguises(path)) {
        tried++;
        const before = proxy.seen.length;
        const answer = await rawRequest(operation.method.toUpperCase(), `${disguised}${query}`, body);
        if (![404, 405].includes(answer.status) || !answer.type.startsWith('application/problem+json'))
          reached.push(`${operation.method.toUpperCase()} ${disguised} answered ${answer.status} ${answer.type}`);
        for (const call of proxy.seen.slice(before))
          reached.push(`${operation.method.toUpperCase()} ${disguised} reached the department as ${call}`);
      }
    }
    expect(tried).toBeGreaterThan(ADMIN_OPERATION_IDS.length * 10);
    expect(reached).toEqual([]);
    // The staff token works at the department itself: the gateway, not the token, keeps them out.
    const direct = await fetch(`${department.url}/v1/admin/requests`, { headers: { authorization: `Bearer ${STAFF_TOKEN}` } });
    expect(direct.status).toBe(200);
  });
});
