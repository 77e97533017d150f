import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../answers/answer';
import { writeAnswer } from './write-answer';

/** The raw header lines and body a real node:http server sends when `write` answers. */
async function sent(write: (res: ServerResponse) => void): Promise<{ status: number; headers: string[]; body: string }> {
  const server = createServer((_req, res) => write(res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    const headers = [...response.headers.entries()].filter(([name]) => name !== 'date').map(([name, value]) => `${name}: ${value}`);
    return { status: response.status, headers, body: await response.text() };
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

/** What one setHeader per field sent before writeAnswer wrote one header list. */
function writeWithSetHeader(res: ServerResponse, answer: Answer, common: Record<string, string>): void {
  for (const [name, value] of Object.entries(common)) res.setHeader(name, value);
  for (const [name, value] of Object.entries(answer.headers)) res.setHeader(name, value);
  res.statusCode = answer.status;
  if (!answer.body) return void res.end();
  res.setHeader('Content-Type', answer.body.type);
  res.setHeader('Content-Length', answer.body.bytes.length);
  res.end(answer.body.bytes);
}

describe('writing an answer straight to node:http', () => {
  const common = { 'X-Request-Id': 'r-1', 'Access-Control-Allow-Origin': '*', 'Retry-After': '1' };

  it('sends what a setHeader per field sent, a later field of the same name replacing the earlier', async () => {
    const answer: Answer = {
      status: 503,
      headers: { 'retry-after': '7', Vary: 'Accept', 'content-type': 'text/plain' },
      body: { type: 'application/problem+json', bytes: Buffer.from('{"status":503}') },
    };
    const ours = await sent((res) => writeAnswer(res, answer, Object.entries(common).flat()));
    expect(ours).toEqual(await sent((res) => writeWithSetHeader(res, answer, common)));
    expect(ours.headers).toContain('retry-after: 7');
    expect(ours.headers).toContain('content-type: application/problem+json');
  });

  it('sends no body and no content type for an answer without one', async () => {
    const answer: Answer = { status: 304, headers: { ETag: '"abc"' } };
    const ours = await sent((res) => writeAnswer(res, answer, Object.entries(common).flat()));
    expect(ours).toEqual(await sent((res) => writeWithSetHeader(res, answer, common)));
    expect(ours.status).toBe(304);
  });
});
