import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDepartmentServer, type RunningDepartment } from '@gongkai/department-kit';
import { resolveConfig } from '../src/config/config';
import { createGateway, type Gateway } from '../src/server/create-gateway';

// The real department kit behind a gateway that caches answers for a minute.
let department: RunningDepartment;
let gateway: Gateway;
let base: string;

beforeAll(async () => {
  department = await startDepartmentServer({ sample: 'ln-housing', port: 0, host: '127.0.0.1', adminTokens: [] });
  const config = resolveConfig(
    {
      departments: [{ id: department.department.id, baseUrl: department.url }],
      cache: { ttlMs: 60_000, staleWhileRevalidateMs: 0, staleIfErrorMs: 0 },
    },
    'refusals',
    { GONGKAI_CURSOR_SECRET: 'refusals-secret-123456', GONGKAI_RATE_LIMIT_ANONYMOUS_READ: '100000/60' },
  );
  gateway = createGateway(config, { logger: pino({ level: 'silent' }) });
  base = `http://127.0.0.1:${(await gateway.listen(0, '127.0.0.1')).port}`;
}, 60_000);

afterAll(async () => {
  await gateway?.close();
  await department?.close();
});

async function post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

async function expectOwnRefusal(response: Response, requestId: string): Promise<void> {
  expect(response.status).toBe(401);
  expect(response.headers.get('www-authenticate')).toMatch(/^Bearer /);
  expect(response.headers.get('cache-control')).toBe('no-store');
  expect(response.headers.get('x-request-id')).toBe(requestId);
  expect(((await response.json()) as { requestId?: string }).requestId).toBe(requestId);
}

describe('a department’s 401 through the gateway', () => {
  it('passes on tracking a request without its token: WWW-Authenticate, no-store, never cached, the request’s own id', async () => {
    const filed = await post(
      '/v1/requests',
      {
        departmentId: 'ln-housing',
        applicant: {
          type: 'naturalPerson',
          name: '王芳',
          identityProof: { kind: 'residentIdCard', number: '210102199203041234' },
          contact: { phone: '13900000000' },
        },
        description: '申请公开2025年省直公租房分配结果。',
        form: 'electronic',
        delivery: 'email',
      },
      { 'idempotency-key': 'refusals-request-0001' },
    );
    expect(filed.status).toBe(201);
    const { trackingNumber } = (await filed.json()) as { trackingNumber: string };
    const path = `${base}/v1/requests/${encodeURIComponent(trackingNumber)}`;
    for (const requestId of ['first-refusal-0001', 'second-refusal-0002'])
      await expectOwnRefusal(await fetch(path, { headers: { 'x-request-id': requestId } }), requestId);
  });

  it('passes on rating feedback without its token with WWW-Authenticate and the request’s own id', async () => {
    const submitted = await post('/v1/feedback', {
      departmentId: 'ln-housing',
      kind: 'consultation',
      subject: '公租房申请条件',
      content: '请问外省户籍职工可否申请省直公租房？',
      submitter: { realName: false },
      publishConsent: false,
    });
    expect(submitted.status).toBe(201);
    const { feedbackId } = (await submitted.json()) as { feedbackId: string };
    const rated = await post(
      `/v1/feedback/${encodeURIComponent(feedbackId)}/rating`,
      { level: 2 },
      { 'x-request-id': 'rating-refusal-0003' },
    );
    await expectOwnRefusal(rated, 'rating-refusal-0003');
  });
});
