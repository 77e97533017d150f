import type { ApplicationChannel, RequestRegistration } from '../generated/openapi-types';

/** Which registration field carries the legal receipt date on each channel (Art. 31; RequestRegistration). */
export const RECEIPT_EVIDENCE: Record<ApplicationChannel, keyof RequestRegistration> = {
  inPerson: 'submittedOn',
  oral: 'submittedOn',
  postSigned: 'signedForOn',
  postUnsigned: 'confirmedOn',
  online: 'confirmedOn',
  fax: 'confirmedOn',
  email: 'systemReceivedOn',
};

/** The legal receipt date of a request (Art. 31), or undefined when its evidence is missing. */
export function receivedOnOf(registration: RequestRegistration): string | undefined {
  return registration[RECEIPT_EVIDENCE[registration.channel]] as string | undefined;
}
