import { describe, expect, it } from 'vitest';
import type { ReplyOutcome } from '../generated/openapi-types';
import { vocabularies } from '../vocabularies';
import { cellAt } from './count-tree';
import { emptyOutcomeCounts } from './empty-counts';
import { tallyOutcome } from './tally-outcome';

describe('tallyOutcome', () => {
  it('counts a partly granted request only as partial', () => {
    const counts = tallyOutcome(emptyOutcomeCounts(), 'partial');
    expect(counts).toEqual({ ...emptyOutcomeCounts(), partial: 1, total: 1 });
  });

  it('counts every outcome in its own sub-row and in 总计', () => {
    for (const { value } of vocabularies.replyOutcome.terms) {
      const counts = tallyOutcome(tallyOutcome(emptyOutcomeCounts(), value), value);
      expect(cellAt(counts, value), value).toBe(2);
      expect(counts.total).toBe(2);
    }
  });

  it('leaves the counts it was given alone', () => {
    const before = emptyOutcomeCounts();
    tallyOutcome(before, 'denied.stateSecret');
    expect(before).toEqual(emptyOutcomeCounts());
  });

  it('refuses an outcome that is not a row of table 3', () => {
    expect(() => tallyOutcome(emptyOutcomeCounts(), 'denied.unknown' as ReplyOutcome)).toThrow(RangeError);
    expect(() => tallyOutcome(emptyOutcomeCounts(), 'total' as ReplyOutcome)).toThrow(RangeError);
  });
});
