import type { RequestRegistration } from '@gongkai/spec';
import type { CalendarDate } from '../calendar/calendar-date';
import { RuleViolation } from '../domain-errors';
import { RECEIPT_EVIDENCE_FIELD, receiptDate, ReceiptEvidenceError, type ReceiptEvidence } from '../requests/receipt-date';

/** The registration field that carries each kind of receipt evidence. */
const EVIDENCE_FIELDS: Readonly<Record<keyof ReceiptEvidence, keyof RequestRegistration>> = {
  submittedOn: 'submittedOn',
  signedForOn: 'signedForOn',
  confirmedWithApplicantOn: 'confirmedOn',
  bothSidesConfirmedOn: 'confirmedOn',
  mailSystemReceivedOn: 'systemReceivedOn',
};

/**
 * The legal receipt date of a request registered by the office (Art. 31), from the evidence its
 * channel needs, and the field that gave it. Missing evidence is a `RuleViolation` naming the
 * field to fill in.
 */
export function registeredReceipt(registration: RequestRegistration): { receivedOn: CalendarDate; pointer: string } {
  const evidence: ReceiptEvidence = {
    ...(registration.submittedOn !== undefined ? { submittedOn: registration.submittedOn } : {}),
    ...(registration.signedForOn !== undefined ? { signedForOn: registration.signedForOn } : {}),
    ...(registration.confirmedOn !== undefined
      ? { confirmedWithApplicantOn: registration.confirmedOn, bothSidesConfirmedOn: registration.confirmedOn }
      : {}),
    ...(registration.systemReceivedOn !== undefined ? { mailSystemReceivedOn: registration.systemReceivedOn } : {}),
  };
  try {
    const receivedOn = receiptDate(registration.channel, evidence);
    return { receivedOn, pointer: `/${EVIDENCE_FIELDS[RECEIPT_EVIDENCE_FIELD[registration.channel]]}` };
  } catch (error) {
    if (!(error instanceof ReceiptEvidenceError)) throw error;
    const field = EVIDENCE_FIELDS[error.field];
    throw new RuleViolation(
      'The receipt date is missing',
      [
        {
          pointer: `/${field}`,
          message: `is required for a request received by ${registration.channel}: it is the date the statutory clock starts from (Art. 31)`,
        },
      ],
      'RECEIPT_EVIDENCE_MISSING',
    );
  }
}
