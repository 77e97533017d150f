import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itemInput } from './support/fixtures';
import { startDepartment, type TestDepartment } from './support/department-server';

describe('URLs in records are web links', () => {
  let server: TestDepartment;
  beforeAll(async () => {
    server = await startDepartment();
  });
  afterAll(() => server.close());

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['file:', 'file:///etc/passwd'],
    ['data:', 'data:text/html,x'],
    ['a URL past 2048 characters', `https://x.gov.cn/${'a'.repeat(2048)}`],
  ])('refuses %s as an item’s url, as the contract does (400 naming the field)', async (_what, url) => {
    const response = await server.request('/v1/admin/items', { admin: true, json: itemInput({ url }) });
    expect(response.status).toBe(400);
    const problem = (await response.json()) as { errors: Array<{ pointer: string }> };
    expect(problem.errors.map((error) => error.pointer)).toContain('/url');
  });

  it('refuses them in an attachment too, and takes http(s)', async () => {
    const attachments = [
      { name: '附件.pdf', mediaType: 'application/pdf', size: 1024, sha256: 'a'.repeat(64), url: 'javascript:alert(1)' },
    ];
    const refused = await server.request('/v1/admin/items', { admin: true, json: itemInput({ attachments }) });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { errors: Array<{ pointer: string }> }).errors.map((e) => e.pointer)).toContain('/attachments/0/url');
    const taken = await server.request('/v1/admin/items', { admin: true, json: itemInput({ url: 'https://czt.ln.gov.cn/a.html' }) });
    expect(taken.status).toBe(201);
  });
});
