import { describe, expect, it } from 'vitest';
import type { DepartmentResponse } from '../departments/department-client';
import { UpstreamError } from '../departments/upstream-error';
import { parsedListPage } from './department-list-page';
import { RECORD_BYTES, scannedListPages, type SplicedRecord } from './scanned-list-page';
import { sortKeyOf, type SortSpec } from './sort-order';

const SORT: SortSpec = { field: 'publishedAt', direction: 'desc' };

function response(body: string | Buffer): DepartmentResponse {
  return { status: 200, headers: {}, body: Buffer.isBuffer(body) ? body : Buffer.from(body) };
}

const read = (body: string | Buffer, sort = SORT) => scannedListPages(sort.field)('ln-finance', response(body), 'cursor');
const bytesOf = (record: SplicedRecord) => record[RECORD_BYTES] ?? Buffer.from(JSON.stringify(record));

/** The scanned page must be the parsed page as far as the merge and the answer can tell. */
function expectSameAsParsed(body: string, sort = SORT) {
  const scanned = read(body, sort);
  const parsed = parsedListPage<SplicedRecord>('ln-finance', response(body), 'cursor');
  expect(scanned.data.map((record) => sortKeyOf(record, sort))).toEqual(parsed.data.map((record) => sortKeyOf(record, sort)));
  expect(scanned.data.map((record) => bytesOf(record).toString())).toEqual(parsed.data.map((record) => JSON.stringify(record)));
  expect({ next: scanned.next, meta: scanned.meta, resumeCursor: scanned.resumeCursor }).toEqual({
    next: parsed.next,
    meta: parsed.meta,
    resumeCursor: parsed.resumeCursor,
  });
  return scanned;
}

describe('scannedListPages', () => {
  it('hands on a canonical record’s bytes with only its id and sort value decoded', () => {
    const body = JSON.stringify({
      data: [{ id: 'a', title: '标题', publishedAt: '2026-03-20T09:30:00+08:00' }],
      meta: { total: 1, cursor: 'resume' },
      links: { next: '/v1/items?cursor=next-page&limit=10' },
    });
    const page = expectSameAsParsed(body);
    expect(page.data[0]![RECORD_BYTES]?.toString()).toBe(
      JSON.stringify({ id: 'a', title: '标题', publishedAt: '2026-03-20T09:30:00+08:00' }),
    );
    expect(Object.keys(page.data[0]!)).toEqual(['id', 'publishedAt']);
    expect(page.next).toBe('next-page');
    expect(page.resumeCursor).toBe('resume');
  });

  it('decodes escaped ids and sort values as JSON.parse does', () => {
    const page = expectSameAsParsed(
      String.raw`{"data":[{"id":"a\"b\n","publishedAt":"2026\u002d03"},{"id":"\u4e2d","publishedAt":"x\\y"}]}`,
    );
    expect(page.data.map((record) => [record.id, (record as unknown as Record<string, unknown>)['publishedAt']])).toEqual([
      ['a"b\n', '2026-03'],
      ['中', 'x\\y'],
    ]);
  });

  it('keeps the last of duplicate members, as JSON.parse does', () => {
    const page = expectSameAsParsed('{"data":[{"id":"first","publishedAt":"1","id":"last","publishedAt":"2"}]}');
    expect(sortKeyOf(page.data[0]!, SORT)).toEqual(['2', 'last']);
  });

  it('reads sort values of every kind the way the parse path does', () => {
    for (const value of ['3', '-2.5', '1e400', 'true', 'false', 'null', '{"a":1}', '[1]', '"text"']) {
      expectSameAsParsed(`{"data":[{"id":"x","amount":${value}}]}`, { field: 'amount', direction: 'asc' });
    }
    expectSameAsParsed('{"data":[{"id":"x"}]}');
    expectSameAsParsed('{"data":[{"id":7,"publishedAt":"1"},{"publishedAt":"2"},{"id":{"a":1}}]}');
    expectSameAsParsed('{"data":[{"id":"x","publishedAt":"1"}]}', { field: 'id', direction: 'asc' });
  });

  it('takes meta and links of any shape as the parse path does', () => {
    for (const rest of ['"meta":[1],"links":"x"', '"meta":null,"links":null', '"meta":"m","links":{"next":5}', '"links":{"next":"%%"}']) {
      expectSameAsParsed(`{"data":[],${rest}}`);
    }
  });

  it('parses a page the scanner leaves alone, whole', () => {
    expectSameAsParsed('{"data":[{"id":"x"}],"data":[{"id":"y","publishedAt":"1"}]}');
    expect(read('{"data":[{"id":"x"}],"d\\u0061ta":[{"id":"y"}]}').data).toEqual([{ id: 'y' }]);
    const latin1 = Buffer.concat([Buffer.from('{"data":[{"id":"'), Buffer.from([0xe9]), Buffer.from('"}]}')]);
    expect(read(latin1).data).toEqual([{ id: '\ufffd' }]);
  });

  it('answers a page that is not JSON, or has no data array, with the parse path’s error', () => {
    for (const [body, detail] of [
      ['{"data":[', 'answered 200 with a body that is not JSON'],
      ['<html>', 'answered 200 with a body that is not JSON'],
      ['{"data":{}}', 'answered without a data array'],
      ['{"meta":{}}', 'answered without a data array'],
    ] as const) {
      let error: unknown;
      try {
        read(body);
      } catch (thrown) {
        error = thrown;
      }
      expect(error).toBeInstanceOf(UpstreamError);
      expect(error).toMatchObject({ department: 'ln-finance', reason: 'badAnswer', detail });
    }
  });
});
