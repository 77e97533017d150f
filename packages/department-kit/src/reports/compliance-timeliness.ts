import type { ComplianceReport, DisclosureItem, Timeliness } from '@gongkai/spec';
import type { CalendarDate } from '../calendar/calendar-date';
import { publicationLimitOf, type PublicationLimits } from '../items/publication-limits';
import { chinaDateOf } from './china-date';
import { itemOn, type ItemTimeline } from './item-timeline';

const LATE_ITEMS_SHOWN = 20;

type Basis = 'measured' | 'declared';

/** An item's publication verdict against its category's limit as configured now. */
interface Verdict {
  readonly item: DisclosureItem;
  readonly basis: Basis;
  readonly limit: number;
  readonly workingDaysTaken: number;
  readonly onTime: boolean;
  readonly provisional: boolean;
}

/**
 * Publication within each item's limit (Art. 26's 20 working days, or the shorter legal limit
 * configured for its category), from each item's `timeliness` as it stood at `asOf`, over the items
 * published by then. A withdrawn item still counts: withdrawing it does not undo a late
 * publication. `measured` = `onTime` + `late` counts only publication times the kit recorded;
 * `provisional` counts those of them whose working days were counted without a published calendar.
 * `declared` counts what was only declared: a publication time imported from an earlier system, and
 * an earlier publication elsewhere. `lateItems`: the 20 latest published late items, newest first,
 * each labelled with its basis.
 */
export function publicationTimeliness(
  timelines: Iterable<ItemTimeline>,
  asOf: CalendarDate,
  limits: PublicationLimits = {},
): ComplianceReport['timeliness'] {
  const verdicts: Verdict[] = [];
  const declared = { items: 0, onTime: 0, late: 0 };
  for (const timeline of timelines) {
    const item = itemOn(timeline, asOf);
    const { timeliness } = item;
    if (timeliness === undefined || chinaDateOf(item.publishedAt) > asOf) continue;
    const limit = publicationLimitOf(item.category, limits);
    const verdict = verdictOf(item, timeliness, limit);
    verdicts.push(verdict);
    if (verdict.basis === 'declared') tally(declared, verdict.onTime);
    if (timeliness.declaredElsewhere) tally(declared, timeliness.declaredElsewhere.workingDaysTaken <= limit);
  }
  const measured = verdicts.filter((v) => v.basis === 'measured');
  const late = measured.filter((v) => !v.onTime);
  const lateItems = verdicts
    .filter((v) => !v.onTime)
    .sort(
      (a, b) =>
        Date.parse(b.item.publishedAt) - Date.parse(a.item.publishedAt) || (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0),
    )
    .slice(0, LATE_ITEMS_SHOWN)
    .map(({ item: { id, title, formedAt, publishedAt }, workingDaysTaken, limit, basis }) => ({
      id,
      title,
      formedAt,
      publishedAt,
      workingDaysTaken,
      limitWorkingDays: limit,
      basis,
    }));
  return {
    measured: measured.length,
    onTime: measured.length - late.length,
    late: late.length,
    provisional: measured.filter((v) => v.provisional).length,
    declared,
    lateItems,
  };
}

function verdictOf(item: DisclosureItem, timeliness: Timeliness, limit: number): Verdict {
  const basis: Basis = timeliness.basis ?? (item.publicationRecord === 'imported' ? 'declared' : 'measured');
  const { workingDaysTaken, provisional } = timeliness;
  return { item, basis, limit, workingDaysTaken, onTime: workingDaysTaken <= limit, provisional };
}

function tally(counts: { items: number; onTime: number; late: number }, onTime: boolean): void {
  counts.items += 1;
  if (onTime) counts.onTime += 1;
  else counts.late += 1;
}
