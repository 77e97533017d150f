import { describe, expect, it } from 'vitest';
import { changedFields } from './changed-fields';

describe('changedFields', () => {
  it('names the fields that differ, added and removed ones included, but not the bookkeeping', () => {
    const before = {
      title: 'a',
      validity: 'valid',
      division: { code: '210000', name: '辽宁省' },
      summary: 's',
      revision: 1,
      updatedAt: 'x',
    };
    const after = { title: 'a', validity: 'amended', division: { name: '辽宁省', code: '210000' }, body: 'b', revision: 2, updatedAt: 'y' };
    expect(changedFields(before, after)).toEqual(['body', 'summary', 'validity']);
  });
});
