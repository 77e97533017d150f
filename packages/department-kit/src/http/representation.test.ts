import { describe, expect, it } from 'vitest';
import { ifNoneMatchHits, strongETag } from './representation';

describe('entity tags', () => {
  it('hash the exact bytes', () => {
    expect(strongETag(Buffer.from('{"a":1}'))).toBe(strongETag(Buffer.from('{"a":1}')));
    expect(strongETag(Buffer.from('{"a":1}'))).not.toBe(strongETag(Buffer.from('{"a": 1}')));
    expect(strongETag(Buffer.from('x'))).toMatch(/^"[0-9a-f]{32}"$/);
  });

  it('match If-None-Match lists, weak forms and *', () => {
    expect(ifNoneMatchHits('"a", "b"', '"b"')).toBe(true);
    expect(ifNoneMatchHits('W/"b"', '"b"')).toBe(true);
    expect(ifNoneMatchHits('*', '"b"')).toBe(true);
    expect(ifNoneMatchHits('"a"', '"b"')).toBe(false);
  });
});
