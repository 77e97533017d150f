import { describe, expect, it } from 'vitest';
import { refusedClientInput } from './refused-client-input';

const answer = (status: number, body: unknown) => ({ status, headers: {}, body: Buffer.from(JSON.stringify(body)) });
const validation = (pointers: string[]) => ({
  type: 'urn:gongkai:problem:validation',
  title: 'The request has invalid fields',
  status: 400,
  requestId: 'department-request-id',
  errors: pointers.map((pointer) => ({ pointer, message: 'is invalid' })),
});

describe('a department’s refusal of a list request', () => {
  it('is the client’s error when it names what the client sent, with the department named and its request id dropped', () => {
    const refusal = refusedClientInput('ln-finance', answer(400, validation(['/query/q'])));
    expect(refusal?.status).toBe(400);
    expect(refusal?.problem).toMatchObject({ department: 'ln-finance', errors: [{ pointer: '/query/q' }] });
    expect(refusal?.problem.requestId).toBeUndefined();
    expect(refusedClientInput('ln-finance', answer(422, { ...validation(['/query/division']), status: 422 }))?.status).toBe(422);
  });

  it('is the client’s error when the department says no more than the status', () => {
    expect(refusedClientInput('ln-finance', { status: 400, headers: {}, body: Buffer.from('bad') })?.problem).toMatchObject({
      status: 400,
      department: 'ln-finance',
    });
  });

  it('is the department’s failure when it refuses only what the gateway wrote (its own cursor, the page size)', () => {
    expect(refusedClientInput('ln-finance', answer(400, validation(['/query/cursor'])))).toBeUndefined();
    expect(refusedClientInput('ln-finance', answer(400, validation(['/query/since', '/query/limit'])))).toBeUndefined();
    expect(refusedClientInput('ln-finance', answer(400, validation(['/query/cursor', '/query/q'])))?.status).toBe(400);
  });

  it('is nothing for any other status', () => {
    for (const status of [200, 304, 401, 404, 500, 503]) expect(refusedClientInput('ln-finance', answer(status, {}))).toBeUndefined();
  });
});
