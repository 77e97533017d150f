import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { department } from './support/fixtures';
import { startDepartment, type TestDepartment } from './support/department-server';

const feedback = (subject: Buffer) =>
  Buffer.concat([
    Buffer.from(`{"departmentId":"${department.id}","kind":"consultation","subject":"`),
    subject,
    Buffer.from('","content":"请问办理时限？","submitter":{"realName":false},"publishConsent":false}'),
  ]);

describe('the encoding of a request body', () => {
  let server: TestDepartment;
  beforeAll(async () => {
    server = await startDepartment();
  });
  afterAll(() => server.close());

  const post = (body: Buffer, type: string) =>
    server.request('/v1/feedback', { method: 'POST', headers: { 'Content-Type': type }, body: new Uint8Array(body) });

  it('takes UTF-8, with or without the charset', async () => {
    expect((await post(feedback(Buffer.from('公租房')), 'application/json')).status).toBe(201);
    expect((await post(feedback(Buffer.from('公租房')), 'application/json; charset=UTF-8')).status).toBe(201);
  });

  it('refuses bytes that are not UTF-8 with 400 naming the body, instead of storing U+FFFD', async () => {
    const response = await post(feedback(Buffer.from([0xff, 0xfe, 0xc3, 0x28])), 'application/json');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errors: [{ pointer: '/', message: 'is not valid UTF-8' }] });
  });

  it('refuses another charset with 415 rather than reading it as UTF-8', async () => {
    const response = await post(feedback(Buffer.from([0xb9, 0xab, 0xd7, 0xe2])), 'application/json; charset=gbk');
    expect(response.status).toBe(415);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });
});
