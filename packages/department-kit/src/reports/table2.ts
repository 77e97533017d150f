import type { AnnualReport, DisclosureItem, DocumentCounts, Genre } from '@gongkai/spec';
import type { CalendarDate } from '../calendar/calendar-date';
import { chinaDateOf, isInYear, yearBounds } from './china-date';
import { itemOn, type ItemTimeline } from './item-timeline';

type DecisionCounts = Pick<AnnualReport['table2'], 'licensing' | 'penalties' | 'coercion'>;
type DocumentRows = Pick<AnnualReport['table2'], 'rules' | 'normativeDocuments'>;

/**
 * Table 2, 第二十条第（一）项 (2021 format): 规章 and 行政规范性文件 by `genre`, each counted from the
 * item as it stood on 31 December (an item withdrawn by then is not counted; one withdrawn later
 * is, so a past year's figures do not move):
 * - 本年制发件数 `issued`: 成文日期 (`writtenOn`, else the publication date) in the year;
 * - 本年废止件数 `repealed`: `repealed` on 31 December and not on 31 December of the year before;
 * - 现行有效件数 `inForce`: `valid` or `amended` on 31 December and written by then.
 */
export function documentRows(timelines: Iterable<ItemTimeline>, year: number): DocumentRows {
  const rows = { rules: zeroDocuments(), normativeDocuments: zeroDocuments() };
  const end = yearBounds(year).end;
  const endBefore = yearBounds(year - 1).end;
  for (const timeline of timelines) {
    const atEnd = itemOn(timeline, end);
    const row = atEnd.genre === 'rule' ? rows.rules : atEnd.genre === 'normativeDocument' ? rows.normativeDocuments : undefined;
    if (row === undefined || atEnd.status === 'withdrawn') continue;
    const issuedOn = issuedOnOf(atEnd);
    if (isInYear(issuedOn, year)) row.issued += 1;
    if (issuedOn <= end && (atEnd.validity === 'valid' || atEnd.validity === 'amended')) row.inForce += 1;
    if (atEnd.validity === 'repealed' && itemOn(timeline, endBefore).validity !== 'repealed') row.repealed += 1;
  }
  return rows;
}

const DECISION_ROWS = {
  licensing: 'licensingDecision',
  penalties: 'penaltyDecision',
  coercion: 'coercionDecision',
} as const satisfies Record<keyof DecisionCounts, Genre>;

type DecisionRow = keyof DecisionCounts;
type Correction = NonNullable<AnnualReport['corrections']>[number];

/** The published reports by year, with the day each was published (Beijing). */
export type PublishedYears = ReadonlyMap<number, CalendarDate>;

/**
 * Table 2, 第二十条第（五）项 行政许可 and 第（六）项 行政处罚、行政强制, 本年处理决定数量: the decisions
 * that notices of genre `licensingDecision`, `penaltyDecision`, `coercionDecision` list (`decisions`;
 * a notice without the list is one decision, of its 成文日期, else its publication date), each in
 * the year it was decided, from notices not withdrawn by 31 December. A decision of a year whose
 * report was already published when its notice was recorded is not counted there (the published
 * report stays as it was): the report of the year the notice was recorded lists it in
 * `corrections` instead.
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
    const recordedOn = timeline[0]?.recordedOn ?? chinaDateOf(atEnd.publishedAt);
    for (const decidedOn of decisionDates(atEnd)) {
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

/** The days the notice's decisions were taken: each listed decision's, or the notice's own date as one. */
function decisionDates(item: DisclosureItem): CalendarDate[] {
  if (item.decisions !== undefined && item.decisions.length > 0) return item.decisions.map((d) => d.decidedOn);
  return [issuedOnOf(item)];
}

/** 成文日期, or the publication date (Beijing) when the item does not state it. */
function issuedOnOf(item: DisclosureItem): string {
  return item.writtenOn ?? chinaDateOf(item.publishedAt);
}

function zeroDocuments(): DocumentCounts {
  return { issued: 0, repealed: 0, inForce: 0 };
}
