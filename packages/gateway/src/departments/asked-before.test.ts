import { describe, expect, it } from 'vitest';
import { AskedBefore } from './asked-before';

describe('AskedBefore', () => {
  it('answers false for a first ask and true for the next ones', () => {
    const asked = new AskedBefore();
    expect(asked.ask('/v1/items?q=公积金')).toBe(false);
    expect(asked.ask('/v1/items?q=公积金')).toBe(true);
    expect(asked.ask('/v1/items?q=公积金')).toBe(true);
    expect(asked.ask('/v1/items?q=住房')).toBe(false);
  });

  it('stays in its fixed table: of 10 000 keys asked once, few are taken for asked before', () => {
    const asked = new AskedBefore(1 << 16);
    let wronglyYes = 0;
    for (let i = 0; i < 10_000; i++) if (asked.ask(`/v1/items?limit=10&q=w${i}`)) wronglyYes++;
    // Equal 32-bit hashes are the only way to a wrong yes: with 10 000 keys, expected about none.
    expect(wronglyYes).toBeLessThan(5);
    // A full table forgets old keys rather than growing: a key asked long ago may be asked again.
    const small = new AskedBefore(4);
    for (let i = 0; i < 100; i++) small.ask(`k${i}`);
    expect(small.ask('k99')).toBe(true);
  });

  it('wants a power of two', () => {
    expect(() => new AskedBefore(1000)).toThrow(RangeError);
  });
});
