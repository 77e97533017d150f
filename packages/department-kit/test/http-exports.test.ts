import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { DisclosureItem } from '@gongkai/spec';
import { department, makeItem } from './support/fixtures';
import { startDepartment, type TestDepartment } from './support/department-server';
import { checkedTrailer, download, ndjsonLines, plainNdjsonLines } from '../../../examples/test-support/export-download';

const note = { action: 'created' as const, at: '2026-03-10T09:30:00+08:00' };

async function departmentWith(count: number, exportPageSize: number): Promise<{ server: TestDepartment; items: DisclosureItem[] }> {
  const server = await startDepartment({ exportPageSize });
  const items: DisclosureItem[] = [];
  for (let i = 0; i < count; i += 1) {
    // Ids out of publication order, with a formula-looking title now and then.
    const item = makeItem({ id: `${department.id}:x-${(i * 7) % count}`, ...(i % 5 === 0 ? { title: `=cmd|${i}` } : {}) });
    await server.store.items.create(item, note);
    items.push(item);
  }
  return { server, items };
}

const byteOrder = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

describe('GET /v1/exports/{kind} on a department', () => {
  let server: TestDepartment | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it.each([1, 3, 7, 500])('exports every item once, with its body, in id order (store pages of %i)', async (pageSize) => {
    const made = await departmentWith(23, pageSize);
    server = made.server;
    const answer = await download(`${server.url}/v1/exports/items`);
    expect(answer.status).toBe(200);
    expect(answer.whole).toBe(true);
    expect(answer.headers['content-type']).toBe('application/gzip');
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.headers['content-disposition']).toBe(`attachment; filename="gongkai-items-${department.id}-2026-05-11.ndjson.gz"`);
    const lines = ndjsonLines(answer.body);
    const trailer = checkedTrailer(lines);
    expect(trailer).toMatchObject({ kind: 'items', complete: true, count: 23, verifies: true });
    const records = lines.slice(0, -1).map((line) => JSON.parse(line) as DisclosureItem);
    expect(records.map((item) => item.id)).toEqual(made.items.map((item) => item.id).sort(byteOrder));
    expect(records.every((item) => item.body?.includes('住房公积金'))).toBe(true);
    expect(trailer['after']).toBe(records.at(-1)!.id);
  });

  it.each([1, 3, 7, 500])(
    'exports plain NDJSON by format=ndjson-plain or Accept: application/x-ndjson: the same lines, not compressed (store pages of %i)',
    async (pageSize) => {
      const made = await departmentWith(23, pageSize);
      server = made.server;
      const gzipped = ndjsonLines((await download(`${server.url}/v1/exports/items`)).body);
      for (const [path, headers] of [
        ['/v1/exports/items?format=ndjson-plain', {}],
        ['/v1/exports/items', { Accept: 'application/x-ndjson' }],
      ] as const) {
        const answer = await download(`${server.url}${path}`, headers);
        expect(answer.status).toBe(200);
        expect(answer.whole).toBe(true);
        expect(answer.headers['content-type']).toBe('application/x-ndjson');
        expect(answer.headers['content-encoding']).toBeUndefined();
        expect(answer.headers['content-disposition']).toBe(`attachment; filename="gongkai-items-${department.id}-2026-05-11.ndjson"`);
        const lines = plainNdjsonLines(answer.body);
        expect(checkedTrailer(lines)).toMatchObject({ kind: 'items', complete: true, count: 23, verifies: true });
        const ids = lines.slice(0, -1).map((line) => (JSON.parse(line) as DisclosureItem).id);
        expect(ids).toEqual(made.items.map((item) => item.id).sort(byteOrder));
        expect(lines.slice(0, -1)).toEqual(gzipped.slice(0, -1));
      }
    },
  );

  it('resumes a plain export after an id, and exports records that are not stored as lines (fees) plain too', async () => {
    const made = await departmentWith(12, 5);
    server = made.server;
    const ids = made.items.map((item) => item.id).sort(byteOrder);
    const answer = await download(`${server.url}/v1/exports/items?format=ndjson-plain&after=${encodeURIComponent(ids[6]!)}`);
    const lines = plainNdjsonLines(answer.body);
    expect(lines.slice(0, -1).map((line) => (JSON.parse(line) as DisclosureItem).id)).toEqual(ids.slice(7));
    expect(checkedTrailer(lines)).toMatchObject({ complete: true, count: 5, after: ids.at(-1), verifies: true });
    const fees = plainNdjsonLines((await download(`${server.url}/v1/exports/fees?format=ndjson-plain`)).body);
    expect(checkedTrailer(fees)).toMatchObject({ kind: 'fees', complete: true, verifies: true });
  });

  it('exports each item as the bytes of its own JSON answer, body included, whatever its text holds', async () => {
    server = await startDepartment({ exportPageSize: 2 });
    const texts = ['含"引号"和\\反斜杠\n换行\u2028与表情😀', '', '普通正文。', '\u0000控制字符\t'];
    const made: DisclosureItem[] = [];
    for (const [i, body] of texts.entries()) {
      const item = makeItem({ id: `${department.id}:bytes-${i}`, body, title: `标题"${i}"` });
      await server.store.items.create(item, note);
      made.push(item);
    }
    const lines = ndjsonLines((await download(`${server.url}/v1/exports/items`)).body);
    expect(checkedTrailer(lines)).toMatchObject({ complete: true, count: texts.length, verifies: true });
    for (const [i, line] of lines.slice(0, -1).entries()) {
      const id = (JSON.parse(line) as DisclosureItem).id;
      const single = await (await server.request(`/v1/items/${encodeURIComponent(id)}`)).text();
      expect(line, id).toBe(JSON.stringify(JSON.parse(single)));
      expect(JSON.parse(line)).toEqual(made[i]);
    }
  });

  it('resumes after an id: the rest, once, and a trailer of its own', async () => {
    const made = await departmentWith(12, 5);
    server = made.server;
    const ids = made.items.map((item) => item.id).sort(byteOrder);
    const answer = await download(`${server.url}/v1/exports/items?after=${encodeURIComponent(ids[6]!)}`);
    const lines = ndjsonLines(answer.body);
    expect(lines.slice(0, -1).map((line) => (JSON.parse(line) as DisclosureItem).id)).toEqual(ids.slice(7));
    expect(checkedTrailer(lines)).toMatchObject({ complete: true, count: 5, verifies: true });
  });

  it('carries a changes-feed position from before the first record, which /v1/changes takes as since', async () => {
    const made = await departmentWith(3, 500);
    server = made.server;
    const answer = await download(`${server.url}/v1/exports/items`);
    const cursor = answer.headers['gongkai-changes-cursor'] as string;
    expect(checkedTrailer(ndjsonLines(answer.body))['changesCursor']).toBe(cursor);
    const later = makeItem({ id: `${department.id}:later` });
    await server.store.items.create(later, note);
    const changes = (await (await server.request(`/v1/changes?since=${cursor}`)).json()) as { data: { resourceId: string }[] };
    expect(changes.data.map((change) => change.resourceId)).toEqual([later.id]);
  });

  it('exports CSV by format=csv or Accept: text/csv, with a BOM, defused formulas and a Repr-Digest trailer', async () => {
    const made = await departmentWith(6, 4);
    server = made.server;
    for (const [path, headers] of [
      ['/v1/exports/items?format=csv', {}],
      ['/v1/exports/items', { Accept: 'text/csv' }],
    ] as const) {
      const answer = await download(`${server.url}${path}`, headers);
      expect(answer.whole).toBe(true);
      expect(answer.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(answer.headers['content-disposition']).toContain('.csv"');
      const text = answer.body.toString('utf8');
      expect(text.startsWith('\uFEFFid,departmentId,indexNumber,title,')).toBe(true);
      expect(text.trimEnd().split('\r\n')).toHaveLength(7);
      expect(text).toContain(`,'=cmd|0,`);
      expect(answer.trailers['repr-digest']).toBe(`sha-256=:${createHash('sha256').update(answer.body).digest('base64')}:`);
    }
  });

  it('exports only published feedback, fees with their status today, and an empty file for another department', async () => {
    server = await startDepartment();
    const answer = await download(`${server.url}/v1/exports/feedback?department=ln-other`);
    const lines = ndjsonLines(answer.body);
    expect(lines).toHaveLength(1);
    expect(checkedTrailer(lines)).toMatchObject({ kind: 'feedback', complete: true, count: 0, after: null, verifies: true });
  });

  it('answers 400 naming the parameter for a kind, format or after it does not know', async () => {
    server = await startDepartment();
    for (const [path, pointer] of [
      ['/v1/exports/requests', '/path/kind'],
      ['/v1/exports/items?format=xml', '/query/format'],
      ['/v1/exports/items?format=ndjson-gzip', '/query/format'],
      [`/v1/exports/items?after=${'x'.repeat(201)}`, '/query/after'],
    ] as const) {
      const answer = await server.request(path);
      expect(answer.status).toBe(400);
      const problem = (await answer.json()) as { errors: { pointer: string }[] };
      expect(problem.errors.map((error) => error.pointer)).toContain(pointer);
    }
  });

  it('says so when the store fails mid-export: no complete trailer, the connection ends without its last chunk', async () => {
    const made = await departmentWith(10, 4);
    server = made.server;
    const items = server.store.items;
    const read = items.exportLines.bind(items);
    let calls = 0;
    items.exportLines = async (after, limit) => {
      calls += 1;
      if (calls === 2) throw new Error('disk I/O error');
      return read(after, limit);
    };
    const answer = await download(`${server.url}/v1/exports/items`);
    expect(answer.status).toBe(200);
    expect(answer.whole).toBe(false);
    const lines = ndjsonLines(answer.body);
    const trailer = checkedTrailer(lines);
    expect(trailer).toMatchObject({ complete: false, count: 4, verifies: true });
    expect(trailer['failure']).toMatchObject({ detail: expect.stringContaining('resume with `after`') });
    expect(trailer['after']).toBe((JSON.parse(lines[3]!) as DisclosureItem).id);
  });

  it('says so when the store fails mid-export of plain NDJSON: a complete: false line, no last chunk', async () => {
    const made = await departmentWith(10, 4);
    server = made.server;
    const items = server.store.items;
    const read = items.exportLines.bind(items);
    let calls = 0;
    items.exportLines = async (after, limit) => {
      calls += 1;
      if (calls === 2) throw new Error('disk I/O error');
      return read(after, limit);
    };
    const answer = await download(`${server.url}/v1/exports/items?format=ndjson-plain`);
    expect(answer.status).toBe(200);
    expect(answer.whole).toBe(false);
    const lines = plainNdjsonLines(answer.body);
    const trailer = checkedTrailer(lines);
    expect(trailer).toMatchObject({ complete: false, count: 4, verifies: true });
    expect(trailer['after']).toBe((JSON.parse(lines[3]!) as DisclosureItem).id);
  });
});
