import type { AnnualReport, DisclosureRequest } from '@gongkai/spec';
import { fenToMoney, moneyToFen } from './annual-report-arithmetic';
import { isInYear } from './china-date';

/**
 * 六、其他需要报告的事项: the information processing fees (信息处理费, 国办函〔2020〕109号) collected in the
 * year and the number of requests they were collected on. A fee is the request's `fee` (else the
 * decision's), collected on its `paidOn` (else the day of the latest `feePaid` event); a fee of
 * ¥0.00 collected nothing and is not a case.
 */
export function otherMatters(requests: readonly DisclosureRequest[], year: number): AnnualReport['otherMatters'] {
  let fen = 0n;
  let cases = 0;
  for (const request of requests) {
    const fee = request.fee ?? request.decision?.fee;
    if (fee === undefined) continue;
    const paidOn = fee.paidOn ?? request.events.findLast((e) => e.type === 'feePaid')?.on;
    const amount = moneyToFen(fee.amount);
    if (paidOn === undefined || !isInYear(paidOn, year) || amount === 0n) continue;
    fen += amount;
    cases += 1;
  }
  return { processingFeesCollected: fenToMoney(fen), processingFeeCases: cases };
}
