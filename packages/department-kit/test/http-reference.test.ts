import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_OPERATION_IDS, PUBLIC_OPERATION_IDS, openApiDocument } from '@gongkai/spec';
import { startDepartment, type TestDepartment } from './support/department-server';

describe("a department's own reference", () => {
  let server: TestDepartment;
  beforeAll(async () => {
    server = await startDepartment();
  });
  afterAll(() => server.close());

  it('serves the whole contract at /openapi.json, admin operations included, with an ETag', async () => {
    const response = await server.request('/openapi.json');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(await response.json()).toEqual(openApiDocument);
    const etag = response.headers.get('etag')!;
    expect((await server.request('/openapi.json', { headers: { 'If-None-Match': etag } })).status).toBe(304);
  });

  it('serves /docs, a page naming every operation it serves, escaped and without scripts', async () => {
    const response = await server.request('/docs');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await response.text();
    for (const id of [...PUBLIC_OPERATION_IDS, ...ADMIN_OPERATION_IDS]) expect(html).toContain(`id="${id}"`);
    expect(html).toContain('<code>/v1/admin/items</code>');
    expect(html).toContain('href="openapi.json"');
    expect(html).not.toMatch(/<script/i);
    // Descriptions are text: the contract's 〔〕, quotes and angle brackets arrive escaped.
    expect(html).not.toMatch(
      /<(?!\/?(html|head|meta|title|style|body|header|h1|h2|h3|p|a|em|strong|small|nav|ul|li|main|section|article|span|code|table|thead|tbody|tr|th|td)\b)[a-z]/i,
    );
  });
});
