import { describe, expect, it } from 'vitest';
import type { DisclosureRequest } from '@gongkai/spec';
import { chineseDaysCalendar } from '../calendar/chinese-days-calendar';
import { noticedFee, priorPiecesThisMonth } from './fee-notice';

describe('fee notice', () => {
  it('charges per piece counting on from the applicant’s earlier pieces this month, payable in 20 working days', () => {
    expect(noticedFee({ method: 'perPiece', quantity: 5 }, 8, { noticeOn: '2026-05-11' }, chineseDaysCalendar)).toEqual({
      method: 'perPiece',
      quantity: 5,
      priorPiecesThisMonth: 8,
      amount: '300.00',
      breakdown: [
        { from: 9, to: 10, rate: '0.00', subtotal: '0.00' },
        { from: 11, to: 13, rate: '100.00', subtotal: '300.00' },
      ],
      noticeOn: '2026-05-11',
      // The same 20 working days as the reply period of a request received that day (the contract's example).
      payBy: '2026-06-08',
    });
  });

  it('charges per page without counting other requests', () => {
    expect(noticedFee({ method: 'perPage', quantity: 120 }, 50, { noticeOn: '2026-05-11' }, chineseDaysCalendar)).toMatchObject({
      amount: '1100.00',
      quantity: 120,
    });
  });

  it('counts each earlier application as one piece, or the pieces its per-piece fee stated', () => {
    const request = (trackingNumber: string, fee?: DisclosureRequest['fee']) =>
      ({ trackingNumber, ...(fee ? { fee } : {}) }) as DisclosureRequest;
    const month = [
      request('a'),
      request('b', { method: 'perPiece', quantity: 12, amount: '200.00', breakdown: [] }),
      request('c', { method: 'perPage', quantity: 40, amount: '100.00', breakdown: [] }),
      request('d'),
    ];
    expect(priorPiecesThisMonth(month, 'd')).toBe(14);
    expect(priorPiecesThisMonth(month, 'a')).toBe(0);
  });
});
