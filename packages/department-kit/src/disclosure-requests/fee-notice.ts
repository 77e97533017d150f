import type { DisclosureRequest, ProcessingFee, RequestEventInput } from '@gongkai/spec';
import { addWorkingDays } from '../calendar/add-working-days';
import type { CalendarDate } from '../calendar/calendar-date';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';
import { RuleViolation } from '../domain-errors';
import { processingFee } from '../fees/processing-fee';

/** 国办函〔2020〕109号: the applicant pays within 20 working days of receiving the notice, or the request is deemed abandoned. */
export const FEE_PAYMENT_WORKING_DAYS = 20;

/** When the notice went out, and when the applicant received it where that is recorded (a posted notice). */
export interface FeeNoticeDates {
  readonly noticeOn: CalendarDate;
  readonly deliveredOn?: CalendarDate;
}

/**
 * The processing fee as the notice states it: the amount by one method, its computation, and the
 * day to pay by, 20 working days from the applicant's receipt of the notice (from the day it was
 * sent when the receipt is not recorded). A fee of ¥0.00 is a `RuleViolation`: below the
 * thresholds nothing is charged (国办函〔2020〕109号), so there is nothing to notify, no pause of
 * the clock and no way to "abandoned for non-payment".
 */
export function noticedFee(
  fee: NonNullable<RequestEventInput['fee']>,
  priorPiecesThisMonth: number,
  { noticeOn, deliveredOn }: FeeNoticeDates,
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
  if (computed.amount === '0.00') {
    const what =
      fee.method === 'perPiece'
        ? `${fee.quantity} piece(s) after ${priorPiecesThisMonth} earlier this month stay within the 10 free pieces`
        : `${fee.quantity} page(s) stay within the 30 free pages`;
    throw new RuleViolation(
      'No fee is due',
      [
        {
          pointer: '/fee/quantity',
          message: `${what}: the fee is ¥0.00, and no fee notice is sent below the thresholds (国办函〔2020〕109号)`,
        },
      ],
      'FEE_NOT_CHARGEABLE',
    );
  }
  const payBy = addWorkingDays(calendar, deliveredOn ?? noticeOn, FEE_PAYMENT_WORKING_DAYS);
  if (payBy.paused) throw new Error('unreachable: a count without pauses cannot stop');
  return {
    method: computed.method,
    quantity: computed.quantity,
    ...(computed.priorPiecesThisMonth !== undefined ? { priorPiecesThisMonth: computed.priorPiecesThisMonth } : {}),
    amount: computed.amount,
    breakdown: computed.breakdown.map((band) => ({ ...band })),
    noticeOn,
    ...(deliveredOn !== undefined ? { deliveredOn } : {}),
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
