import type { ServerResponse } from 'node:http';
import type { Answer } from '../answers/answer';

/**
 * Writes an answer straight to node:http: the common headers, the answer's own, then the bytes, in
 * one `writeHead` with a flat list of headers (no `setHeader` per field) and one `end`.
 *
 * The list is what `setHeader` calls in that order would have sent: a later field replaces an
 * earlier one of the same name (in any case) at the earlier one's place, with the later spelling.
 * `commonFields` (name, value pairs with distinct names, `commonReadHeaders`) becomes the list
 * itself; an answer has a few fields of its own, so finding a name again is a short scan.
 */
export function writeAnswer(res: ServerResponse, answer: Answer, commonFields: string[]): void {
  const fields = commonFields;
  for (const name in answer.headers) put(fields, name, answer.headers[name]!);
  if (!answer.body) {
    res.writeHead(answer.status, fields);
    res.end();
    return;
  }
  put(fields, 'Content-Type', answer.body.type);
  put(fields, 'Content-Length', String(answer.body.bytes.length));
  res.writeHead(answer.status, fields);
  res.end(answer.body.bytes);
}

function put(fields: string[], name: string, value: string): void {
  for (let place = 0; place < fields.length; place += 2) {
    const existing = fields[place]!;
    if (existing.length === name.length && existing.toLowerCase() === name.toLowerCase()) {
      fields[place] = name;
      fields[place + 1] = value;
      return;
    }
  }
  fields.push(name, value);
}
