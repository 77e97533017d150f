import type { ComplianceReport, DisclosureItem } from '@gongkai/spec';
import type { CalendarDate } from '../calendar/calendar-date';
import { chinaDateOf } from './china-date';
import { itemOn, type ItemTimeline } from './item-timeline';

const LATE_ITEMS_SHOWN = 20;

/**
 * Publication within 20 working days of formation (Art. 26), from each item's `timeliness` as it
 * stood at `asOf`, over the items published by then. A withdrawn item still counts: withdrawing it
 * does not undo a late publication. `measured` = `onTime` + `late`; `provisional` counts those of
 * them whose working days were counted without a published calendar. `lateItems`: the 20 latest
 * published late items, newest first.
 */
export function publicationTimeliness(timelines: Iterable<ItemTimeline>, asOf: CalendarDate): ComplianceReport['timeliness'] {
  const measured: (DisclosureItem & { timeliness: NonNullable<DisclosureItem['timeliness']> })[] = [];
  for (const timeline of timelines) {
    const item = itemOn(timeline, asOf);
    if (item.timeliness !== undefined && chinaDateOf(item.publishedAt) <= asOf) measured.push({ ...item, timeliness: item.timeliness });
  }
  const late = measured.filter((i) => !i.timeliness.onTime);
  const lateItems = late
    .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, LATE_ITEMS_SHOWN)
    .map(({ id, title, formedAt, publishedAt, timeliness }) => ({
      id,
      title,
      formedAt,
      publishedAt,
      workingDaysTaken: timeliness.workingDaysTaken,
    }));
  return {
    measured: measured.length,
    onTime: measured.length - late.length,
    late: late.length,
    provisional: measured.filter((i) => i.timeliness.provisional).length,
    lateItems,
  };
}
