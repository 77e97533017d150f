import { describe, expect, it } from 'vitest';
import { scanListPage, type ScannedListPage } from './list-page-scanner';

const RECORDS = [
  {
    id: 'ln-finance:2026-000001',
    title: '关于做好2026年度政府信息公开工作的通知（第1号）',
    publishedAt: '2026-03-20T09:30:00+08:00',
    division: { code: '210000', name: '辽宁省', parents: [] },
    topics: ['budgets', { nested: [1, 2.5, -3, true, false, null] }],
    amount: 1234.5,
    emoji: '😀 and \u2028',
  },
  { id: 'ln-finance:2026-000002', title: 'quote " backslash \\ newline \n tab \t', publishedAt: null },
  { id: 'ln-finance:2026-000003' },
];

function pageOf(records: unknown[], rest: Record<string, unknown> = { meta: { total: 3 }, links: { next: '/v1/items?cursor=abc' } }) {
  return JSON.stringify({ data: records, ...rest });
}

function scan(text: string, sortField = 'publishedAt') {
  return scanListPage(Buffer.from(text), 'id', sortField);
}

function scanned(text: string, sortField = 'publishedAt'): ScannedListPage {
  const result = scan(text, sortField);
  if (typeof result === 'string') throw new Error(`not scanned: ${result}`);
  return result;
}

const slice = (text: string, start: number, end: number) => Buffer.from(text).toString('utf8', start, end);

/** What every scanned page must satisfy against JSON.parse of the same page. */
function expectAgreesWithParse(text: string, sortField = 'publishedAt'): ScannedListPage {
  const page = scanned(text, sortField);
  const parsed = JSON.parse(text) as { data: Record<string, unknown>[]; meta?: unknown; links?: unknown };
  expect(page.records).toHaveLength(parsed.data.length);
  page.records.forEach((record, index) => {
    const bytes = slice(text, record.start, record.end);
    expect(JSON.parse(bytes)).toEqual(parsed.data[index]);
    if (record.canonical) {
      expect(JSON.stringify(JSON.parse(bytes))).toBe(bytes);
      const id = record.idStart === -1 ? undefined : JSON.parse(slice(text, record.idStart, record.idEnd));
      const sort = record.sortStart === -1 ? undefined : JSON.parse(slice(text, record.sortStart, record.sortEnd));
      expect(id).toEqual(parsed.data[index]!['id']);
      expect(sort).toEqual(parsed.data[index]![sortField]);
    }
  });
  if (page.meta) expect(JSON.parse(slice(text, page.meta.start, page.meta.end))).toEqual(parsed.meta);
  else expect(parsed.meta).toBeUndefined();
  if (page.links) expect(JSON.parse(slice(text, page.links.start, page.links.end))).toEqual(parsed.links);
  else expect(parsed.links).toBeUndefined();
  return page;
}

