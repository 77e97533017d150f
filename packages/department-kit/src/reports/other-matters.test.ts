import { describe, expect, it } from 'vitest';
import type { ProcessingFee } from '@gongkai/spec';
import { otherMatters } from './other-matters';
import { request } from './report-fixtures';

const fee = (amount: string, paidOn?: string): ProcessingFee => ({
  method: 'perPage',
  quantity: 120,
  amount,
  breakdown: [],
  noticeOn: '2025-03-05',
  ...(paidOn ? { paidOn } : {}),
});

describe('六、其他需要报告的事项: processing fees collected', () => {
  it('adds the fees paid in the year and counts the requests they were paid on', () => {
    const requests = [
      request({ receivedOn: '2025-03-01', fee: fee('1100.00', '2025-03-10') }),
      request({ receivedOn: '2025-11-01', fee: fee('380.50', '2025-12-31') }),
      request({ receivedOn: '2024-12-01', fee: fee('100.00', '2024-12-30') }),
      request({ receivedOn: '2025-12-20', fee: fee('200.00', '2026-01-04') }),
      request({ receivedOn: '2025-06-01', fee: fee('700.00') }), // noticed, never paid
      request({ receivedOn: '2025-06-01' }),
    ];
    expect(otherMatters(requests, 2025)).toEqual({ processingFeesCollected: '1480.50', processingFeeCases: 2 });
  });

  it('dates a fee without paidOn by the feePaid event', () => {
    const paid = request({
      receivedOn: '2025-03-01',
      fee: fee('700.00'),
      events: [{ type: 'feePaid', on: '2025-03-15', recordedAt: '2025-03-15T10:00:00+08:00' }],
    });
    expect(otherMatters([paid], 2025)).toEqual({ processingFeesCollected: '700.00', processingFeeCases: 1 });
  });

  it('takes the decision’s fee when the request states none', () => {
    const decided = request({ receivedOn: '2025-03-01', decided: { on: '2025-03-30', outcome: 'granted' } });
    const withFee = { ...decided, decision: { ...decided.decision!, fee: fee('20.00', '2025-03-20') } };
    expect(otherMatters([withFee], 2025)).toEqual({ processingFeesCollected: '20.00', processingFeeCases: 1 });
  });

  it('does not count a fee of ¥0.00 as a case', () => {
    expect(otherMatters([request({ receivedOn: '2025-03-01', fee: fee('0.00', '2025-03-10') })], 2025)).toEqual({
      processingFeesCollected: '0.00',
      processingFeeCases: 0,
    });
  });
});
