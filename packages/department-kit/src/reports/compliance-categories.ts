import type { ComplianceReport, DisclosureItem, Level } from '@gongkai/spec';
import { isCategoryRequired, vocabularies } from '@gongkai/spec';
import type { CalendarDate } from '../calendar/calendar-date';
import { chinaDateOf, oneYearBefore } from './china-date';
import { itemOn, type ItemTimeline } from './item-timeline';

/**
 * Every statutory category (the 15 of Art. 20, then the 7 of Art. 21) with what the catalogue held
 * at the end of `asOf`: items published by then and not withdrawn by then, the latest publication,
 * and `current` (one published on or after the same day a year earlier), `stale` (only older
 * ones) or `empty`. `required` says whether the category binds a body of this level.
 */
export function categoryCoverage(level: Level, timelines: Iterable<ItemTimeline>, asOf: CalendarDate): ComplianceReport['categories'] {
  const published = new Map<string, DisclosureItem[]>();
  for (const timeline of timelines) {
    const item = itemOn(timeline, asOf);
    if (item.status === 'withdrawn' || chinaDateOf(item.publishedAt) > asOf) continue;
    published.set(item.category, [...(published.get(item.category) ?? []), item]);
  }
  const since = oneYearBefore(asOf);
  return vocabularies.category.terms.map(({ value: category }) => {
    const items = published.get(category) ?? [];
    const required = isCategoryRequired(category, level);
    const latest = items.reduce<string | undefined>(
      (max, i) => (max === undefined || Date.parse(i.publishedAt) > Date.parse(max) ? i.publishedAt : max),
      undefined,
    );
    if (latest === undefined) return { category, required, itemCount: 0, status: 'empty' as const };
    const status = chinaDateOf(latest) >= since ? ('current' as const) : ('stale' as const);
    return { category, required, itemCount: items.length, latestPublishedAt: latest, status };
  });
}