describe('scanListPage on valid pages', () => {
  it('locates records, their id and sort values, meta and links in a page JSON.stringify wrote', () => {
    const text = pageOf(RECORDS);
    const page = expectAgreesWithParse(text);
    expect(page.records.map((record) => record.canonical)).toEqual([true, true, true]);
    expect(slice(text, page.records[0]!.sortStart, page.records[0]!.sortEnd)).toBe('"2026-03-20T09:30:00+08:00"');
    expect(slice(text, page.records[1]!.sortStart, page.records[1]!.sortEnd)).toBe('null');
    expect(page.records[2]!.sortStart).toBe(-1);
  });

  it('reads values whose names appear inside nested objects only at the record’s own level', () => {
    const text = pageOf([{ nested: { id: 'inner', publishedAt: 'inner' }, id: 'outer', publishedAt: '2026-01-01' }]);
    const page = expectAgreesWithParse(text);
    expect(slice(text, page.records[0]!.idStart, page.records[0]!.idEnd)).toBe('"outer"');
  });

  it('accepts whitespace anywhere between tokens, and marks the records that hold some', () => {
    const pretty = JSON.stringify({ data: RECORDS, meta: { total: 3 } }, null, 2);
    expect(expectAgreesWithParse(pretty).records.every((record) => !record.canonical)).toBe(true);
    const outside = ` \r\n\t{ "data" : [ ${JSON.stringify(RECORDS[0])} , ${JSON.stringify(RECORDS[2])} ] , "links" : { } } \n`;
    expect(expectAgreesWithParse(outside).records.map((record) => record.canonical)).toEqual([true, true]);
  });

  it('takes every escape, and marks the ones JSON.stringify would not write', () => {
    const canonical = String.raw`{"data":[{"id":"a\"b\\c/d","t":"\b\f\n\r\t"}]}`;
    expect(expectAgreesWithParse(canonical).records[0]!.canonical).toBe(true);
    for (const escaped of [
      String.raw`"\u4e2d"`,
      String.raw`"\/"`,
      String.raw`"\u0041"`,
      String.raw`"\uD83D\uDE00"`,
      String.raw`"\ud800"`,
    ]) {
      const text = `{"data":[{"id":"x","t":${escaped}}]}`;
      expect(expectAgreesWithParse(text).records[0]!.canonical, escaped).toBe(false);
    }
    // An escaped name may be another name in disguise.
    expect(expectAgreesWithParse(String.raw`{"data":[{"id":"x","\u0069d":"y"}]}`).records[0]!.canonical).toBe(false);
  });

  it('marks numbers JSON.stringify writes otherwise', () => {
    for (const number of ['0', '-3', '42', '1.5', '0.1', '-0.25', '123456789012345', '1e+21', '1.7976931348623157e+308', '5e-324'])
      expect(expectAgreesWithParse(`{"data":[{"id":"x","n":${number}}]}`).records[0]!.canonical, number).toBe(true);
    for (const number of ['-0', '1.0', '1e3', '1E3', '10e-1', '12345678901234567890', '1e400', '0.10', '100000000000000000000000'])
      expect(expectAgreesWithParse(`{"data":[{"id":"x","n":${number}}]}`).records[0]!.canonical, number).toBe(false);
  });

  it('marks names given twice (at any depth) and names that may be array indices', () => {
    for (const record of [
      '{"id":"x","id":"y"}',
      '{"id":"x","a":{"b":1,"b":2}}',
      '{"id":"x","a":[{"c":1,"c":1}]}',
      '{"id":"x","0":1}',
      '{"id":"x","12":1}',
    ]) {
      expect(expectAgreesWithParse(`{"data":[${record}]}`).records[0]!.canonical, record).toBe(false);
    }
    // Same names in different objects are not duplicates; a name after a nested object still is checked.
    for (const record of ['{"id":"x","a":{"id":1},"b":{"id":2}}', '{"a":{"b":1},"b":2,"id":"x"}', '{"id":"x","a1":1,"":2}'])
      expect(expectAgreesWithParse(`{"data":[${record}]}`).records[0]!.canonical, record).toBe(true);
    expect(expectAgreesWithParse('{"data":[{"a":{"b":1},"id":"x","a":2}]}').records[0]!.canonical).toBe(false);
  });

  it('finds many names without confusing them (the name filter only narrows comparisons)', () => {
    const record: Record<string, number | string> = { id: 'x' };
    for (let i = 0; i < 63; i++) record[`f${i}`] = i;
    expect(expectAgreesWithParse(pageOf([record])).records[0]!.canonical).toBe(true);
    const text = pageOf([record]).replace('"f62":62', '"f7":62');
    expect(expectAgreesWithParse(text).records[0]!.canonical).toBe(false);
  });

  it('leaves an object with very many names to JSON.parse rather than compare them all', () => {
    const record: Record<string, number | string> = { id: 'x' };
    for (let i = 0; i < 30000; i++) record[`n${String(i).padStart(5, '0')}`] = i;
    const page = expectAgreesWithParse(pageOf([record, { id: 'y', nested: record }]));
    expect(page.records.map((each) => each.canonical)).toEqual([false, false]);
  });

  it('scans an empty list, a page without meta or links, and other top-level members', () => {
    expect(expectAgreesWithParse('{"data":[]}').records).toEqual([]);
    expect(expectAgreesWithParse('{"extra":{"data":1},"data":[{"id":"x"}],"more":[{"meta":[]}]}').records).toHaveLength(1);
  });

  it('scans records with a page’s worth of text in a row (long strings, long pages)', () => {
    const records = Array.from({ length: 200 }, (_, index) => ({
      id: `d:${index}`,
      body: '政府信息公开'.repeat(index),
      publishedAt: `2026-01-${index}`,
    }));
    expect(expectAgreesWithParse(pageOf(records)).records.every((record) => record.canonical)).toBe(true);
  });
});

