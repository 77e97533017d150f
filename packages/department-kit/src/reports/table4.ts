import type { AnnualReport, DisclosureRequest } from '@gongkai/spec';
import { REMEDY_GROUPS, emptyRemedyCountsRow } from './annual-report-arithmetic';
import { yearBounds } from './china-date';
import { remedyCases } from './remedy-cases';

/**
 * Table 4, 政府信息公开行政复议、行政诉讼情况 (2021 format), per group (行政复议; 行政诉讼 未经复议直接起诉
 * and 复议后起诉): every case filed in the year or still pending on 1 January; its result
 * (结果维持/结果纠正/其他结果) when decided by 31 December, else 尚未审结 (`pending`); 总计 = the four.
 * A case pending at the end of one year appears again in the next, with its result if decided then.
 */
export function table4(requests: readonly DisclosureRequest[], year: number): AnnualReport['table4'] {
  const { start, end } = yearBounds(year);
  const rows = Object.fromEntries(REMEDY_GROUPS.map((g) => [g, emptyRemedyCountsRow()])) as AnnualReport['table4'];
  for (const remedy of requests.flatMap(remedyCases)) {
    if (remedy.filedOn > end || (remedy.decidedOn !== undefined && remedy.decidedOn < start)) continue;
    const row = rows[remedy.kind];
    if (remedy.decidedOn !== undefined && remedy.decidedOn <= end) row[remedy.result ?? 'other'] += 1;
    else row.pending += 1;
    row.total += 1;
  }
  return rows;
}
