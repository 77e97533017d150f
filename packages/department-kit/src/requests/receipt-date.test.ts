import { describe, expect, it } from 'vitest';
import { receiptDate, ReceiptEvidenceError, type ReceiptChannel } from './receipt-date';

/** Every date an office might record, each different, so the test shows which one counts. */
const evidence = {
  submittedOn: '2025-03-03',
  signedForOn: '2025-03-04',
  confirmedOn: '2025-03-05',
  systemReceivedOn: '2025-03-07',
};

describe('receiptDate (Art. 31)', () => {
  it.each<[ReceiptChannel, string]>([
    ['inPerson', '2025-03-03'],
    ['oral', '2025-03-03'],
    ['postSigned', '2025-03-04'],
    ['postUnsigned', '2025-03-05'],
    ['online', '2025-03-05'],
    ['fax', '2025-03-05'],
    ['email', '2025-03-07'],
  ])('takes the date the law names for %s', (channel, expected) => {
    expect(receiptDate(channel, evidence)).toBe(expected);
  });

  it('counts registered post from the signature, not from an earlier submission date', () => {
    expect(receiptDate('postSigned', { submittedOn: '2025-03-01', signedForOn: '2025-03-04' })).toBe('2025-03-04');
  });

  it('names the missing field for the channel', () => {
    const attempt = () => receiptDate('online', { submittedOn: '2025-03-03' });
    expect(attempt).toThrow(ReceiptEvidenceError);
    expect(attempt).toThrow(
      expect.objectContaining({
        channel: 'online',
        field: 'confirmedOn',
        message: 'Art. 31: an application received by online needs confirmedOn, the date that starts the clock',
      }),
    );
  });

  it('refuses evidence that is not a date', () => {
    expect(() => receiptDate('email', { systemReceivedOn: '2025-02-30' })).toThrow(
      expect.objectContaining({ field: 'systemReceivedOn', message: expect.stringContaining('"2025-02-30", not a valid date') }),
    );
  });
});
