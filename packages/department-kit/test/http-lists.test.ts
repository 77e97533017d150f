import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDepartment, type TestDepartment } from './support/department-server';

describe('every list over HTTP', () => {
  let server: TestDepartment;
  beforeAll(async () => {
    server = await startDepartment({ now: '2026-03-20T09:00:00+08:00' });
  });
  afterAll(() => server.close());

  it.each(['/v1/items', '/v1/fees'])('refuses a search for nothing but whitespace on %s (400 naming q)', async (list) => {
    const response = await server.request(`${list}?q=%20%20`);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      errors: [{ pointer: '/query/q', message: 'must contain something other than whitespace' }],
    });
  });
});
