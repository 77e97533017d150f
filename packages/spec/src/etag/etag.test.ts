import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ifMatchHolds, ifNoneMatchHits, isStrongEtag, strongEtagOf } from './etag';

const sha256 = (text: string) => createHash('sha256').update(text).digest();

describe('strong entity tags', () => {
  it('are the quoted hex of the first 128 bits of the SHA-256 of the bytes', () => {
    expect(strongEtagOf(sha256('{"a":1}'))).toBe(`"${createHash('sha256').update('{"a":1}').digest('hex').slice(0, 32)}"`);
    expect(strongEtagOf(sha256('x'))).toMatch(/^"[0-9a-f]{32}"$/);
    expect(strongEtagOf(sha256('{"a":1}'))).not.toBe(strongEtagOf(sha256('{"a": 1}')));
    expect(() => strongEtagOf(new Uint8Array(4))).toThrow(RangeError);
  });

  it('are told apart from weak tags and from values that are no entity tag', () => {
    expect(isStrongEtag('"5d41402abc4b2a76b9719d911017c592"')).toBe(true);
    expect(isStrongEtag('W/"5d41"')).toBe(false);
    expect(isStrongEtag('5d41')).toBe(false);
    expect(isStrongEtag('"a"b"')).toBe(false);
    expect(isStrongEtag('"中"')).toBe(false);
  });
});

describe('If-None-Match', () => {
  it('match If-None-Match lists, weak forms and *', () => {
    expect(ifNoneMatchHits('"a", "b"', '"b"')).toBe(true);
    expect(ifNoneMatchHits('W/"b"', '"b"')).toBe(true);
    expect(ifNoneMatchHits('*', '"b"')).toBe(true);
    expect(ifNoneMatchHits('"a"', '"b"')).toBe(false);
  });

  it('never matches when absent or empty', () => {
    expect(ifNoneMatchHits(undefined, '"b"')).toBe(false);
    expect(ifNoneMatchHits('', '"b"')).toBe(false);
  });
});

describe('If-Match', () => {
  it('holds when absent, for *, and for the very tag; weak tags never match', () => {
    expect(ifMatchHolds(undefined, '"b"')).toBe(true);
    expect(ifMatchHolds(' * ', '"b"')).toBe(true);
    expect(ifMatchHolds('"a", "b"', '"b"')).toBe(true);
    expect(ifMatchHolds('W/"b"', '"b"')).toBe(false);
    expect(ifMatchHolds('"a"', '"b"')).toBe(false);
  });
});
