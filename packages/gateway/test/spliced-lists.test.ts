/**
 * The JSON answer of a federated list is spliced from the departments' bytes (scanned, not
 * parsed): it must be byte for byte what the parse path (`federatedList` + `JSON.stringify` of
 * `listEnvelope`) answers for the same departments, whatever the departments' bytes look like.
 */
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { validateParameters } from '@gongkai/spec';
import { federatedList, listEnvelope } from '../src/federation/federated-list';
import { LISTS, type ListQuery } from '../src/federation/list-definitions';
import type { Identified } from '../src/federation/sort-order';
import { toQueryString } from '../src/departments/department-query';
import { generatedItems, LoopbackDepartment, type Record_ } from './support/loopback-department';
import { startGateway, type RunningGateway } from './support/start-gateway';

let running: RunningGateway | undefined;
let departments: LoopbackDepartment[] = [];
let proxies: Server[] = [];

afterEach(async () => {
  await running?.close();
  await Promise.all(departments.map((d) => d.stop()));
  await Promise.all(proxies.map((proxy) => new Promise((resolve) => proxy.close(resolve))));
  running = undefined;
  departments = [];
  proxies = [];
});

/** Records with what JSON makes awkward: escapes, unicode beyond the BMP, nesting, odd numbers. */
function awkwardItems(department: string): Record_[] {
  return generatedItems(department, 12, 7).map((item, index) => ({
    ...item,
    title: `${String(item['title'])} "引号" \\ 换行\n制表\t 😀 \u2028 </script>`,
    updatedAt: item['publishedAt'],
    attachments: [
      { name: `附件${index}.pdf`, sizeMb: index / 4, pages: index * 1e20, tags: [], meta: { ok: index % 2 === 0, none: null } },
    ],
  }));
}

/**
 * Rewrites a department's JSON answers into other spellings of the same JSON, as a department
 * may send them: pretty-printed, non-ASCII written as `\uXXXX`, or each record's `id` and
 * `publishedAt` given twice (JSON.parse keeps the last, so the decoy is never the value).
 */
type Spelling = 'pretty' | 'escaped' | 'duplicates';

function respell(text: string, spelling: Spelling): string {
  if (spelling === 'pretty') return JSON.stringify(JSON.parse(text), null, 2);
  if (spelling === 'escaped') return text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return text.replaceAll('{"id":', '{"id":"decoy:0","publishedAt":"1999-01-01T00:00:00+08:00","id":');
}

/** A real HTTP proxy in front of a department that respells its 200 JSON answers. */
async function respelling(department: LoopbackDepartment, spelling: Spelling): Promise<LoopbackDepartment> {
  const target = new URL(department.url);
  const proxy = createServer((req, res) => {
    const upstream = httpRequest(
      { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          const rewritten = answer.statusCode === 200 && body ? respell(body, spelling) : body;
          const { 'transfer-encoding': _chunked, ...headers } = answer.headers;
          headers['content-length'] = String(Buffer.byteLength(rewritten));
          res.writeHead(answer.statusCode ?? 502, headers);
          res.end(rewritten);
        });
      },
    );
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxies.push(proxy);
  const url = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  return { options: department.options, url } as LoopbackDepartment;
}

async function setUp(spellings: readonly (Spelling | undefined)[] = [undefined, undefined, undefined]) {
  departments = await Promise.all(
    spellings.map((_, index) => {
      const id = `dept-${index}`;
      const items = [
        ...generatedItems(id, 9 + index * 4, index + 1),
        ...awkwardItems(`${id}x`).map((item) => ({ ...item, id: `${id}:x${item.id}` })),
      ];
      return new LoopbackDepartment({ id, items }).start();
    }),
  );
  const fronts = await Promise.all(
    departments.map((department, index) => (spellings[index] ? respelling(department, spellings[index]) : department)),
  );
  // A high threshold: the reference answer calls every department again, failing ones included.
  running = await startGateway(fronts, { circuitBreaker: { failureThreshold: 1000, openMs: 1000 } });
  return departments;
}

/** The parse path's bytes for the same request: what the gateway answered before splicing. */
async function parsePathBody(path: string): Promise<Buffer> {
  const url = new URL(path, 'http://gateway.invalid');
  const params = validateParameters('listItems', { query: url.searchParams, path: {}, headers: {} });
  if (!params.ok) throw new Error(`invalid ${path}`);
  const query = params.value.query as ListQuery;
  const page = await federatedList<Identified>(running!.gateway.context, LISTS.listItems, query);
  const selfQuery = toQueryString(query);
  selfQuery.delete('cursor');
  return Buffer.from(JSON.stringify(listEnvelope(page, url.pathname, selfQuery)));
}

