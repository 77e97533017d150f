import pino from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
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
  departments = await Promise.all(['ln-a', 'ln-b'].map((id, i) => new LoopbackDepartment({ id, items: generatedItems(id, 8, i) }).start()));
  running = await startGateway(departments, { cache: { ttlMs: 60000 }, ...settings });
}

const comparable = (response: Response) => {
  const headers = Object.fromEntries(
    [...response.headers].filter(([name]) => !['date', 'x-request-id', 'ratelimit', 'age', 'connection', 'keep-alive'].includes(name)),
  );
  return headers;
};

describe('the cached-answer fast path', () => {
  it('answers a repeat with the same status, headers and bytes as the full path', async () => {
    await setUp();
    const full = await running!.get('/v1/items?limit=5', { headers: { 'x-request-id': 'first-request-1' } });
    const fullBody = await full.text();
    const fast = await running!.get('/v1/items?limit=5', { headers: { 'x-request-id': 'second-request-2' } });
    expect(fast.status).toBe(full.status);
    expect(await fast.text()).toBe(fullBody);
    expect(comparable(fast)).toEqual(comparable(full));
    expect(fast.headers.get('x-request-id')).toBe('second-request-2');
    expect(departments.map((d) => d.callsTo('/v1/items'))).toEqual([1, 1]);
    const metrics = await (await running!.get('/metrics')).text();
    expect(metrics).toMatch(/gongkai_http_request_duration_seconds_count\{operation="listItems",method="GET",status="200"\} 2/);
  });

  it('answers 304 to If-None-Match', async () => {
    await setUp();
    const first = await running!.get('/v1/items/ln-a:2026-000001');
    const again = await running!.get('/v1/items/ln-a:2026-000001', { headers: { 'if-none-match': first.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });

  it('counts fast answers against the quota and leaves the 429 to the full path', async () => {
    await setUp({ rateLimits: { anonymousRead: { points: 3, durationSeconds: 60 } } });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await running!.get('/v1/items')).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    const refused = await running!.get('/v1/items');
    expect(await refused.json()).toMatchObject({ type: 'urn:gongkai:problem:rate-limited' });
    expect(refused.headers.get('ratelimit')).toMatch(/r=0/);
  });

  it('never answers a request with credentials, or another representation, from the index', async () => {
    await setUp();
    await running!.get('/v1/fees');
    const csv = await running!.get('/v1/fees', { headers: { accept: 'text/csv' } });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const tracked = await running!.get('/v1/requests/ln-a:YSQ-2026-000001', { headers: { authorization: 'Bearer good-token' } });
    expect(tracked.headers.get('cache-control')).toBe('private, no-store');
  });

  it('never sends one Host’s absolute links to another', async () => {
    await setUp();
    const { request } = await import('node:http');
    const get = (host: string) =>
      new Promise<string>((resolve, reject) => {
        const url = new URL('/v1/feeds/items?limit=1', running!.url);
        request({ host: url.hostname, port: url.port, path: url.pathname + url.search, headers: { host } }, (res) => {
          let body = '';
          res.on('data', (chunk) => (body += chunk));
          res.on('end', () => resolve(body));
        })
          .on('error', reject)
          .end();
      });
    expect(await get('evil.example.org')).toContain('http://evil.example.org/v1/items/');
    expect(await get('data.ln.gov.cn')).toContain('http://data.ln.gov.cn/v1/items/');
  });

  it('goes back to the full path once the entry is stale', async () => {
    await setUp({ cache: { ttlMs: 0, staleWhileRevalidateMs: 0, staleIfErrorMs: 0 } });
    await running!.get('/v1/items');
    await running!.get('/v1/items');
    expect(departments[0]!.callsTo('/v1/items')).toBe(2);
  });
});

describe('the fast path and the full path answer alike', () => {
  let slow: RunningGateway | undefined;
  afterEach(async () => {
    await slow?.close();
    slow = undefined;
  });

  async function both() {
    departments = await Promise.all(
      ['ln-a', 'ln-b'].map((id, i) => new LoopbackDepartment({ id, items: generatedItems(id, 8, i) }).start()),
    );
    running = await startGateway(departments, { cache: { ttlMs: 60000 } });
    slow = await startGateway(departments, { cache: { ttlMs: 60000 } }, {}, { fastPath: false });
  }

  it.each([
    ['a single resource', '/v1/items/ln-a:2026-000001', {}],
    ['its history', '/v1/items/ln-a:2026-000001/history?limit=5', {}],
    ['a department', '/v1/departments/ln-b', {}],
    ['a resource a department does not have', '/v1/items/ln-a:2026-999999', {}],
    ['an unknown department', '/v1/items/ln-x:1', {}],
    ['an invalid id', '/v1/items/not-an-id', {}],
    ['a conditional request', '/v1/items/ln-a:2026-000002', { 'if-none-match': '*' }],
    ['a federated list', '/v1/items?limit=3', {}],
    ['a federated list with fields and a sort', '/v1/items?limit=4&fields=title&sort=-updatedAt', {}],
    ['a federated list as CSV', '/v1/fees?limit=2', { accept: 'text/csv' }],
    ['a federated list with format=csv', '/v1/budgets?limit=2&format=csv', {}],
    ['a list with an unknown field', '/v1/items?fields=nope', {}],
    ['a list with a forged cursor', '/v1/items?cursor=forged', {}],
    ['a list with an invalid limit', '/v1/items?limit=0', {}],
    ['a list of one department', '/v1/budgets?department=ln-b&limit=2', {}],
  ])('for %s', async (_what, path, headers) => {
    await both();
    const fast = await running!.get(path, { headers });
    const full = await slow!.get(path, { headers });
    expect(fast.status).toBe(full.status);
    const fastBody = (await fast.text()).replace(/"requestId":"[^"]+"/, '');
    const fullBody = (await full.text()).replace(/"requestId":"[^"]+"/, '');
    expect(fastBody).toBe(fullBody);
    expect(comparable(fast)).toEqual(comparable(full));
  });

  it('for a department that fails', async () => {
    await both();
    departments[0]!.behaviour.failWith = 500;
    const fast = await running!.get('/v1/items/ln-a:2026-000001');
    const full = await slow!.get('/v1/items/ln-a:2026-000001');
    expect(fast.status).toBe(502);
    expect(comparable(fast)).toEqual(comparable(full));
    expect(JSON.parse((await fast.text()).replace(/"requestId":"[^"]+"/, '"requestId":""'))).toEqual(
      JSON.parse((await full.text()).replace(/"requestId":"[^"]+"/, '"requestId":""')),
    );
  });

  it('for a federated list walked by its next links, and one a department fails', async () => {
    await both();
    const same = async (path: string) => {
      const fast = await running!.get(path);
      const full = await slow!.get(path);
      expect(fast.status).toBe(full.status);
      expect(comparable(fast)).toEqual(comparable(full));
      const body = await fast.text();
      expect(body).toBe(await full.text());
      return JSON.parse(body) as { links: { next?: string }; data: unknown[] };
    };
    // The two gateways share the cursor secret of the test set-up, so each page's next link is the same.
    let page = await same('/v1/items?limit=3');
    let pages = 1;
    while (page.links.next) {
      page = await same(page.links.next);
      pages++;
    }
    expect(pages).toBe(6);
    departments[0]!.behaviour.failWith = 500;
    const partial = await same('/v1/alerts?limit=3');
    expect(partial).toMatchObject({ meta: { partial: true } });
  });

  it('gives a cached repeat the same Age, and counts both alike in /metrics', async () => {
    const clock = { ms: Date.parse('2026-05-15T01:00:00Z') };
    const now = () => new Date(clock.ms);
    departments = await Promise.all(
      ['ln-a', 'ln-b'].map((id, i) => new LoopbackDepartment({ id, items: generatedItems(id, 8, i) }).start()),
    );
    running = await startGateway(departments, { cache: { ttlMs: 60000 } }, {}, { now });
    slow = await startGateway(departments, { cache: { ttlMs: 60000 } }, {}, { fastPath: false, now });
    const both = async (path: string) => {
      const [fast, full] = [await running!.get(path), await slow!.get(path)];
      expect(fast.status).toBe(full.status);
      return { fast: fast.headers.get('age'), full: full.headers.get('age') };
    };
    for (const path of ['/v1/items/ln-a:2026-000003', '/v1/items?limit=3']) {
      expect(await both(path)).toEqual({ fast: null, full: null }); // a miss: nothing was cached
      clock.ms += 400;
      expect(await both(path)).toEqual({ fast: '0', full: '0' }); // from the cache, under a second old
      clock.ms += 1200;
      expect(await both(path)).toEqual({ fast: '1', full: '1' });
    }
    departments[1]!.behaviour.failWith = 500;
    await both('/v1/items/ln-b:2026-000001');

    const counted = async (gateway: RunningGateway) =>
      (await (await gateway.get('/metrics')).text())
        .split('\n')
        .filter((line) => /^gongkai_(http_request_duration_seconds_count|cache_lookups_total)\{/.test(line))
        .sort();
    const fastCounts = await counted(running!);
    expect(fastCounts).toContain('gongkai_http_request_duration_seconds_count{operation="getItem",method="GET",status="502"} 1');
    expect(fastCounts).toEqual(await counted(slow!));
  });
});

describe('a failure inside the fast path', () => {
  it('is logged, and the full path answers with the request counted once against the quota', async () => {
    const lines: Array<Record<string, unknown>> = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
    departments = [await new LoopbackDepartment({ id: 'ln-a', items: generatedItems('ln-a', 3, 1) }).start()];
    running = await startGateway(
      departments,
      { cache: { ttlMs: 60000 }, rateLimits: { anonymousRead: { points: 10, durationSeconds: 60 } } },
      {},
      { logger },
    );
    // A fault the fast path cannot foresee (a bug, a library throwing): injected at its first step
    // after the quota, the cache lookup of the resource.
    vi.spyOn(running.gateway.context.cache, 'get').mockRejectedValueOnce(new Error('injected fault'));
    const response = await running.get('/v1/items/ln-a:2026-000001', { headers: { 'x-request-id': 'fast-path-fault-1' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('ratelimit')).toMatch(/^"anonymous-read";r=9;t=\d+$/);
    expect(lines).toContainEqual(
      expect.objectContaining({ level: 50, requestId: 'fast-path-fault-1', err: expect.objectContaining({ message: 'injected fault' }) }),
    );
  });
});
