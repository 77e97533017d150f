import type { DisclosureItem } from '@gongkai/spec';
import type { CalendarDate } from '../calendar/calendar-date';
import { chinaDateOf } from './china-date';

/** 成文日期, or the publication date (Beijing) when the item does not state it: when table 2 dates a document or a decision. */
export function issuedOnOf(item: DisclosureItem): CalendarDate {
  return item.writtenOn ?? chinaDateOf(item.publishedAt);
}
