import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { CircuitBreaker } from './circuit-breaker';
import { DepartmentClient } from './department-client';

let server: Server | undefined;
let client: DepartmentClient | undefined;

afterEach(async () => {
  await client?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = client = undefined;
});

/** A department whose one page has an ETag and is answered 304 when asked with it. */
async function department(page: string): Promise<{ url: string; notModified: () => number }> {
  let notModified = 0;
  server = createServer((req, res) => {
    if (req.headers['if-none-match'] === '"p1"') {
      notModified++;
      res.writeHead(304, { etag: '"p1"' }).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json', etag: '"p1"' }).end(page);
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, notModified: () => notModified };
}

describe('DepartmentClient.getRevalidated', () => {
  it('keeps the page it revalidates in a buffer of its own, not a view of the socket’s read', async () => {
    const page = JSON.stringify({ data: [{ id: 'ln-a:1', title: '公开' }], meta: {}, links: {} });
    const { url, notModified } = await department(page);
    client = new DepartmentClient(
      { id: 'ln-a', baseUrl: url, timeoutMs: 2000, connections: 2, maxAnswerBytes: 1024 * 1024 },
      new CircuitBreaker('ln-a'),
    );
    await client.getRevalidated('/v1/items');
    await client.getRevalidated('/v1/items'); // asked again: kept from now on
    const revalidated = await client.getRevalidated('/v1/items');
    expect(notModified()).toBe(1);
    expect(revalidated.status).toBe(200);
    expect(revalidated.body.toString()).toBe(page);
    expect(revalidated.body.buffer.byteLength).toBe(revalidated.body.length);
  });

  it('keeps what a department that ignores If-None-Match answers under a new ETag, and revalidates with that', async () => {
    let version = 1;
    let honoursConditions = false;
    const asked: (string | undefined)[] = [];
    server = createServer((req, res) => {
      const etag = `"v${version}"`;
      asked.push(req.headers['if-none-match']);
      if (honoursConditions && req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
      res.writeHead(200, { 'content-type': 'application/json', etag }).end(JSON.stringify({ data: [], meta: { version }, links: {} }));
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    client = new DepartmentClient(
      {
        id: 'ln-a',
        baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        timeoutMs: 2000,
        connections: 2,
        maxAnswerBytes: 1024 * 1024,
      },
      new CircuitBreaker('ln-a'),
    );
    const bodyOf = async () => JSON.parse((await client!.getRevalidated('/v1/items')).body.toString()) as { meta: { version: number } };
    await bodyOf();
    await bodyOf(); // kept from now on
    expect((await bodyOf()).meta.version).toBe(1); // asked with "v1", answered 200 "v1" again
    version = 2;
    expect((await bodyOf()).meta.version).toBe(2); // asked with "v1", answered 200 "v2": kept instead
    honoursConditions = true;
    const revalidated = await client.getRevalidated('/v1/items');
    expect(revalidated.status).toBe(200);
    expect(JSON.parse(revalidated.body.toString())).toEqual({ data: [], meta: { version: 2 }, links: {} });
    expect(asked).toEqual([undefined, undefined, '"v1"', '"v1"', '"v2"']);
  });
});
