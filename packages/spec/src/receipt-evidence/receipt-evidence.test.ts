import { describe, expect, it } from 'vitest';
import type { RequestRegistration } from '../generated/openapi-types';
import { vocabularies } from '../vocabularies';
import { RECEIPT_EVIDENCE, receivedOnOf } from './receipt-evidence';

const registration = (fields: Pick<RequestRegistration, 'channel'> & Partial<RequestRegistration>) => fields as RequestRegistration;

describe('receipt evidence (Art. 31)', () => {
  it('names the date that starts the clock for every channel of the contract', () => {
    expect(Object.keys(RECEIPT_EVIDENCE).sort()).toEqual(vocabularies.applicationChannel.terms.map((term) => term.value).sort());
  });

  it('reads the receipt date from the field the channel names, and nothing else', () => {
    expect(receivedOnOf(registration({ channel: 'postSigned', submittedOn: '2025-03-01', signedForOn: '2025-03-04' }))).toBe('2025-03-04');
    expect(receivedOnOf(registration({ channel: 'online', submittedOn: '2025-03-03' }))).toBeUndefined();
  });
});