const INVALID = [
  '',
  ' ',
  '{',
  '}',
  '{"data":[]',
  '{"data":[]}x',
  '{"data":[]}{}',
  '{"data":[]} {}',
  '{"data":[],}',
  '{,"data":[]}',
  '{"data":[1,]}',
  '{"data":[,1]}',
  '{"data":[{"id":"x"},]}',
  "{'data':[]}",
  '{data:[]}',
  '{"data" []}',
  '{"data"::[]}',
  '{"data":[01]}',
  '{"data":[1.]}',
  '{"data":[.5]}',
  '{"data":[-]}',
  '{"data":[--1]}',
  '{"data":[1e]}',
  '{"data":[1e+]}',
  '{"data":[+1]}',
  '{"data":[0x10]}',
  '{"data":[1.5.3]}',
  '{"data":[NaN]}',
  '{"data":[Infinity]}',
  '{"data":[tru]}',
  '{"data":[nul]}',
  '{"data":[True]}',
  '{"data":[undefined]}',
  '{"data":["a\\x"]}',
  '{"data":["a\\u12G4"]}',
  '{"data":["a\\u12"]}',
  '{"data":["a\\\'"]}',
  '{"data":["a\nb"]}',
  '{"data":["\t"]}',
  '{"data":["\u0000"]}',
  '{"data":["\u001f"]}',
  '{"data":["unterminated]}',
  '{"data":["unterminated\\"]}',
  '{"data":[{"a" 1}]}',
  '{"data":[{"a":1,}]}',
  '{"data":[{"a":1 "b":2}]}',
  '{"data":[{1:1}]}',
  '{"data":[{"a":1}}',
  '{"data":[{"a":1]]}',
  '{"data":[{"a":[1}]}]}',
  '{"data":[{"id":"x"}],"meta":{"total":3,}}',
  '{"data":[{"id":"x"}],"links":{"next":"/v1/items}}',
  '{"data":[{"id":"x"}],"meta":{"f":[1 2]}}',
  '{"data":[]/* comment */}',
  '{"data":[]} // comment',
  '\uFEFF{"data":[]}',
  '{"data":[]}\u0000',
  '{"data":[\u00a0]}',
  '{"data":{}} x',
  '[] x',
  '{"data":[1]',
  '{"d\\u0061ta":[] x}',
];

describe('scanListPage on pages that are not JSON', () => {
  it.each(INVALID.map((text) => [JSON.stringify(text), text]))('rejects %s, as JSON.parse does', (_, text) => {
    expect(() => JSON.parse(text!)).toThrow();
    expect(scan(text!)).toBe('invalid');
  });

  it('rejects every single-character corruption JSON.parse rejects, and takes every one it accepts', () => {
    const text = pageOf([RECORDS[0], { id: 'y', s: 'a\\"b', n: [1, -2.5e-3, { x: null }] }]);
    const insertions = ['{', '}', '[', ']', ',', ':', '"', '\\', ' ', '0', '-', '.', 'e', 'x', '\n'];
    const variants: string[] = [];
    for (let at = 0; at <= text.length; at++) {
      variants.push(text.slice(0, at) + text.slice(at + 1));
      for (const inserted of insertions) variants.push(text.slice(0, at) + inserted + text.slice(at));
    }
    let rejected = 0;
    for (const variant of variants) {
      // Cutting the emoji's surrogate pair makes text that has no UTF-8 form: not a page's bytes.
      if (Buffer.from(variant).toString('utf8') !== variant) continue;
      let parsed = true;
      try {
        JSON.parse(variant);
      } catch {
        parsed = false;
      }
      const result = scan(variant);
      if (!parsed) {
        rejected++;
        expect(result, variant).toBe('invalid');
      } else {
        expect(result, variant).not.toBe('invalid');
        if (typeof result !== 'string') expectAgreesWithParse(variant);
      }
    }
    expect(rejected).toBeGreaterThan(1000);
  });
});

describe('scanListPage leaves to JSON.parse', () => {
  it.each([
    ['a page that is not an object', '[{"id":"x"}]'],
    ['null', 'null'],
    ['a string', '"data"'],
    ['a page without data', '{"meta":{}}'],
    ['an empty object', '{}'],
    ['data that is not an array', '{"data":{"id":"x"}}'],
    ['records that are not objects', '{"data":[{"id":"x"},1]}'],
    ['data given twice', '{"data":[{"id":"x"}],"data":[]}'],
    ['meta given twice', '{"data":[],"meta":{},"meta":{"total":1}}'],
    ['links given twice', '{"data":[],"links":{},"links":{"next":"/x"}}'],
    ['a top-level name spelled with escapes', '{"data":[],"d\\u0061ta":[{"id":"x"}]}'],
  ])('%s', (_, text) => {
    expect(() => JSON.parse(text)).not.toThrow();
    expect(scan(text)).toBe('unhandled');
  });

  it('a page that is not UTF-8 (decoding it would replace bytes)', () => {
    const bytes = Buffer.concat([Buffer.from('{"data":[{"id":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}]}')]);
    expect(scanListPage(bytes, 'id', 'publishedAt')).toBe('unhandled');
    const surrogate = Buffer.concat([Buffer.from('{"data":[{"id":"'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('"}]}')]);
    expect(scanListPage(surrogate, 'id', 'publishedAt')).toBe('unhandled');
  });

  it('nesting deeper than records have', () => {
    const deep = `{"data":[{"id":"x","a":${'['.repeat(1000)}${']'.repeat(1000)}}]}`;
    expect(() => JSON.parse(deep)).not.toThrow();
    expect(scan(deep)).toBe('unhandled');
  });

  it('scans a slice of a larger buffer by its own bounds', () => {
    const whole = Buffer.from(`xx${pageOf([RECORDS[2]])}yy`);
    const page = scanListPage(whole.subarray(2, whole.length - 2), 'id', 'publishedAt');
    expect(typeof page === 'string' ? page : page.records).toHaveLength(1);
  });
});
