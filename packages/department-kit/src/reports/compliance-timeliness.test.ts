import { describe, expect, it } from 'vitest';
import type { DisclosureItem, Timeliness } from '@gongkai/spec';
import { publicationTimeliness } from './compliance-timeliness';
import { itemTimelines } from './item-timeline';
import { item } from './report-fixtures';

const took = (workingDaysTaken: number, provisional = false): Timeliness => ({
  dueOn: '2026-01-30',
  workingDaysTaken,
  onTime: workingDaysTaken <= 20,
  provisional,
  calendarVersion: 'chinese-days@1.5.7',
});
const measure = (items: DisclosureItem[], asOf = '2026-11-26') => publicationTimeliness(itemTimelines(items, []).values(), asOf);

describe('publication timeliness (Art. 26)', () => {
  it('counts items published within 20 working days of formation as on time, the others as late', () => {
    const result = measure([item({ timeliness: took(6) }), item({ timeliness: took(20) }), item({ timeliness: took(27, true) }), item({})]);
    expect(result).toMatchObject({ measured: 3, onTime: 2, late: 1, provisional: 1 });
  });

  it('lists the latest late items, newest first, at most 20', () => {
    const late = Array.from({ length: 25 }, (_, i) =>
      item({
        title: `第${i}件`,
        formedAt: '2025-01-02',
        publishedOn: `2025-02-${String(i + 1).padStart(2, '0')}`,
        timeliness: took(30 + i),
      }),
    );
    const { lateItems } = measure(late);
    expect(lateItems).toHaveLength(20);
    expect(lateItems[0]).toEqual({
      id: late[24]!.id,
      title: '第24件',
      formedAt: '2025-01-02',
      publishedAt: '2025-02-25T09:00:00+08:00',
      workingDaysTaken: 54,
      limitWorkingDays: 20,
      basis: 'measured',
    });
    expect(lateItems.at(-1)?.title).toBe('第5件');
  });

  it('still counts a withdrawn item, but not one published after the day measured', () => {
    expect(
      measure([item({ status: 'withdrawn', timeliness: took(30) }), item({ publishedOn: '2026-12-01', timeliness: took(30) })]),
    ).toMatchObject({ measured: 1, late: 1 });
  });
});
