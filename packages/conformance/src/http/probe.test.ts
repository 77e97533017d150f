import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { Probe } from './probe';

describe('Probe', () => {
  let server: Server;
  afterEach(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  async function listen(handler: RequestListener): Promise<URL> {
    server = createServer(handler);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/finance`);
  }

  it('keeps the raw answer, names the operation, and sends below the base path', async () => {
    const base = await listen((request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json', ETag: '"a"' });
      response.end(JSON.stringify({ path: request.url }));
    });
    const probe = new Probe(base, { timeoutMs: 5000, maxBodyBytes: 1024 });
    const exchange = await probe.send({ target: '/v1/items?limit=1' });
    expect(exchange.operationId).toBe('listItems');
    expect(exchange.response.headers['etag']).toBe('"a"');
    expect(JSON.parse(exchange.response.body.toString())).toEqual({ path: '/finance/v1/items?limit=1' });
    await probe.close();
  });

  it('cuts off an answer larger than it accepts', async () => {
    const base = await listen((_, response) => response.end('x'.repeat(5000)));
    const probe = new Probe(base, { timeoutMs: 5000, maxBodyBytes: 1024 });
    expect((await probe.send({ target: '/v1/items' })).response.error).toBe('the answer is larger than 1024 bytes');
    await probe.close();
  });

  it('stops sending to a department that no longer answers', async () => {
    const base = await listen(() => {}); // accepts, never answers
    const probe = new Probe(base, { timeoutMs: 100, maxBodyBytes: 1024 });
    for (let i = 0; i < 5; i++) expect((await probe.send({ target: '/v1/items' })).response.status).toBe(0);
    const sixth = await probe.send({ target: '/v1/items' });
    expect(sixth.response.error).toBe('not sent: the last 5 requests got no answer');
    await probe.close();
  });
});
