import type { AnnualReport, DisclosureItem, Genre } from '@gongkai/spec';
import type { CalendarDate } from '../calendar/calendar-date';
import { chinaDateOf, isInYear, yearBounds } from './china-date';
import { itemOn, type ItemTimeline } from './item-timeline';
import { issuedOnOf } from './issued-on';

type DecisionCounts = Pick<AnnualReport['table2'], 'licensing' | 'penalties' | 'coercion'>;
type DecisionRow = keyof DecisionCounts;
type Correction = NonNullable<AnnualReport['corrections']>[number];

const DECISION_ROWS = {
  licensing: 'licensingDecision',
  penalties: 'penaltyDecision',
  coercion: 'coercionDecision',
} as const satisfies Record<DecisionRow, Genre>;

/** The published reports by year, with the day each was published (Beijing). */
export type PublishedYears = ReadonlyMap<number, CalendarDate>;

/**
 * Table 2, 第二十条第（五）项 行政许可 and 第（六）项 行政处罚、行政强制, 本年处理决定数量: the decisions
 * that notices of genre `licensingDecision`, `penaltyDecision`, `coercionDecision` list (`decisions`;
 * a notice without the list is one decision, of its 成文日期, else its publication date), each in
 * the year it was decided, from notices not withdrawn by 31 December. A decision of a year whose
 * report was already published when the decision was recorded (with its notice, or by a revision
 * that added it) is not counted there — the published report stays as it was — and the report of
 * the year it was recorded lists it in `corrections` instead.
 */
export function decisionRows(
  timelines: Iterable<ItemTimeline>,
  year: number,
  published: PublishedYears = new Map(),
): DecisionCounts & { corrections: Correction[] } {
  const rows: DecisionCounts = { licensing: { decisions: 0 }, penalties: { decisions: 0 }, coercion: { decisions: 0 } };
  const corrections = new Map<string, Correction>();
  const end = yearBounds(year).end;
  for (const timeline of timelines) {
    const atEnd = itemOn(timeline, end);
    const row = decisionRowOf(atEnd);
    if (row === undefined || atEnd.status === 'withdrawn') continue;
    for (const { decidedOn, recordedOn } of recordedDecisions(timeline, atEnd)) {
      const decidedYear = Number(decidedOn.slice(0, 4));
      const publishedOn = published.get(decidedYear);
      const late = publishedOn !== undefined && recordedOn > publishedOn;
      if (decidedYear === year && !late) rows[row].decisions += 1;
      if (late && decidedYear < year && isInYear(recordedOn, year)) {
        const key = `${decidedYear}:${row}`;
        const correction = corrections.get(key) ?? { year: decidedYear, row, decisions: 0, detail: '' };
        correction.decisions += 1;
        correction.detail = `${correction.decisions} decision(s) of ${decidedYear} recorded in ${year}, after the ${decidedYear} report was published on ${publishedOn}`;
        corrections.set(key, correction);
      }
    }
  }
  return { ...rows, corrections: [...corrections.values()].sort((a, b) => a.year - b.year || (a.row < b.row ? -1 : 1)) };
}

function decisionRowOf(item: DisclosureItem): DecisionRow | undefined {
  const entry = Object.entries(DECISION_ROWS).find(([, genre]) => genre === item.genre);
  return entry?.[0] as DecisionRow | undefined;
}

/** The keys of a notice's decisions: each listed decision's, or the notice's own date as one; repeats numbered. */
function decisionKeys(item: DisclosureItem): { key: string; decidedOn: CalendarDate }[] {
  const listed =
    item.decisions !== undefined && item.decisions.length > 0
      ? item.decisions.map((d) => ({ base: `${d.decidedOn}|${d.documentNumber ?? ''}`, decidedOn: d.decidedOn }))
      : [{ base: 'notice', decidedOn: issuedOnOf(item) }];
  const seen = new Map<string, number>();
  return listed.map(({ base, decidedOn }) => {
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return { key: `${base}#${n}`, decidedOn };
  });
}

/** The decisions of `atEnd` with the day each was first recorded in the item's timeline. */
function recordedDecisions(timeline: ItemTimeline, atEnd: DisclosureItem): { decidedOn: CalendarDate; recordedOn: CalendarDate }[] {
  const firstSeen = new Map<string, CalendarDate>();
  for (const state of timeline)
    for (const { key } of decisionKeys(state.item)) if (!firstSeen.has(key)) firstSeen.set(key, state.recordedOn);
  const created = timeline[0]?.recordedOn ?? chinaDateOf(atEnd.publishedAt);
  return decisionKeys(atEnd).map(({ key, decidedOn }) => ({ decidedOn, recordedOn: firstSeen.get(key) ?? created }));
}
