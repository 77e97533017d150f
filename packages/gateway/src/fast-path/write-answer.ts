import type { ServerResponse } from 'node:http';
import type { Answer } from '../answers/answer';

/** Writes an answer straight to node:http: the common headers, the answer's own, then the bytes. */
export function writeAnswer(res: ServerResponse, answer: Answer, commonHeaders: Readonly<Record<string, string>>): void {
  for (const [name, value] of Object.entries(commonHeaders)) res.setHeader(name, value);
  for (const [name, value] of Object.entries(answer.headers)) res.setHeader(name, value);
  res.statusCode = answer.status;
  if (!answer.body) {
    res.end();
    return;
  }
  res.setHeader('Content-Type', answer.body.type);
  res.setHeader('Content-Length', answer.body.bytes.length);
  res.end(answer.body.bytes);
}
