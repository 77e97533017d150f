import type { ServerResponse } from 'node:http';
import type { Answer } from '../answers/answer';

/**
 * Writes an answer straight to node:http: the common headers, the answer's own, then the bytes, in
 * one `writeHead` with a flat list of headers (no `setHeader` per field) and one `end`.
 *
 * The list is what `setHeader` calls in that order would have sent: a later field replaces an
 * earlier one of the same name (in any case) at the earlier one's place, with the later spelling.
 */
export function writeAnswer(res: ServerResponse, answer: Answer, commonHeaders: Readonly<Record<string, string>>): void {
  const fields: string[] = [];
  const places = new Map<string, number>();
  const add = (name: string, value: string) => {
    const key = name.toLowerCase();
    const place = places.get(key);
    if (place === undefined) {
      places.set(key, fields.length);
      fields.push(name, value);
    } else {
      fields[place] = name;
      fields[place + 1] = value;
    }
  };
  for (const name in commonHeaders) add(name, commonHeaders[name]!);
  for (const name in answer.headers) add(name, answer.headers[name]!);
  if (!answer.body) {
    res.writeHead(answer.status, fields);
    res.end();
    return;
  }
  add('Content-Type', answer.body.type);
  add('Content-Length', String(answer.body.bytes.length));
  res.writeHead(answer.status, fields);
  res.end(answer.body.bytes);
}
