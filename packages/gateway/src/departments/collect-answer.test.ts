import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Pool } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { AnswerDeadlineError, AnswerTooLargeError, collectAnswer } from './collect-answer';

let server: Server | undefined;
let pool: Pool | undefined;

afterEach(async () => {
  await pool?.destroy();
  server?.closeAllConnections();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  server = pool = undefined;
});

async function serve(handler: RequestListener, connections = 4): Promise<Pool> {
  server = createServer(handler);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  pool = new Pool(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, { connections });
  return pool;
}

const bounds = { deadlineMs: 2000, maxBytes: 4096 };

describe('collectAnswer', () => {
  it('gathers status, headers and body, sent in several chunks, into one buffer', async () => {
    const dispatcher = await serve((_req, res) => {
      res.writeHead(201, { 'content-type': 'application/json', etag: '"a"' });
      res.write('{"data":');
      setTimeout(() => res.end('["公开"]}'), 20);
    });
    const answer = await collectAnswer(dispatcher, { method: 'GET', path: '/' }, bounds);
    expect(answer.status).toBe(201);
    expect(answer.headers['etag']).toBe('"a"');
    expect(answer.body.toString()).toBe('{"data":["公开"]}');
  });

  it('refuses a declared length over the cap before reading, and stops reading past the cap', async () => {
    let closed = 0;
    const dispatcher = await serve((req, res) => {
      res.on('close', () => (closed += 1));
      if (req.url === '/declared') {
        res.writeHead(200, { 'content-length': '5000' });
        res.end(Buffer.alloc(5000));
        return;
      }
      res.writeHead(200);
      const timer = setInterval(() => res.write(Buffer.alloc(1024)), 5);
      res.on('close', () => clearInterval(timer));
    });
    await expect(collectAnswer(dispatcher, { method: 'GET', path: '/declared' }, bounds)).rejects.toThrow('answered more than 4096 bytes');
    await expect(collectAnswer(dispatcher, { method: 'GET', path: '/endless' }, bounds)).rejects.toBeInstanceOf(AnswerTooLargeError);
    // The endless answer's connection was closed by the gateway, not left sending.
    await expect.poll(() => closed).toBe(2);
  });

  it('ends an answer that trickles past the deadline, and one still waiting for a connection', async () => {
    const dispatcher = await serve((_req, res) => {
      res.writeHead(200);
      const timer = setInterval(() => res.write(' '), 20);
      res.on('close', () => clearInterval(timer));
    }, 1);
    const short = { deadlineMs: 200, maxBytes: 1 << 20 };
    const first = collectAnswer(dispatcher, { method: 'GET', path: '/a' }, short);
    const queued = collectAnswer(dispatcher, { method: 'GET', path: '/b' }, { ...short, deadlineMs: 100 });
    await expect(queued).rejects.toBeInstanceOf(AnswerDeadlineError);
    await expect(first).rejects.toThrow('did not answer within 200 ms');
  });

  it('passes a connection failure on as undici reports it', async () => {
    const dispatcher = new Pool('http://127.0.0.1:1');
    await expect(collectAnswer(dispatcher, { method: 'GET', path: '/' }, bounds)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    await dispatcher.destroy();
  });
});