interface ListBody {
  data: Record_[];
  meta: Record<string, unknown>;
  links: { next?: string };
}

/** Walks a list to its end through the gateway, checking every page against the parse path. */
async function walkComparing(firstPath: string, maxPages = 100): Promise<ListBody[]> {
  const pages: ListBody[] = [];
  for (let path: string | undefined = firstPath; path && pages.length < maxPages;) {
    const response = await running!.get(path);
    expect(response.status, path).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const spliced = Buffer.from(await response.arrayBuffer());
    expect(spliced.toString('utf8'), path).toBe((await parsePathBody(path)).toString('utf8'));
    const body = JSON.parse(spliced.toString('utf8')) as ListBody;
    pages.push(body);
    path = body.links.next;
  }
  expect(pages.length).toBeLessThan(100);
  return pages;
}

function allIds(): string[] {
  return departments.flatMap((department) => (department.options.items ?? []).map((item) => item.id)).sort();
}

describe('spliced JSON list answers', () => {
  it.each([
    { sort: '-publishedAt', limit: 10 },
    { sort: 'publishedAt', limit: 7 },
    { sort: '-updatedAt', limit: 25 },
    { sort: 'updatedAt', limit: 1 },
    { sort: '-publishedAt', limit: 100 },
  ])('are the parse path’s bytes on every page of a walk, sort=$sort limit=$limit, each record once', async ({ sort, limit }) => {
    await setUp();
    const pages = await walkComparing(`/v1/items?sort=${sort}&limit=${limit}`);
    const ids = pages.flatMap((page) => page.data.map((record) => record.id));
    expect([...ids].sort()).toEqual(allIds());
    expect(pages[0]!.meta['total']).toBe(allIds().length);
  });

  it('are the parse path’s bytes when departments page in small steps', async () => {
    await setUp();
    for (const department of departments) department.behaviour.pageCap = 3;
    const pages = await walkComparing('/v1/items?limit=8');
    expect(pages.flatMap((page) => page.data.map((record) => record.id)).sort()).toEqual(allIds());
  });

  it('are the parse path’s bytes whatever the departments’ spelling: pretty, escaped, duplicate members', async () => {
    await setUp(['pretty', 'escaped', 'duplicates']);
    const pages = await walkComparing('/v1/items?limit=9');
    expect(pages.every((page) => page.meta['partial'] === undefined)).toBe(true);
    const ids = pages.flatMap((page) => page.data.map((record) => record.id));
    expect([...ids].sort()).toEqual(allIds());
    expect(ids).not.toContain('decoy:0');
  });

  it('are the parse path’s bytes for filtered lists and totals', async () => {
    await setUp();
    await walkComparing('/v1/items?category=plans&limit=4');
    await walkComparing('/v1/items?department=dept-1,dept-2&limit=6');
  });

  it('are the parse path’s bytes for a partial answer, and the walk resumes the failed department', async () => {
    const [, failing] = await setUp();
    failing!.behaviour.failWith = 500;
    // While it fails, the walk keeps its place: compare a few pages, then let it answer again.
    const partial = await walkComparing('/v1/items?limit=5', 3);
    expect(partial.every((page) => page.meta['partial'] === true)).toBe(true);
    failing!.behaviour.failWith = null;
    const rest = await walkComparing(partial[partial.length - 1]!.links.next!);
    const ids = [...partial, ...rest].flatMap((page) => page.data.map((record) => record.id));
    expect(partial.flatMap((page) => page.data).some((record) => record.id.startsWith('dept-1'))).toBe(false);
    expect([...ids].sort()).toEqual(allIds());
  });

  it('leave fields= and CSV to the parse path, which still answers them', async () => {
    await setUp();
    const projected = await running!.get('/v1/items?limit=3&fields=title');
    expect(Buffer.from(await projected.arrayBuffer()).toString('utf8')).toBe(
      (await parsePathBody('/v1/items?limit=3&fields=title')).toString('utf8'),
    );
    const csv = await running!.get('/v1/items?limit=3&format=csv');
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  });
});
