import { describe, expect, it } from 'vitest';
import { addCounts, cellAt, cellPaths } from './count-tree';

describe('count trees', () => {
  it('adds cell by cell, at every depth', () => {
    expect(addCounts({ a: 1, b: { c: 2, d: 3 } }, { a: 10, b: { c: 20, d: 30 } })).toEqual({ a: 11, b: { c: 22, d: 33 } });
  });

  it('refuses trees of different shapes', () => {
    expect(() => addCounts({ a: 1, b: { c: 2 } }, { a: 1, b: 2 } as never)).toThrow('"b" has different shapes');
    expect(() => addCounts({ a: 1 }, {} as never)).toThrow(TypeError);
  });

  it('names every cell by its dotted path and reads it back', () => {
    const tree = { a: 1, b: { c: 2, d: { e: 3 } } };
    expect(cellPaths(tree)).toEqual(['a', 'b.c', 'b.d.e']);
    expect(cellAt(tree, 'b.d.e')).toBe(3);
    expect(cellAt(tree, 'b.x')).toBe(0);
  });
});
