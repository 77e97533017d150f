import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { request } from 'undici';

/** An answer as a broken department sends it. */
export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

export interface Incoming {
  readonly method: string;
  readonly url: URL;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
}

/** Asks the real department behind, with the same method, path, headers and body (or others). */
export type Forward = (incoming: Incoming, changes?: { path?: string; headers?: Record<string, string | undefined> }) => Promise<Answer>;

/** What a broken department does with one request: its own answer, or the real one, altered or not. */
export type Fault = (incoming: Incoming, forward: Forward) => Promise<Answer>;

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'host']);

async function read(message: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of message) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function json(answer: Answer): unknown {
  return JSON.parse(answer.body.toString('utf8'));
}

export function withJson(answer: Answer, value: unknown): Answer {
  return { ...answer, body: Buffer.from(JSON.stringify(value)) };
}

/**
 * A department with a fault, written for the tests: a real HTTP server on loopback in front of a
 * real department-kit department, answering every request through `fault`.
 */
export async function startBrokenDepartment(upstream: string, fault: Fault): Promise<{ url: string; close(): Promise<void> }> {
  const forward: Forward = async (incoming, changes = {}) => {
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries({ ...incoming.headers, ...changes.headers }))
      if (value !== undefined && !HOP_BY_HOP.has(name.toLowerCase())) headers[name] = value;
    const answer = await request(`${upstream}${changes.path ?? `${incoming.url.pathname}${incoming.url.search}`}`, {
      method: incoming.method as 'GET',
      headers,
      ...(incoming.body.length ? { body: incoming.body } : {}),
    });
    const answerHeaders: Record<string, string> = {};
    for (const [name, value] of Object.entries(answer.headers))
      if (value !== undefined && !HOP_BY_HOP.has(name)) answerHeaders[name] = Array.isArray(value) ? value.join(', ') : value;
    return { status: answer.statusCode, headers: answerHeaders, body: Buffer.from(await answer.body.arrayBuffer()) };
  };
  const server: Server = createServer(async (message, response) => {
    try {
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(message.headers)) if (typeof value === 'string') headers[name] = value;
      const incoming: Incoming = {
        method: message.method ?? 'GET',
        url: new URL(message.url ?? '/', 'http://department.test'),
        headers,
        body: await read(message),
      };
      const answer = await fault(incoming, forward);
      response.writeHead(answer.status, { ...answer.headers, 'content-length': String(answer.body.length) });
      response.end(answer.body);
    } catch (error) {
      response.writeHead(502, { 'content-type': 'text/plain' });
      response.end(`the broken department itself failed: ${(error as Error).message}`);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
