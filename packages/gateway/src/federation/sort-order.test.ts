import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareBy, compareSortKeys, formatSort, isAfter, parseSort, SortError, sortKeyOf, type SortSpec } from './sort-order';

const newestFirst: SortSpec = { field: 'publishedAt', direction: 'desc' };
const oldestFirst: SortSpec = { field: 'publishedAt', direction: 'asc' };

function ids(records: { id: string }[]): string[] {
  return records.map((record) => record.id);
}

describe('parseSort', () => {
  const allowed = ['publishedAt', 'writtenOn'];

  it('defaults to newest first by publishedAt', () => {
    expect(parseSort(undefined, allowed)).toEqual(newestFirst);
    expect(parseSort('', allowed)).toEqual(newestFirst);
  });

  it('reads a leading minus as descending and its absence as ascending', () => {
    expect(parseSort('-writtenOn', allowed)).toEqual({ field: 'writtenOn', direction: 'desc' });
    expect(parseSort('writtenOn', allowed)).toEqual({ field: 'writtenOn', direction: 'asc' });
  });

  it('rejects a field that is not allowed, naming every allowed value', () => {
    const attempt = () => parseSort('-title', allowed);
    expect(attempt).toThrow(SortError);
    expect(attempt).toThrow('Allowed values: -publishedAt, publishedAt, -writtenOn, writtenOn');
  });

  it('rejects a list of fields and a double minus', () => {
    expect(() => parseSort('-publishedAt,id', allowed)).toThrow(SortError);
    expect(() => parseSort('--publishedAt', allowed)).toThrow(SortError);
  });

  it('formats a sort back to its query value', () => {
    expect(formatSort(parseSort('-writtenOn', allowed))).toBe('-writtenOn');
    expect(formatSort(parseSort('writtenOn', allowed))).toBe('writtenOn');
  });
});

describe('compareBy', () => {
  it('compares date-times by instant, not by their text', () => {
    const beijing = { id: 'a', publishedAt: '2026-05-15T09:00:00+08:00' };
    const utcLater = { id: 'b', publishedAt: '2026-05-15T01:30:00Z' };
    // As strings "2026-05-15T09…" > "2026-05-15T01…"; as instants 01:00Z < 01:30Z.
    expect(ids([beijing, utcLater].sort(compareBy(oldestFirst)))).toEqual(['a', 'b']);
  });

  it('breaks ties between equal instants by id, in the direction of the sort', () => {
    const records = [
      { id: 'b', publishedAt: '2026-05-15T01:00:00Z' },
      { id: 'a', publishedAt: '2026-05-15T09:00:00+08:00' },
      { id: 'c', publishedAt: '2026-05-15T01:00:00.000Z' },
    ];
    expect(ids([...records].sort(compareBy(oldestFirst)))).toEqual(['a', 'b', 'c']);
    expect(ids([...records].sort(compareBy(newestFirst)))).toEqual(['c', 'b', 'a']);
  });

  it('orders sub-millisecond fractions exactly', () => {
    const records = [
      { id: 'late', publishedAt: '2026-05-15T01:00:00.0000012Z' },
      { id: 'early', publishedAt: '2026-05-15T01:00:00.000001Z' },
    ];
    expect(ids(records.sort(compareBy(oldestFirst)))).toEqual(['early', 'late']);
  });

  it('puts records without a value last in both directions', () => {
    const records = [
      { id: 'undated', publishedAt: null },
      { id: 'old', publishedAt: '2020-01-01T00:00:00Z' },
      { id: 'missing' },
      { id: 'new', publishedAt: '2026-01-01T00:00:00Z' },
    ];
    expect(ids([...records].sort(compareBy(newestFirst)))).toEqual(['new', 'old', 'undated', 'missing']);
    expect(ids([...records].sort(compareBy(oldestFirst)))).toEqual(['old', 'new', 'missing', 'undated']);
  });

  it('sorts plain dates, numbers and strings by value and strings by code unit', () => {
    const dates = [
      { id: '1', writtenOn: '2026-05-02' },
      { id: '2', writtenOn: '2026-04-30' },
    ];
    expect(ids(dates.sort(compareBy({ field: 'writtenOn', direction: 'asc' })))).toEqual(['2', '1']);
    const numbers = [
      { id: '1', pages: 10 },
      { id: '2', pages: 9 },
    ];
    expect(ids(numbers.sort(compareBy({ field: 'pages', direction: 'asc' })))).toEqual(['2', '1']);
    const titles = [
      { id: '1', title: '住房' },
      { id: '2', title: 'Z' },
      { id: '3', title: 'a' },
    ];
    expect(ids(titles.sort(compareBy({ field: 'title', direction: 'asc' })))).toEqual(['2', '3', '1']);
  });

  it('is a total order whatever the mix of values', () => {
    const value = fc.oneof(
      fc.constant(null),
      fc.integer({ min: -3, max: 3 }),
      fc.constantFrom('2026-05-15T09:00:00+08:00', '2026-05-15T01:00:00Z', '2026-05-15T01:00:00.5Z', '2026-05-14'),
      fc.string({ maxLength: 3 }),
    );
    const record = fc.record({ id: fc.string({ maxLength: 3 }), publishedAt: value });
    fc.assert(
      fc.property(record, record, record, fc.constantFrom(newestFirst, oldestFirst), (a, b, c, sort) => {
        const compare = compareBy(sort);
        expect(Math.sign(compare(a, b)) + 0).toBe(-Math.sign(compare(b, a)) + 0);
        if (compare(a, b) === 0) expect(a.id).toBe(b.id);
        if (compare(a, b) <= 0 && compare(b, c) <= 0) expect(compare(a, c)).toBeLessThanOrEqual(0);
      }),
    );
  });
});

describe('sort keys', () => {
  it('are compact JSON: the value and the id', () => {
    const record = { id: 'ln-finance:1', publishedAt: '2026-05-15T09:00:00+08:00', title: '预算' };
    const key = sortKeyOf(record, newestFirst);
    expect(JSON.parse(JSON.stringify(key))).toEqual(['2026-05-15T09:00:00+08:00', 'ln-finance:1']);
  });

  it('keep null for a missing value so the key still round-trips through JSON', () => {
    expect(sortKeyOf({ id: 'x' }, newestFirst)).toEqual([null, 'x']);
  });

  it('tell whether a record comes strictly after a key', () => {
    const key = sortKeyOf({ id: 'b', publishedAt: '2026-05-15T01:00:00Z' }, newestFirst);
    expect(isAfter({ id: 'a', publishedAt: '2026-05-15T09:00:00+08:00' }, key, newestFirst)).toBe(true);
    expect(isAfter({ id: 'b', publishedAt: '2026-05-15T09:00:00+08:00' }, key, newestFirst)).toBe(false);
    expect(isAfter({ id: 'c', publishedAt: '2026-05-15T01:00:00Z' }, key, newestFirst)).toBe(false);
    expect(isAfter({ id: 'z', publishedAt: '2026-05-16T00:00:00Z' }, key, newestFirst)).toBe(false);
    expect(isAfter({ id: 'z' }, key, newestFirst)).toBe(true);
  });

  it('compare the same way records do', () => {
    const a = { id: 'a', publishedAt: '2026-01-01' };
    const b = { id: 'b', publishedAt: '2026-01-02' };
    expect(compareSortKeys(sortKeyOf(a, oldestFirst), sortKeyOf(b, oldestFirst), oldestFirst)).toBe(compareBy(oldestFirst)(a, b));
  });
});
