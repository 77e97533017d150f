import type { AnnualReport, DisclosureItem, DocumentCounts, Genre } from '@gongkai/spec';
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

/**
 * Table 2, 第二十条第（五）项 行政许可 and 第（六）项 行政处罚、行政强制, 本年处理决定数量: items of genre
 * `licensingDecision`, `penaltyDecision`, `coercionDecision` published in the year and not
 * withdrawn by 31 December.
 */
export function decisionRows(timelines: Iterable<ItemTimeline>, year: number): DecisionCounts {
  const rows: DecisionCounts = { licensing: { decisions: 0 }, penalties: { decisions: 0 }, coercion: { decisions: 0 } };
  const end = yearBounds(year).end;
  const rowOf = new Map(Object.entries(DECISION_ROWS).map(([row, genre]) => [genre as Genre, row as keyof DecisionCounts]));
  for (const timeline of timelines) {
    const atEnd = itemOn(timeline, end);
    const row = atEnd.genre === undefined ? undefined : rowOf.get(atEnd.genre);
    if (row === undefined || atEnd.status === 'withdrawn') continue;
    if (isInYear(chinaDateOf(atEnd.publishedAt), year)) rows[row].decisions += 1;
  }
  return rows;
}

/** 成文日期, or the publication date (Beijing) when the item does not state it. */
function issuedOnOf(item: DisclosureItem): string {
  return item.writtenOn ?? chinaDateOf(item.publishedAt);
}

function zeroDocuments(): DocumentCounts {
  return { issued: 0, repealed: 0, inForce: 0 };
}
