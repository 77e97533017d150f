import { afterEach, describe, expect, it } from 'vitest';
import { openApiDocument } from '@gongkai/spec';
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

const submission = (openApiDocument.components.schemas['RequestSubmission']?.['examples'] as unknown[])[0] as Record<string, unknown>;

async function setUp(settings: Record<string, unknown> = {}) {
  departments = await Promise.all(['ln-finance', 'ln-housing'].map((id) => new LoopbackDepartment({ id }).start()));
  running = await startGateway(departments, settings);
  return departments;
}

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  running!.get(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('writes through the gateway', () => {
  it('files a disclosure request with the department named in the body, keeping the Idempotency-Key', async () => {
    const [finance, housing] = await setUp();
    const response = await post('/v1/requests', submission, { 'idempotency-key': 'key-00000001' });
    expect(response.status).toBe(201);
    expect(response.headers.get('location')).toBe('/v1/requests/ln-finance:YSQ-2026-000001');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(finance!.writes).toEqual([{ path: '/v1/requests', key: 'key-00000001', body: JSON.stringify(submission) }]);
    expect(housing!.writes).toEqual([]);
  });

  it('passes on the department’s replay of a repeated write', async () => {
    const [finance] = await setUp();
    const first = await post('/v1/requests', submission, { 'idempotency-key': 'key-00000002' });
    const again = await post('/v1/requests', submission, { 'idempotency-key': 'key-00000002' });
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.json()).toEqual(await first.json());
    expect(finance!.writes).toHaveLength(2);
  });

  it('answers 400 naming the field before anything reaches a department', async () => {
    const [finance] = await setUp();
    const { applicant: _applicant, ...withoutApplicant } = submission;
    const response = await post('/v1/requests', withoutApplicant);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      type: 'urn:gongkai:problem:validation',
      errors: [{ pointer: '/applicant', message: 'is required' }],
    });
    expect(finance!.writes).toEqual([]);
  });

  it('answers 422 for a department the gateway does not know', async () => {
    await setUp();
    const response = await post('/v1/requests', { ...submission, departmentId: 'ln-nowhere' });
    expect(response.status).toBe(422);
    expect(((await response.json()) as { errors: unknown[] }).errors).toEqual([
      { pointer: '/departmentId', message: 'is not a department of this gateway (known: ln-finance, ln-housing)' },
    ]);
  });

  it('answers 503 with Retry-After when the department is down, and nothing is written', async () => {
    const [finance] = await setUp();
    await finance!.stop();
    const response = await post('/v1/requests', submission, { 'idempotency-key': 'key-00000003' });
    expect(response.status).toBe(503);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await response.json()) as { detail: string }).detail).toContain('nothing was written');
    expect(finance!.writes).toEqual([]);
  });

  it('says a timed-out write may have been recorded and how to find out', async () => {
    const [finance] = await setUp({ departmentTimeoutMs: 100 });
    finance!.behaviour.delayMs = 1000;
    const response = await post('/v1/requests', submission, { 'idempotency-key': 'key-00000004' });
    expect(response.status).toBe(504);
    expect(((await response.json()) as { detail: string }).detail).toContain('Retry with the same Idempotency-Key');
  });

  it('refuses a body larger than the limit with 413, and a body that is not JSON with 415', async () => {
    await setUp({ bodyLimitBytes: 2048 });
    const large = await post('/v1/requests', { ...submission, description: '很长'.repeat(2000) });
    expect(large.status).toBe(413);
    expect((await large.json()) as unknown).toMatchObject({ type: 'urn:gongkai:problem:payload-too-large', status: 413 });
    const form = await running!.get('/v1/requests', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'a=1',
    });
    expect(form.status).toBe(415);
    const broken = await post('/v1/requests', '{"departmentId": ');
    expect(broken.status).toBe(400);
  });

  it('routes a rating by the feedback id and forwards the submitter’s token', async () => {
    const [, housing] = await setUp();
    const response = await post('/v1/feedback/ln-housing:fb-2026-000045/rating', { level: 2 }, { authorization: 'Bearer gk_fb_token' });
    expect(response.status).toBe(201);
    expect(housing!.writes[0]?.path).toBe('/v1/feedback/ln-housing%3Afb-2026-000045/rating');
  });

  it('forwards the applicant’s token to track a request, and never caches the answer', async () => {
    await setUp();
    const good = await running!.get('/v1/requests/ln-finance:YSQ-2026-000001', { headers: { authorization: 'Bearer good-token' } });
    expect(good.status).toBe(200);
    expect(good.headers.get('cache-control')).toBe('private, no-store');
    const bad = await running!.get('/v1/requests/ln-finance:YSQ-2026-000001', { headers: { authorization: 'Bearer wrong' } });
    expect(bad.status).toBe(404);
  });
});
