import { describe, expect, it } from 'vitest';
import { itemOn, itemTimelines } from './item-timeline';
import { history, item } from './report-fixtures';

describe('item timelines', () => {
  it('gives the item as it stood at the end of a day', () => {
    const { revisions, item: current } = history(item({ publishedOn: '2024-05-01' }), { on: '2025-06-01', set: { validity: 'repealed' } });
    const timeline = itemTimelines([current], revisions).get(current.id) ?? [];
    expect(itemOn(timeline, '2024-12-31').validity).toBe('valid');
    expect(itemOn(timeline, '2025-06-01').validity).toBe('repealed');
  });

  it('takes an item before its first revision as first recorded', () => {
    const first = item({ publishedOn: '2026-01-05', writtenOn: '2025-12-28' });
    const timeline = itemTimelines([first], []).get(first.id) ?? [];
    expect(itemOn(timeline, '2025-12-31')).toBe(first);
  });

  it('closes the timeline with the current record when it is newer than the revisions given', () => {
    const { revisions, item: current } = history(
      item({ publishedOn: '2024-05-01' }),
      { on: '2025-06-01', set: { validity: 'amended' } },
      { on: '2025-09-01', set: { validity: 'repealed' } },
    );
    const timeline = itemTimelines([current], revisions.slice(0, 2)).get(current.id) ?? [];
    expect(timeline.map((s) => [s.recordedOn, s.item.validity])).toEqual([
      ['2024-05-01', 'valid'],
      ['2025-06-01', 'amended'],
      ['2025-09-01', 'repealed'],
    ]);
  });

  it('keeps an item known only from its revisions', () => {
    const { revisions } = history(item({ id: 'ln-finance:gone' }));
    expect(itemTimelines([], revisions).has('ln-finance:gone')).toBe(true);
  });
});
