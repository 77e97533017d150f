import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { processingFee } from './processing-fee';

const perPiece = (pieces: number, piecesThisMonthBefore = 0) => processingFee({ method: 'perPiece', piecesThisMonthBefore, pieces });
const perPage = (pages: number) => processingFee({ method: 'perPage', pages });

describe('processingFee by piece (国办函〔2020〕109号)', () => {
  it.each([
    [10, '0.00'], // 1–10 free
    [11, '100.00'], // 11th at ¥100
    [30, '2000.00'], // 20 × ¥100
    [31, '2200.00'], // + 31st at ¥200
    [40, '4000.00'], // 2000 + 10 × ¥200
    [41, '4300.00'], // + 41st at ¥300
    [50, '7000.00'], // 4000 + 10 × ¥300
  ])('charges %i pieces in a month %s', (pieces, amount) => {
    expect(perPiece(pieces).amount).toBe(amount);
  });

  it('shows the computation band by band', () => {
    expect(perPiece(35)).toEqual({
      method: 'perPiece',
      quantity: 35,
      priorPiecesThisMonth: 0,
      amount: '3000.00',
      amountFen: 300000,
      breakdown: [
        { from: 1, to: 10, rate: '0.00', subtotal: '0.00' },
        { from: 11, to: 30, rate: '100.00', subtotal: '2000.00' },
        { from: 31, to: 35, rate: '200.00', subtotal: '1000.00' },
      ],
    });
  });

  it('continues the count from the applicant’s earlier pieces this month: 8 earlier + 5 now → 3 charged', () => {
    const fee = perPiece(5, 8);
    expect(fee.amount).toBe('300.00');
    expect(fee.breakdown.map(({ from, to, rate }) => [from, to, rate])).toEqual([
      [9, 10, '0.00'],
      [11, 13, '100.00'],
    ]);
  });

  it('charges nothing for an application of no pieces', () => {
    expect(perPiece(0, 40)).toEqual({
      method: 'perPiece',
      quantity: 0,
      priorPiecesThisMonth: 40,
      amount: '0.00',
      amountFen: 0,
      breakdown: [],
    });
  });

  it('refuses counts that are not whole numbers', () => {
    expect(() => perPiece(-1)).toThrow(RangeError);
    expect(() => perPiece(2.5)).toThrow('pieces must be a whole number');
    expect(() => perPiece(1, Number.NaN)).toThrow('piecesThisMonthBefore must be a whole number');
  });
});

describe('processingFee by page (国办函〔2020〕109号)', () => {
  it.each([
    [30, '0.00'], // 1–30 free
    [31, '10.00'],
    [100, '700.00'], // 70 × ¥10
    [101, '720.00'], // + ¥20
    [200, '2700.00'], // 700 + 100 × ¥20
    [201, '2740.00'], // + ¥40
  ])('charges %i pages %s', (pages, amount) => {
    expect(perPage(pages).amount).toBe(amount);
  });

  it('matches the contract example: 120 pages → ¥1100.00', () => {
    expect(perPage(120)).toEqual({
      method: 'perPage',
      quantity: 120,
      amount: '1100.00',
      amountFen: 110000,
      breakdown: [
        { from: 1, to: 30, rate: '0.00', subtotal: '0.00' },
        { from: 31, to: 100, rate: '10.00', subtotal: '700.00' },
        { from: 101, to: 120, rate: '20.00', subtotal: '400.00' },
      ],
    });
  });

  it('shows the open-ended top band up to the last page', () => {
    expect(perPage(250).breakdown.at(-1)).toEqual({ from: 201, to: 250, rate: '40.00', subtotal: '2000.00' });
  });
});

describe('processingFee: one method per application', () => {
  it('makes mixing pieces and pages a type error, and refuses it at run time', () => {
    // @ts-expect-error pages belong to the per-page method only
    expect(() => processingFee({ method: 'perPiece', piecesThisMonthBefore: 0, pieces: 12, pages: 40 })).toThrow('not both');
    // @ts-expect-error pieces belong to the per-piece method only
    expect(() => processingFee({ method: 'perPage', pages: 40, pieces: 12 })).toThrow('not both');
  });
});

describe('processingFee: properties', () => {
  it('never falls when the quantity grows', () => {
    fc.assert(
      fc.property(fc.nat(200), fc.nat(300), (before, pieces) => {
        expect(perPiece(pieces + 1, before).amountFen).toBeGreaterThanOrEqual(perPiece(pieces, before).amountFen);
      }),
    );
    fc.assert(
      fc.property(fc.nat(1000), (pages) => {
        expect(perPage(pages + 1).amountFen).toBeGreaterThanOrEqual(perPage(pages).amountFen);
      }),
    );
  });

  it('charges the same whether a month’s pieces come in one application or two', () => {
    fc.assert(
      fc.property(fc.nat(100), fc.nat(100), fc.nat(100), (before, a, b) => {
        expect(perPiece(a, before).amountFen + perPiece(b, before + a).amountFen).toBe(perPiece(a + b, before).amountFen);
      }),
    );
  });

  it('adds up: the bands cover the quantity without gaps, and their subtotals make the amount', () => {
    const fen = (yuan: string) => Number(yuan.replace('.', ''));
    fc.assert(
      fc.property(fc.nat(100), fc.nat(300), (before, pieces) => {
        const fee = perPiece(pieces, before);
        expect(fee.breakdown.map((band) => band.to - band.from + 1).reduce((a, b) => a + b, 0)).toBe(pieces);
        fee.breakdown.forEach((band, i) => expect(band.from).toBe(i === 0 ? before + 1 : fee.breakdown[i - 1]!.to + 1));
        fee.breakdown.forEach((band) => expect(fen(band.subtotal)).toBe((band.to - band.from + 1) * fen(band.rate)));
        expect(fee.breakdown.reduce((sum, band) => sum + fen(band.subtotal), 0)).toBe(fee.amountFen);
      }),
    );
  });
});
