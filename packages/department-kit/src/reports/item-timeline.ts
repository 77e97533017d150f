import type { DisclosureItem, ItemRevision } from '@gongkai/spec';
import type { CalendarDate } from '../calendar/calendar-date';
import { chinaDateOf } from './china-date';

/** One state of an item and the day it was recorded. */
export interface ItemState {
  readonly recordedOn: CalendarDate;
  readonly item: DisclosureItem;
}

/** An item's states, oldest first. */
export type ItemTimeline = readonly ItemState[];

/**
 * Every item's states from its immutable revisions, so a report of a past year counts the
 * catalogue as it stood then (an item repealed last month was in force at the end of last year).
 * The current record closes the timeline when it is newer than the revisions given; an item
 * with no revision given has its current record as its only state, recorded on `updatedAt`.
 */
export function itemTimelines(items: readonly DisclosureItem[], revisions: readonly ItemRevision[]): Map<string, ItemTimeline> {
  const byItem = new Map<string, ItemRevision[]>();
  for (const revision of revisions) {
    const list = byItem.get(revision.item.id) ?? [];
    list.push(revision);
    byItem.set(revision.item.id, list);
  }
  const timelines = new Map<string, ItemTimeline>();
  for (const [id, list] of byItem) {
    const ordered = [...list].sort((a, b) => a.revision - b.revision);
    timelines.set(
      id,
      ordered.map(({ recordedAt, item }) => ({ recordedOn: chinaDateOf(recordedAt), item })),
    );
  }
  for (const item of items) {
    const timeline = timelines.get(item.id) ?? [];
    const newest = timeline.at(-1);
    if (newest === undefined || item.revision > newest.item.revision) {
      timelines.set(item.id, [...timeline, { recordedOn: chinaDateOf(item.updatedAt), item }]);
    }
  }
  return timelines;
}

/**
 * The item as it stood at the end of `date`: its latest state recorded by then. Before its first
 * revision the item is taken as first recorded: a document written in December and catalogued in
 * January was issued, and in force, in December.
 */
export function itemOn(timeline: ItemTimeline, date: CalendarDate): DisclosureItem {
  let state = timeline[0];
  if (state === undefined) throw new RangeError('itemOn: an item timeline has at least one state');
  for (const next of timeline) if (next.recordedOn <= date) state = next;
  return state.item;
}
