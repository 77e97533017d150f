import type { ApplicationChannel, RequestRegistration } from '@gongkai/spec';
import { RECEIPT_EVIDENCE, type ReceiptEvidenceField } from '@gongkai/spec/receipt-evidence';
import { isCalendarDate, type CalendarDate } from '../calendar/calendar-date';

/** How an application reached the office (Art. 29; 国办公开办函〔2017〕19号 on channels). */
export type ReceiptChannel = ApplicationChannel;

/**
 * The dates an office can record about an application's arrival, as a registration carries them;
 * which one counts on each channel is the contract's Art. 31 table, `RECEIPT_EVIDENCE` of
 * `@gongkai/spec/receipt-evidence`.
 */
export type ReceiptEvidence = Partial<Pick<RequestRegistration, ReceiptEvidenceField>>;

/** The evidence the channel needs is missing or is not a date. */
export class ReceiptEvidenceError extends Error {
  override readonly name = 'ReceiptEvidenceError';

  constructor(
    readonly channel: ReceiptChannel,
    readonly field: ReceiptEvidenceField,
    readonly value: unknown,
  ) {
    super(
      value === undefined
        ? `Art. 31: an application received by ${channel} needs ${field}, the date that starts the clock`
        : `Art. 31: ${field} for an application received by ${channel} is ${JSON.stringify(value)}, not a valid date (expected YYYY-MM-DD)`,
    );
  }
}

/**
 * The legal receipt date of an application (Art. 31), from which the reply period runs. Other
 * evidence (e.g. a postmark) is ignored: only the date the law names for the channel counts.
 */
export function receiptDate(channel: ReceiptChannel, evidence: ReceiptEvidence): CalendarDate {
  const field = RECEIPT_EVIDENCE[channel];
  if (field === undefined) throw new RangeError(`unknown receipt channel ${JSON.stringify(channel)}`);
  const value = evidence[field];
  if (!isCalendarDate(value)) throw new ReceiptEvidenceError(channel, field, value);
  return value;
}
