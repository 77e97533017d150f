import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateSchema } from '@gongkai/spec';
import { itemInput } from './support/fixtures';
import { startDepartment, type TestDepartment } from './support/department-server';

describe('HTTP basics', () => {
  let department: TestDepartment;
  beforeAll(async () => {
    department = await startDepartment();
  });
  afterAll(() => department.close());

  it('publishes an item as staff and serves it with a strong ETag, answering 304 to If-None-Match', async () => {
    const created = await department.request('/v1/admin/items', { admin: true, json: itemInput() });
    expect(created.status).toBe(201);
    const item = (await created.json()) as { id: string };
    expect(created.headers.get('location')).toBe(`/v1/items/${item.id}`);
    const got = await department.request(`/v1/items/${item.id}`);
    expect(got.status).toBe(200);
    const etag = got.headers.get('etag');
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    expect(got.headers.get('cache-control')).toContain('public');
    expect(got.headers.get('x-request-id')).toBeTruthy();
    expect(validateSchema('DisclosureItem', await got.json()).ok).toBe(true);
    const again = await department.request(`/v1/items/${item.id}`, { headers: { 'If-None-Match': etag! } });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe('');
  });

  it('answers a bad query with a 400 problem naming each field', async () => {
    const response = await department.request('/v1/items?limit=1000&category=nope&colour=red');
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const body = (await response.json()) as { errors: { pointer: string }[]; requestId: string };
    expect(body.errors.map((e) => e.pointer).sort()).toEqual(['/query/category', '/query/colour', '/query/limit']);
    expect(body.requestId).toBe(response.headers.get('x-request-id'));
  });
});
