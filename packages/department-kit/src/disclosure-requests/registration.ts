import type { RequestRegistration } from '@gongkai/spec';
import { RECEIPT_EVIDENCE } from '@gongkai/spec/receipt-evidence';
import type { CalendarDate } from '../calendar/calendar-date';
import { RuleViolation } from '../domain-errors';
import { receiptDate, ReceiptEvidenceError } from '../requests/receipt-date';

/**
 * The legal receipt date of a request registered by the office (Art. 31), from the evidence its
 * channel needs, and the field that gave it. Missing evidence is a `RuleViolation` naming the
 * field to fill in.
 */
export function registeredReceipt(registration: RequestRegistration): { receivedOn: CalendarDate; pointer: string } {
  try {
    const receivedOn = receiptDate(registration.channel, registration);
    return { receivedOn, pointer: `/${RECEIPT_EVIDENCE[registration.channel]}` };
  } catch (error) {
    if (!(error instanceof ReceiptEvidenceError)) throw error;
    throw new RuleViolation(
      'The receipt date is missing',
      [
        {
          pointer: `/${error.field}`,
          message: `is required for a request received by ${registration.channel}: it is the date the statutory clock starts from (Art. 31)`,
        },
      ],
      'RECEIPT_EVIDENCE_MISSING',
    );
  }
}
