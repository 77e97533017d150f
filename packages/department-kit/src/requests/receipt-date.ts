import { isCalendarDate, type CalendarDate } from '../calendar/calendar-date';

/** How an application reached the office (Art. 29; 国办公开办函〔2017〕19号 on channels). */
export type ReceiptChannel = 'inPerson' | 'postSigned' | 'postUnsigned' | 'online' | 'fax' | 'email' | 'oral';

/** The dates an office can record about an application's arrival; which one counts depends on the channel. */
export interface ReceiptEvidence {
  /** Handed in at the office, or dictated there (口头申请, Art. 29). */
  readonly submittedOn?: CalendarDate;
  /** The office signed for registered post. */
  readonly signedForOn?: CalendarDate;
  /** The office confirmed receipt with the applicant (ordinary mail nobody signs for). */
  readonly confirmedWithApplicantOn?: CalendarDate;
  /** Both sides confirmed an online or fax application. */
  readonly bothSidesConfirmedOn?: CalendarDate;
  /** The office's mail system received the e-mail. */
  readonly mailSystemReceivedOn?: CalendarDate;
}

/** Which evidence fixes the receipt date on each channel. */
export const RECEIPT_EVIDENCE_FIELD: Readonly<Record<ReceiptChannel, keyof ReceiptEvidence>> = {
  inPerson: 'submittedOn', // Art. 31(1)
  oral: 'submittedOn', // Art. 29: the office transcribes it on the day
  postSigned: 'signedForOn', // Art. 31(2)
  postUnsigned: 'confirmedWithApplicantOn', // Art. 31(2): unsigned post counts from confirmation
  online: 'bothSidesConfirmedOn', // Art. 31(3): 双方确认之日
  fax: 'bothSidesConfirmedOn', // Art. 31(3)
  email: 'mailSystemReceivedOn', // 国办公开办函〔2015〕207号
};

/** The evidence the channel needs is missing or is not a date. */
export class ReceiptEvidenceError extends Error {
  override readonly name = 'ReceiptEvidenceError';

  constructor(
    readonly channel: ReceiptChannel,
    readonly field: keyof ReceiptEvidence,
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
  const field = RECEIPT_EVIDENCE_FIELD[channel];
  if (field === undefined) throw new RangeError(`unknown receipt channel ${JSON.stringify(channel)}`);
  const value = evidence[field];
  if (!isCalendarDate(value)) throw new ReceiptEvidenceError(channel, field, value);
  return value;
}
