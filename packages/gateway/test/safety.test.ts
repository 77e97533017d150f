import { afterEach, describe, expect, it } from 'vitest';
import { LoopbackDepartment, generatedItems } from './support/loopback-department';
import { startGateway, type RunningGateway } from './support/start-gateway';

let running: RunningGateway | undefined;
let departments: LoopbackDepartment[] = [];

afterEach(async () => {
  await running?.close();
  await Promise.all(departments.map((d) => d.stop()));
  running = undefined;
  departments = [];
});

async function setUp(settings: Record<string, unknown> = {}) {
  departments = [await new LoopbackDepartment({ id: 'ln-finance', items: generatedItems('ln-finance', 3, 1) }).start()];
  running = await startGateway(departments, settings);
  return departments;
}

describe('gateway safety', () => {
  it('never proxies the department admin operations', async () => {
    const [finance] = await setUp();
    for (const [method, path] of [
      ['POST', '/v1/admin/items'],
      ['GET', '/v1/admin/requests'],
      ['POST', '/v1/admin/requests/ln-finance:YSQ-2026-000001/events'],
    ] as const) {
      const response = await running!.get(path, {
        method,
        headers: { 'content-type': 'application/json', authorization: 'Bearer staff' },
        ...(method === 'POST' ? { body: '{}' } : {}),
      });
      expect(response.status, path).toBe(404);
      expect(((await response.json()) as { detail: string }).detail).toContain('never through the gateway');
    }
    expect(finance!.calls).toEqual([]);
  });

  it('validates every query against the contract, naming the field', async () => {
    await setUp();
    const cases: Array<[string, string]> = [
      ['/v1/items?limit=0', '/query/limit'],
      ['/v1/items?category=secrets', '/query/category'],
      ['/v1/items?publishedFrom=yesterday', '/query/publishedFrom'],
      ['/v1/items?categroy=plans', '/query/categroy'],
      ['/v1/items/not-an-id', '/path/itemId'],
      ['/v1/reports/annual', '/query/year'],
    ];
    for (const [path, pointer] of cases) {
      const response = await running!.get(path);
      expect(response.status, path).toBe(400);
      const body = (await response.json()) as { errors: Array<{ pointer: string }>; requestId: string };
      expect(body.errors[0]?.pointer, path).toBe(pointer);
      expect(body.requestId).toBe(response.headers.get('x-request-id'));
    }
  });

  it('only ever calls the configured department URLs, whatever the request says', async () => {
    const [finance] = await setUp();
    await running!.get('/v1/items/ln-finance:..%2F..%2Fadmin');
    await running!.get('/v1/items/ln-finance%3A2026-000001%2F..%2F..%2Fadmin%2Fitems');
    expect(finance!.calls.every((call) => !call.includes('/admin'))).toBe(true);
  });

  it('answers unknown paths and wrong methods with problem+json, never HTML', async () => {
    await setUp();
    const unknown = await running!.get('/wp-admin');
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toContain('application/problem+json');
    const wrong = await running!.get('/v1/items', { method: 'DELETE' });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('content-type')).toContain('application/problem+json');
  });

  it('sets security headers and echoes an acceptable request id', async () => {
    await setUp();
    const response = await running!.get('/v1/items', { headers: { 'x-request-id': 'trace-12345678' } });
    expect(response.headers.get('x-request-id')).toBe('trace-12345678');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    const injected = await running!.get('/v1/items', { headers: { 'x-request-id': 'bad id with spaces' } });
    expect(injected.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('opens reads to every origin and accepts writes only from configured origins', async () => {
    await setUp({ cors: { writeOrigins: ['https://www.ln.gov.cn'] } });
    const read = await running!.get('/v1/items', { headers: { origin: 'https://news.example.org' } });
    expect(read.headers.get('access-control-allow-origin')).toBe('*');
    const preflight = await running!.get('/v1/requests', {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example.org', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBe('null');
    const allowed = await running!.get('/v1/requests', {
      method: 'OPTIONS',
      headers: { origin: 'https://www.ln.gov.cn', 'access-control-request-method': 'POST' },
    });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://www.ln.gov.cn');
    const write = await running!.get('/v1/requests', {
      method: 'POST',
      headers: { origin: 'https://evil.example.org', 'content-type': 'application/json' },
      body: '{}',
    });
    expect(write.status).toBe(403);
  });

  it('accepts writes from its own pages (a same-origin POST carries Origin too), and no forwarded host makes a stranger its own', async () => {
    await setUp();
    const post = (headers: Record<string, string>) =>
      running!.get('/v1/requests', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{}' });
    // Past CORS: the empty body is what is refused, naming its fields.
    const own = await post({ origin: running!.url });
    expect(own.status).toBe(400);
    expect(((await own.json()) as { errors: unknown[] }).errors.length).toBeGreaterThan(0);
    expect(own.headers.get('access-control-allow-origin')).toBe(running!.url);
    expect((await post({ origin: 'https://evil.example.org', 'x-forwarded-host': 'evil.example.org' })).status).toBe(403);
    expect((await post({ origin: 'null' })).status).toBe(403);
  });

  it('serves the contract, the reference docs, health and metrics', async () => {
    await setUp();
    const document = await running!.get('/openapi.json');
    const served = (await document.clone().json()) as { openapi: string; paths: Record<string, unknown> };
    expect(served.openapi).toBe('3.1.0');
    // The admin operations are a department's: its own /docs shows them, the gateway's never.
    expect(Object.keys(served.paths).filter((path) => path.startsWith('/v1/admin/'))).toEqual([]);
    expect(served.paths['/v1/items']).toBeDefined();
    const etag = document.headers.get('etag')!;
    expect((await running!.get('/openapi.json', { headers: { 'if-none-match': etag } })).status).toBe(304);
    const docs = await running!.get('/docs');
    expect(docs.headers.get('content-type')).toContain('text/html');
    const html = await docs.text();
    expect(html).toContain('swagger-ui-bundle.js');
    expect(html).not.toMatch(/https?:\/\/(cdn|unpkg)/);
    const bundle = await running!.get('/docs/swagger-ui-bundle.js');
    expect(bundle.status).toBe(200);
    expect((await running!.get('/docs/../../package.json')).status).toBe(404);
    expect(await (await running!.get('/healthz')).json()).toEqual({ status: 'ok' });
    expect((await running!.get('/readyz')).status).toBe(200);
    const metrics = await (await running!.get('/metrics')).text();
    expect(metrics).toContain('gongkai_http_request_duration_seconds');
  });
});
