import { describe, expect, it } from 'vitest';
import { categoryCoverage } from './compliance-categories';
import { itemTimelines } from './item-timeline';
import { history, item } from './report-fixtures';
import type { DisclosureItem, ItemRevision } from '@gongkai/spec';

function coverage(
  items: DisclosureItem[],
  asOf: string,
  level: 'provincial' | 'county' | 'township' | 'village' = 'provincial',
  revisions: ItemRevision[] = [],
) {
  return categoryCoverage(level, itemTimelines(items, revisions).values(), asOf);
}

describe('category coverage', () => {
  it('lists the categories of Arts. 20 and 21, binding Art. 21 at prefecture and county level, its township sentence at township level', () => {
    const provincial = coverage([], '2026-11-26');
    expect(provincial).toHaveLength(27);
    expect(provincial.filter((c) => c.required)).toHaveLength(15);
    expect(coverage([], '2026-11-26', 'county').filter((c) => c.required)).toHaveLength(22);
    // Art. 20's 15, then 土地征收, 房屋征收, 社会救助 and the five rural categories of Art. 21's second sentence.
    expect(coverage([], '2026-11-26', 'township').filter((c) => c.required)).toHaveLength(23);
    // Villages are not administrative organs: Art. 20 does not bind them.
    expect(coverage([], '2026-11-26', 'village').filter((c) => c.required)).toHaveLength(0);
    expect(provincial.find((c) => c.category === 'landExpropriation')).toEqual({
      category: 'landExpropriation',
      required: false,
      itemCount: 0,
      status: 'empty',
    });
  });

  it('is current with something published in the last 12 months, stale with only older items', () => {
    const categories = coverage(
      [
        item({ category: 'emergencies', publishedOn: '2025-11-26' }),
        item({ category: 'emergencies', publishedOn: '2024-01-01' }),
        item({ category: 'statistics', publishedOn: '2025-11-25' }),
      ],
      '2026-11-26',
    );
    expect(categories.find((c) => c.category === 'emergencies')).toEqual({
      category: 'emergencies',
      required: true,
      itemCount: 2,
      latestPublishedAt: '2025-11-26T09:00:00+08:00',
      status: 'current',
    });
    expect(categories.find((c) => c.category === 'statistics')).toMatchObject({ itemCount: 1, status: 'stale' });
  });

  it('does not count withdrawn items, nor items published after the day measured', () => {
    const withdrawn = history(item({ category: 'plans', publishedOn: '2026-03-01' }), { on: '2026-04-01', set: { status: 'withdrawn' } });
    const categories = coverage(
      [withdrawn.item, item({ category: 'plans', publishedOn: '2026-12-01' })],
      '2026-11-26',
      'provincial',
      withdrawn.revisions,
    );
    expect(categories.find((c) => c.category === 'plans')).toMatchObject({ itemCount: 0, status: 'empty' });
    const before = coverage([withdrawn.item], '2026-03-15', 'provincial', withdrawn.revisions);
    expect(before.find((c) => c.category === 'plans')).toMatchObject({ itemCount: 1, status: 'current' });
  });
});
