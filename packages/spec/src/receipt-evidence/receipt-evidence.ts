/**
 * When a disclosure request counts as received (Art. 31 of the Regulations): the reply period runs
 * from a date that depends on how the application arrived, and only the date the law names for the
 * channel counts (a postmark does not).
 *
 * Dependency-free on purpose (`@gongkai/spec/receipt-evidence`): a form in the browser shows which
 * date it needs without the validators or the bundled document.
 */
import type { ApplicationChannel, RequestRegistration } from '../generated/openapi-types';

/** The field of a `RequestRegistration` that carries the legal receipt date, per channel. */
export type ReceiptEvidenceField = 'submittedOn' | 'signedForOn' | 'confirmedOn' | 'systemReceivedOn';

/** Which registration field carries the legal receipt date on each channel. */
export const RECEIPT_EVIDENCE: Readonly<Record<ApplicationChannel, ReceiptEvidenceField & keyof RequestRegistration>> = {
  inPerson: 'submittedOn', // Art. 31(1): handed in at the office
  oral: 'submittedOn', // Art. 29: the office transcribes an oral application on the day
  postSigned: 'signedForOn', // Art. 31(2): the office signed for registered post
  postUnsigned: 'confirmedOn', // Art. 31(2): ordinary post counts from the office's confirmation with the applicant
  online: 'confirmedOn', // Art. 31(3): 双方确认之日, the day both sides confirmed
  fax: 'confirmedOn', // Art. 31(3)
  email: 'systemReceivedOn', // 国办公开办函〔2015〕207号: the office's mail system received it
};

/** The legal receipt date of a request (Art. 31), or undefined when its evidence is missing. */
export function receivedOnOf(registration: RequestRegistration): string | undefined {
  return registration[RECEIPT_EVIDENCE[registration.channel]] as string | undefined;
}
