import type { AnnualReport, DocumentCounts } from '@gongkai/spec';
import { isInYear, yearBounds } from './china-date';
import { issuedOnOf } from './issued-on';
import { itemOn, type ItemTimeline } from './item-timeline';

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

function zeroDocuments(): DocumentCounts {
  return { issued: 0, repealed: 0, inForce: 0 };
}
