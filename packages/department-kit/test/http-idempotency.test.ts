import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { department } from './support/fixtures';
import { startDepartment, type TestDepartment } from './support/department-server';

const submission = (description = '申请公开2025年度部门决算。') => ({
  departmentId: department.id,
  applicant: {
    type: 'naturalPerson',
    name: '李华',
    identityProof: { kind: 'residentIdCard', number: '210102199001011234' },
    contact: { phone: '13900000000' },
  },
  description,
  form: 'electronic',
  delivery: 'email',
});

describe('Idempotency-Key', () => {
  let server: TestDepartment;
  beforeAll(async () => {
    server = await startDepartment();
  });
  afterAll(() => server.close());

  const post = (key: string, body: unknown) => server.request('/v1/requests', { json: body, headers: { 'Idempotency-Key': key } });

  it('replays the first answer for the same key and body, with the same status and bytes', async () => {
    const first = await post('key-replay-0001', submission());
    const firstBody = await first.text();
    expect(first.status).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    // The same data with its keys in another order is the same body.
    const { description, ...rest } = submission();
    const again = await post('key-replay-0001', { description, ...rest });
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.headers.get('location')).toBe(first.headers.get('location'));
    expect(await again.text()).toBe(firstBody);
    expect((await server.store.requests.all()).length).toBe(1);
  });

  it('answers 422 when the key comes back with another body', async () => {
    await post('key-other-0001', submission());
    const other = await post('key-other-0001', submission('申请公开另一份文件。'));
    expect(other.status).toBe(422);
    expect(await other.json()).toMatchObject({
      type: 'urn:gongkai:problem:idempotency-key-reused',
      errors: [{ pointer: '/header/Idempotency-Key' }],
    });
  });

  it('replays a refusal too: the same invalid write gets the same 422', async () => {
    const body = { ...submission(), departmentId: 'ln-elsewhere' };
    const first = await post('key-refused-01', body);
    const again = await post('key-refused-01', body);
    expect([first.status, again.status]).toEqual([422, 422]);
    expect(await again.text()).toBe(await first.text());
  });

  it('creates exactly one record for 50 concurrent duplicates', async () => {
    const before = (await server.store.requests.all()).length;
    const responses = await Promise.all(Array.from({ length: 50 }, () => post('key-concurrent-01', submission('申请公开并发测试文件。'))));
    expect(responses.map((r) => r.status)).toEqual(Array(50).fill(201));
    const bodies = await Promise.all(responses.map((r) => r.text()));
    expect(new Set(bodies).size).toBe(1);
    expect(responses.filter((r) => r.headers.get('idempotent-replayed') === 'true')).toHaveLength(49);
    expect((await server.store.requests.all()).length).toBe(before + 1);
  });

  it('checks the key itself', async () => {
    const response = await post('bad key!', submission());
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errors: [{ pointer: '/header/Idempotency-Key' }] });
  });
});
