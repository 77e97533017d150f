import type { AnnualReport, ConsistencyCheck } from '../generated/openapi-types';
import { TABLE3_COLUMNS } from './table-layout';

/**
 * The check across years (`table3.carriedOverMatchesPublished`): for each of the seven table-3
 * columns, this year's 二、上年结转 equals 四、结转下年度 of the previous year's published report. What
 * a published report carried forward is what the next one must carry over; a difference means
 * something was registered or decided into the published year afterwards.
 */
export function checkCarriedOver(report: Pick<AnnualReport, 'year' | 'table3'>, previous: AnnualReport): ConsistencyCheck[] {
  if (previous.year !== report.year - 1)
    throw new RangeError(`checkCarriedOver: the ${previous.year} report does not precede the ${report.year} report`);
  const published = previous.publishedAt === undefined ? '' : ` published at ${previous.publishedAt}`;
  return TABLE3_COLUMNS.map((target) => {
    const carriedOver = report.table3[target].carriedOver;
    const carriedForward = previous.table3[target].carriedForward;
    const passed = carriedOver === carriedForward;
    const detail = passed
      ? `carriedOver ${carriedOver} = carriedForward ${carriedForward} of the ${previous.year} report${published}`
      : `carriedOver ${carriedOver} ≠ carriedForward ${carriedForward} of the ${previous.year} report${published}: expected ${carriedForward}`;
    return { rule: 'table3.carriedOverMatchesPublished', target, passed, detail };
  });
}
