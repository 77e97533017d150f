import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeSorted } from './merge';

interface Tagged {
  readonly value: number;
  readonly tag: string;
}

const byValue = (a: Tagged, b: Tagged) => a.value - b.value;

describe('mergeSorted', () => {
  it('interleaves sorted lists and stops at the limit', () => {
    const result = mergeSorted(
      [
        [1, 4, 7],
        [2, 5],
        [3, 6, 9],
      ],
      (a, b) => a - b,
      5,
    );
    expect(result.records).toEqual([1, 2, 3, 4, 5]);
    expect(result.consumed).toEqual([2, 2, 1]);
  });

  it('returns everything when the lists hold fewer records than the limit', () => {
    const result = mergeSorted([[], [1], [0, 2]], (a, b) => a - b, 100);
    expect(result.records).toEqual([0, 1, 2]);
    expect(result.consumed).toEqual([0, 1, 2]);
  });

  it('keeps equal records in list order, then in their order within a list', () => {
    const lists: Tagged[][] = [
      [
        { value: 1, tag: 'a1' },
        { value: 1, tag: 'a2' },
      ],
      [
        { value: 0, tag: 'b0' },
        { value: 1, tag: 'b1' },
      ],
    ];
    expect(mergeSorted(lists, byValue, 4).records.map((r) => r.tag)).toEqual(['b0', 'a1', 'a2', 'b1']);
  });

  it('returns nothing for a limit of zero', () => {
    expect(mergeSorted([[1]], (a, b) => a - b, 0)).toEqual({ records: [], consumed: [0] });
  });

  it('equals concatenating, stable-sorting and slicing, for any sorted lists', () => {
    const record = fc.record({ value: fc.integer({ min: 0, max: 20 }), tag: fc.string({ maxLength: 2 }) });
    const sortedList = fc.array(record, { maxLength: 100 }).map((list) => [...list].sort(byValue));
    fc.assert(
      fc.property(fc.array(sortedList, { minLength: 1, maxLength: 50 }), fc.integer({ min: 0, max: 120 }), (lists, limit) => {
        const expected = lists.flat().sort(byValue).slice(0, limit);
        const result = mergeSorted(lists, byValue, limit);
        expect(result.records).toEqual(expected);
        result.consumed.forEach((count, index) => {
          expect(result.records.filter((r) => lists[index]!.slice(0, count).includes(r))).toHaveLength(count);
        });
        expect(result.consumed.reduce((sum, count) => sum + count, 0)).toBe(result.records.length);
      }),
      { numRuns: 200 },
    );
  });
});
