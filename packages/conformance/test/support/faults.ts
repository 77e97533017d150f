import { STAFF_TOKEN } from './sample-department';
import { json, withJson, type Answer, type Fault } from './broken-department';

/** Every field of this name, however deep, becomes a string: the commonest vendor bug (a number sent as text). */
function stringify(value: unknown, field: string): unknown {
  if (Array.isArray(value)) return value.map((child) => stringify(child, field));
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, key === field ? String(child) : stringify(child, field)]));
}

/** Whether an answer is JSON: the faults break JSON answers, and leave the same records as CSV alone. */
const isJson = (answer: Answer) => (answer.headers['content-type'] ?? '').startsWith('application/json');

/** Whether a request asks for CSV (by `format` or `Accept`). */
const asksForCsv = (incoming: { url: URL; headers: Readonly<Record<string, string>> }) =>
  incoming.url.searchParams.has('format') || (incoming.headers['accept'] ?? '').includes('text/csv');

/** `revision` of disclosure items sent as a string. */
export const wrongFieldTypes: Fault = async (incoming, forward) => {
  const answer = await forward(incoming);
  const items = /^\/v1\/items(\/[^/]+)?$/.test(incoming.url.pathname);
  return items && answer.status === 200 && isJson(answer) ? withJson(answer, stringify(json(answer), 'revision')) : answer;
};

/**
 * `/v1/items` paged by offset with the classic off-by-one: each next page starts at the last
 * record of the page before, so that record is seen twice.
 */
export const repeatingPagination: Fault = async (incoming, forward) => {
  const { pathname, searchParams } = incoming.url;
  const own = /^offset-\d+$/.test(searchParams.get('cursor') ?? '');
  const plain = [...searchParams.keys()].every((key) => key === 'limit' || (key === 'cursor' && own));
  const limitValid = /^([1-9]\d?|100)$/.test(searchParams.get('limit') ?? '20');
  // Anything but a plain walk (filters, orders, bad input) goes to the real department.
  if (pathname !== '/v1/items' || !plain || !limitValid || asksForCsv(incoming)) return forward(incoming);
  const records: unknown[] = [];
  for (let path: string | undefined = '/v1/items?limit=100'; path;) {
    const page = json(await forward(incoming, { path, headers: { 'if-none-match': undefined } })) as {
      data: unknown[];
      links: { next?: string };
    };
    records.push(...page.data);
    path = page.links.next;
  }
  const limit = Number(searchParams.get('limit') ?? 20);
  const offset = own ? Number(searchParams.get('cursor')!.slice('offset-'.length)) : 0;
  const next = offset + limit < records.length ? `/v1/items?limit=${limit}&cursor=offset-${offset + limit - 1}` : undefined;
  const body = Buffer.from(JSON.stringify({ data: records.slice(offset, offset + limit), meta: {}, links: next ? { next } : {} }));
  const etag = `"offset-${offset}-${limit}-${records.length}"`;
  const headers = { 'content-type': 'application/json', etag, 'cache-control': 'no-cache' };
  return incoming.headers['if-none-match'] === etag ? { status: 304, headers, body: Buffer.alloc(0) } : { status: 200, headers, body };
};

/** A limit that is not a number from 1 to 100 crashes the server: a 500 with an HTML page. */
export const serverErrorOnBadInput: Fault = async (incoming, forward) => {
  const limit = incoming.url.searchParams.get('limit');
  if (limit !== null && !(/^\d+$/.test(limit) && Number(limit) >= 1 && Number(limit) <= 100)) {
    return {
      status: 500,
      headers: { 'content-type': 'text/html' },
      body: Buffer.from('<h1>500 Internal Server Error</h1><pre>NumberFormatException</pre>'),
    };
  }
  return forward(incoming);
};

/** No ETag on any answer, and If-None-Match ignored. */
export const missingEtag: Fault = async (incoming, forward) => {
  const answer: Answer = await forward(incoming, { headers: { 'if-none-match': undefined } });
  const { etag: _etag, ...headers } = answer.headers;
  return { ...answer, headers };
};

/** A disclosure request read without its access token answers with the request, applicant and all. */
export const personalDataWithoutToken: Fault = async (incoming, forward) => {
  const tracking = /^\/v1\/requests\/([^/]+)$/.exec(incoming.url.pathname)?.[1];
  if (incoming.method !== 'GET' || !tracking || incoming.headers['authorization']) return forward(incoming);
  return forward(incoming, { path: `/v1/admin/requests/${tracking}`, headers: { authorization: `Bearer ${STAFF_TOKEN}` } });
};
