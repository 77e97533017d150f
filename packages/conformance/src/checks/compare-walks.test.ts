import { describe, expect, it } from 'vitest';
import type { Exchange } from '../http/exchange';
import type { Walk } from '../run/walk';
import { compareWalks } from './compare-walks';

const exchange = {
  request: { method: 'GET', url: 'http://d.test/v1/items', headers: {} },
  response: { status: 200, headers: {}, body: Buffer.alloc(0) },
  credentialed: false,
} as Exchange;

function walk(pages: string[][], complete = true): Walk {
  const built = pages.map((ids) => ({ exchange, records: ids.map((id) => ({ id })), meta: {} }));
  return { pages: built, records: built.flatMap((page) => page.records), complete, failures: [] };
}

describe('compareWalks', () => {
  const reference = walk([['a', 'b', 'c', 'd', 'e']]);

  it('passes a walk that reads the same records in the same order', () => {
    expect(compareWalks(reference, walk([['a', 'b'], ['c', 'd'], ['e']]), 2, undefined)).toEqual([]);
  });

  it('names a repeated record and the pages it is on', () => {
    expect(
      compareWalks(
        reference,
        walk([
          ['a', 'b'],
          ['b', 'c'],
          ['d', 'e'],
        ]),
        2,
        undefined,
      )[0]?.message,
    ).toBe('at limit=2, record b is on page 1 and again on page 2');
  });

  it('names a skipped record', () => {
    expect(
      compareWalks(
        reference,
        walk([
          ['a', 'b'],
          ['d', 'e'],
        ]),
        2,
        undefined,
      )[0]?.message,
    ).toBe('at limit=2, record c is skipped: page 2 goes on with d');
  });

  it('names a walk that ends early, and compares only what both read when the reference stopped at its budget', () => {
    expect(compareWalks(reference, walk([['a', 'b'], ['c']]), 2, undefined)[0]?.message).toBe(
      'at limit=2, the walk ends after 3 of 5 records (next missing: d)',
    );
    expect(compareWalks(walk([['a', 'b']], false), walk([['a'], ['b'], ['c']]), 1, undefined)).toEqual([]);
  });
});
