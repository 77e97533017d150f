import { describe, expect, it } from 'vitest';
import { strongETag } from './representation';

describe('entity tags', () => {
  it('hash the exact bytes', () => {
    expect(strongETag(Buffer.from('{"a":1}'))).toBe(strongETag(Buffer.from('{"a":1}')));
    expect(strongETag(Buffer.from('{"a":1}'))).not.toBe(strongETag(Buffer.from('{"a": 1}')));
    expect(strongETag(Buffer.from('x'))).toMatch(/^"[0-9a-f]{32}"$/);
  });
});
