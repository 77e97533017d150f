import { afterEach, describe, expect, it } from 'vitest';
import type { DisclosureItem } from '@gongkai/spec';
import { kitDepartment, type KitDepartment } from './support/kit-department';
import { startGateway, type RunningGateway } from './support/start-gateway';
import { checkedTrailer, download, ndjsonLines, plainNdjsonLines } from '../../../examples/test-support/export-download';

const byteOrder = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

describe('GET /v1/exports/{kind} through the gateway', () => {
  let departments: KitDepartment[] = [];
  let gateway: RunningGateway | undefined;

  async function setUp(counts: Record<string, number>, exportPageSize: number, settings: Record<string, unknown> = {}) {
    departments = await Promise.all(Object.entries(counts).map(([id, count]) => kitDepartment(id, count, exportPageSize)));
    gateway = await startGateway(
      departments.map((department) => ({ options: { id: department.id }, url: department.url }) as never),
      // A department's export may pause longer than the usual 1 s between two chunks on a loaded
      // machine; only the failures each test makes on purpose may break a stream off.
      { departmentTimeoutMs: 15_000, ...settings },
    );
    return gateway;
  }

  afterEach(async () => {
    await gateway?.close();
    gateway = undefined;
    await Promise.all(departments.map((department) => department.close()));
    departments = [];
  });

  // `ln-a` sorts before `ln-a-b` as a department id, after it as an id prefix (`-` < `:`): the file goes by the prefix, so it stays in id order.
  const COUNTS = { 'ln-a': 7, 'ln-a-b': 5, 'ln-c': 0, 'ln-b': 9 };

  it.each([1, 4, 500])(
    'concatenates every department’s items once, in id order, under one verified trailer (department pages of %i)',
    async (pageSize) => {
      const running = await setUp(COUNTS, pageSize);
      const answer = await download(`${running.url}/v1/exports/items`);
      expect(answer.status).toBe(200);
      expect(answer.whole).toBe(true);
      expect(answer.headers['content-type']).toBe('application/gzip');
      expect(answer.headers['content-disposition']).toMatch(/^attachment; filename="gongkai-items-all-\d{4}-\d{2}-\d{2}\.ndjson\.gz"$/);
      const lines = ndjsonLines(answer.body);
      const trailer = checkedTrailer(lines);
      expect(trailer).toMatchObject({
        kind: 'items',
        complete: true,
        count: 21,
        verifies: true,
        departments: ['ln-a-b', 'ln-a', 'ln-b', 'ln-c'],
      });
      const ids = lines.slice(0, -1).map((line) => (JSON.parse(line) as DisclosureItem).id);
      expect(ids).toEqual([...ids].sort(byteOrder));
      expect(new Set(ids).size).toBe(21);
      expect(lines.slice(0, -1).every((line) => (JSON.parse(line) as DisclosureItem).body?.startsWith('全文'))).toBe(true);
    },
  );

  it.each([1, 4, 500])(
    'federates plain NDJSON by format=ndjson-plain or Accept: application/x-ndjson: the same lines, verified, not compressed (department pages of %i)',
    async (pageSize) => {
      const running = await setUp(COUNTS, pageSize);
      const gzipped = ndjsonLines((await download(`${running.url}/v1/exports/items`)).body);
      for (const [path, headers] of [
        ['/v1/exports/items?format=ndjson-plain', {}],
        ['/v1/exports/items', { Accept: 'application/x-ndjson' }],
      ] as const) {
        const answer = await download(`${running.url}${path}`, headers);
        expect(answer.status).toBe(200);
        expect(answer.whole).toBe(true);
        expect(answer.headers['content-type']).toBe('application/x-ndjson');
        expect(answer.headers['content-encoding']).toBeUndefined();
        expect(answer.headers['content-disposition']).toMatch(/^attachment; filename="gongkai-items-all-\d{4}-\d{2}-\d{2}\.ndjson"$/);
        const lines = plainNdjsonLines(answer.body);
        expect(checkedTrailer(lines)).toMatchObject({ kind: 'items', complete: true, count: 21, verifies: true });
        const ids = lines.slice(0, -1).map((line) => (JSON.parse(line) as DisclosureItem).id);
        expect(ids).toEqual([...ids].sort(byteOrder));
        expect(new Set(ids).size).toBe(21);
        expect(lines.slice(0, -1)).toEqual(gzipped.slice(0, -1));
      }
    },
  );

  it('resumes a plain export after an id in the middle of a department', async () => {
    const running = await setUp(COUNTS, 3);
    const all = plainNdjsonLines((await download(`${running.url}/v1/exports/items?format=ndjson-plain`)).body)
      .slice(0, -1)
      .map((line) => (JSON.parse(line) as DisclosureItem).id);
    const middle = all.indexOf('ln-a-b:item-2');
    const rest = plainNdjsonLines((await download(`${running.url}/v1/exports/items?format=ndjson-plain&after=ln-a-b:item-2`)).body);
    expect(rest.slice(0, -1).map((line) => (JSON.parse(line) as DisclosureItem).id)).toEqual(all.slice(middle + 1));
    expect(checkedTrailer(rest)).toMatchObject({ complete: true, verifies: true });
  });

  it('resumes after an id in the middle of a department: the rest of it and the departments after, once', async () => {
    const running = await setUp(COUNTS, 3);
    const all = ndjsonLines((await download(`${running.url}/v1/exports/items`)).body)
      .slice(0, -1)
      .map((line) => (JSON.parse(line) as DisclosureItem).id);
    const middle = all.indexOf('ln-a-b:item-2');
    const rest = ndjsonLines((await download(`${running.url}/v1/exports/items?after=ln-a-b:item-2`)).body);
    expect(rest.slice(0, -1).map((line) => (JSON.parse(line) as DisclosureItem).id)).toEqual(all.slice(middle + 1));
    expect(checkedTrailer(rest)).toMatchObject({ complete: true, verifies: true });
  });

  it('hands out a changes cursor from before the export that the gateway’s /v1/changes takes as since', async () => {
    const running = await setUp({ 'ln-a': 2, 'ln-b': 2 }, 500);
    const answer = await download(`${running.url}/v1/exports/items`);
    const cursor = answer.headers['gongkai-changes-cursor'] as string;
    expect(checkedTrailer(ndjsonLines(answer.body))['changesCursor']).toBe(cursor);
    const changes = await running.get(`/v1/changes?since=${encodeURIComponent(cursor)}`);
    expect(changes.status).toBe(200);
    expect(((await changes.json()) as { data: unknown[] }).data).toEqual([]);
  });

  it('federates CSV: one BOM, one header row, every department’s rows', async () => {
    const running = await setUp(COUNTS, 4);
    for (const [path, headers] of [
      ['/v1/exports/items?format=csv', {}],
      ['/v1/exports/items?department=ln-a,ln-b', { Accept: 'text/csv' }],
    ] as const) {
      const answer = await download(`${running.url}${path}`, headers);
      expect(answer.whole).toBe(true);
      expect(answer.headers['content-type']).toBe('text/csv; charset=utf-8');
      const text = answer.body.toString('utf8');
      expect(text.match(/\uFEFF/g)).toHaveLength(1);
      const rows = text.trimEnd().split('\r\n');
      expect(rows[0]!.startsWith('\uFEFFid,departmentId,')).toBe(true);
      expect(rows).toHaveLength(1 + (path.includes('department=') ? 16 : 21));
    }
  });

  it('counts one export as one request against the quota', async () => {
    const running = await setUp(COUNTS, 1, { rateLimits: { anonymousRead: { points: 2, durationSeconds: 60 } } });
    expect((await download(`${running.url}/v1/exports/items`)).status).toBe(200);
    expect((await running.get('/v1/items')).status).toBe(200);
    expect((await running.get('/v1/items')).status).toBe(429);
  });

  it('answers 400 naming the parameter for an unknown department, kind or format', async () => {
    const running = await setUp({ 'ln-a': 1 }, 500);
    for (const [path, pointer] of [
      ['/v1/exports/items?department=ln-zz', '/query/department'],
      ['/v1/exports/requests', '/path/kind'],
      ['/v1/exports/items?format=xlsx', '/query/format'],
      ['/v1/exports/items?format=ndjson-gzip', '/query/format'],
    ] as const) {
      const answer = await running.get(path);
      expect(answer.status, path).toBe(400);
      expect(JSON.stringify(await answer.json())).toContain(pointer);
    }
  });

  it('says which department broke off mid-export and where to resume; the stream has no complete trailer', async () => {
    const running = await setUp(COUNTS, 2);
    // The department reads an NDJSON export as lines from its store.
    const failing = departments.find((department) => department.id === 'ln-b')!.store.items;
    const read = failing.exportLines.bind(failing);
    let calls = 0;
    failing.exportLines = async (after, limit) => {
      calls += 1;
      if (calls === 3) throw new Error('disk I/O error');
      return read(after, limit);
    };
    const answer = await download(`${running.url}/v1/exports/items`);
    expect(answer.whole).toBe(false);
    const lines = ndjsonLines(answer.body);
    const trailer = checkedTrailer(lines);
    expect(trailer).toMatchObject({ complete: false, count: 7 + 5 + 4, verifies: true, after: 'ln-b:item-3' });
    expect(trailer['failure']).toMatchObject({ department: 'ln-b', detail: expect.stringContaining('not whole') });
  });

  it('says which department broke off a plain export and where to resume, in a complete: false line', async () => {
    const running = await setUp(COUNTS, 2);
    const failing = departments.find((department) => department.id === 'ln-b')!.store.items;
    const read = failing.exportLines.bind(failing);
    let calls = 0;
    failing.exportLines = async (after, limit) => {
      calls += 1;
      if (calls === 3) throw new Error('disk I/O error');
      return read(after, limit);
    };
    const answer = await download(`${running.url}/v1/exports/items?format=ndjson-plain`);
    expect(answer.whole).toBe(false);
    const trailer = checkedTrailer(plainNdjsonLines(answer.body));
    expect(trailer).toMatchObject({ complete: false, count: 7 + 5 + 4, verifies: true, after: 'ln-b:item-3' });
    expect(trailer['failure']).toMatchObject({ department: 'ln-b' });
  });
});
