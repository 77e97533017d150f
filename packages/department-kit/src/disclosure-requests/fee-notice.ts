import type { DisclosureRequest, ProcessingFee, RequestEventInput } from '@gongkai/spec';
import { addWorkingDays } from '../calendar/add-working-days';
import type { CalendarDate } from '../calendar/calendar-date';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';
import { RuleViolation } from '../domain-errors';
import { processingFee } from '../fees/processing-fee';

/** 国办函〔2020〕109号: the applicant pays within 20 working days of receiving the notice, or the request is deemed abandoned. */
export const FEE_PAYMENT_WORKING_DAYS = 20;

/** The processing fee as the notice states it: the amount by one method, its computation, and the day to pay by. */
export function noticedFee(
  fee: NonNullable<RequestEventInput['fee']>,
  priorPiecesThisMonth: number,
  noticeOn: CalendarDate,
  calendar: WorkingDayCalendar,
): ProcessingFee {
  let computed: ReturnType<typeof processingFee>;
  try {
    computed = processingFee(
      fee.method === 'perPiece'
        ? { method: 'perPiece', piecesThisMonthBefore: priorPiecesThisMonth, pieces: fee.quantity }
        : { method: 'perPage', pages: fee.quantity },
    );
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new RuleViolation('The fee cannot be computed', [{ pointer: '/fee/quantity', message: error.message }]);
  }
  const payBy = addWorkingDays(calendar, noticeOn, FEE_PAYMENT_WORKING_DAYS);
  if (payBy.paused) throw new Error('unreachable: a count without pauses cannot stop');
  return {
    method: computed.method,
    quantity: computed.quantity,
    ...(computed.priorPiecesThisMonth !== undefined ? { priorPiecesThisMonth: computed.priorPiecesThisMonth } : {}),
    amount: computed.amount,
    breakdown: computed.breakdown.map((band) => ({ ...band })),
    noticeOn,
    payBy: payBy.dueOn,
  };
}

/**
 * Pieces the same applicant already requested this calendar month, before the request
 * `trackingNumber` (国办函〔2020〕109号 counts per applicant per natural month). `requests` are the
 * applicant's requests received that month in the order they arrived. Each earlier application
 * is at least one piece; one charged per piece counts the pieces its fee notice stated.
 */
export function priorPiecesThisMonth(requests: readonly DisclosureRequest[], trackingNumber: string): number {
  let pieces = 0;
  for (const request of requests) {
    if (request.trackingNumber === trackingNumber) break;
    pieces += request.fee?.method === 'perPiece' ? request.fee.quantity : 1;
  }
  return pieces;
}
