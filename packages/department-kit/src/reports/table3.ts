import type { AnnualReport, ApplicantType, DisclosureRequest, RequestCountsColumn } from '@gongkai/spec';
import { APPLICANT_COLUMNS, addCounts, emptyRequestCountsColumn, tallyOutcome } from './annual-report-arithmetic';
import { yearBounds } from './china-date';
import { requestHandlings } from './request-closing';

/**
 * Table 3, 收到和处理政府信息公开申请情况 (2021 format), one column per `applicant.type`, each handling
 * of a request counted by its receipt date and its closing (see `requestHandlings`; a request whose
 * reply a reconsideration or lawsuit corrected is handled again, received on the day of the
 * correction, so the year that closed it first keeps its figures):
 * - 一 本年新收 `newReceived`: received in the year;
 * - 二 上年结转 `carriedOver`: received before 1 January and not closed before it;
 * - 三 本年度办理结果 `outcomes`: closed in the year, in the row of the decision's outcome; a request
 *   withdrawn without a decision counts as 三(六)3 其他 (`other.other`) in the year of withdrawal;
 * - 四 结转下年度继续办理 `carriedForward`: received by 31 December and not closed by then.
 * Every request received by 31 December and not closed before 1 January is in exactly one of 一/二
 * and one of 三/四, so 一 + 二 = 三(七) + 四 holds by construction. 总计 sums the six columns.
 */
export function table3(requests: readonly DisclosureRequest[], year: number): AnnualReport['table3'] {
  const { start, end } = yearBounds(year);
  const columns = Object.fromEntries(APPLICANT_COLUMNS.map((c) => [c, emptyRequestCountsColumn()])) as Record<
    ApplicantType,
    RequestCountsColumn
  >;
  for (const request of requests) {
    const column = columns[request.applicant.type];
    if (column === undefined)
      throw new RangeError(
        `request ${request.trackingNumber}: applicant type ${JSON.stringify(request.applicant.type)} is not a column of table 3`,
      );
    for (const { receivedOn, closing } of requestHandlings(request)) {
      if (receivedOn > end || (closing !== undefined && closing.on < start)) continue;
      if (receivedOn >= start) column.newReceived += 1;
      else column.carriedOver += 1;
      if (closing !== undefined && closing.on <= end)
        column.outcomes = tallyOutcome(column.outcomes, closing.kind === 'decided' ? closing.outcome : 'other.other');
      else column.carriedForward += 1;
    }
  }
  const total = APPLICANT_COLUMNS.reduce((sum, c) => addCounts(sum, columns[c]), emptyRequestCountsColumn());
  return { ...columns, total };
}
