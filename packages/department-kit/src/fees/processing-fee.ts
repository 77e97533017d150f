import { formatYuan } from './yuan';

/**
 * Charging by piece (按件计收): per applicant per calendar month, counting on from the pieces
 * the applicant already requested this month (国办函〔2020〕109号).
 */
export interface PerPieceQuantity {
  readonly method: 'perPiece';
  /** Pieces this applicant already requested this calendar month. */
  readonly piecesThisMonthBefore: number;
  /** Pieces in this application. */
  readonly pieces: number;
  readonly pages?: never;
}

/** Charging by volume (按量计收): pages of this one application (国办函〔2020〕109号). */
export interface PerPageQuantity {
  readonly method: 'perPage';
  readonly pages: number;
  readonly pieces?: never;
  readonly piecesThisMonthBefore?: never;
}

/** One method per application, never both (国办函〔2020〕109号): the union makes mixing a type error. */
export type FeeQuantity = PerPieceQuantity | PerPageQuantity;

/** A stretch of pieces or pages charged at one rate, so a fee notice can show the computation. */
export interface FeeBand {
  /** First piece (numbered within the month) or page of the stretch. */
  readonly from: number;
  /** Last one, inclusive. */
  readonly to: number;
  /** Per piece or page, in yuan (`"100.00"`); `"0.00"` for the free allowance. */
  readonly rate: string;
  readonly subtotal: string;
}

/**
 * The v1 `ProcessingFee` fields this computation knows (not the notice and payment dates), plus
 * `amountFen` for arithmetic; drop it when serialising to the contract.
 */
export interface ProcessingFee {
  readonly method: FeeQuantity['method'];
  /** Pieces or pages in this application. */
  readonly quantity: number;
  /** Per piece: the applicant's earlier pieces this month, where the count continues from. */
  readonly priorPiecesThisMonth?: number;
  /** Yuan, two places: `"1300.00"`. */
  readonly amount: string;
  readonly amountFen: number;
  readonly breakdown: readonly FeeBand[];
}

interface Band {
  readonly from: number;
  readonly to: number;
  readonly rateFen: number;
}

const YUAN = 100;

/**
 * Pieces 1–10 free, 11–30 ¥100 each, then the rate rises ¥100 for each band of 10:
 * 31–40 ¥200, 41–50 ¥300, … (国办函〔2020〕109号).
 */
export function perPieceBand(piece: number): Band {
  if (piece <= 10) return { from: 1, to: 10, rateFen: 0 };
  if (piece <= 30) return { from: 11, to: 30, rateFen: 100 * YUAN };
  const step = Math.ceil((piece - 30) / 10);
  return { from: 21 + 10 * step, to: 30 + 10 * step, rateFen: (100 + 100 * step) * YUAN };
}

/** Pages 1–30 free, 31–100 ¥10, 101–200 ¥20, 201 and up ¥40 a page (国办函〔2020〕109号). */
export function perPageBand(page: number): Band {
  if (page <= 30) return { from: 1, to: 30, rateFen: 0 };
  if (page <= 100) return { from: 31, to: 100, rateFen: 10 * YUAN };
  if (page <= 200) return { from: 101, to: 200, rateFen: 20 * YUAN };
  return { from: 201, to: Number.POSITIVE_INFINITY, rateFen: 40 * YUAN };
}

/**
 * The information processing fee (信息处理费) for one application. Whether to charge at all is
 * the office's decision: providing information is free (Art. 42) unless the number or frequency
 * of requests clearly exceeds a reasonable range. This only computes the amount.
 */
export function processingFee(quantity: FeeQuantity): ProcessingFee {
  if (quantity.method === 'perPiece') {
    const before = wholeCount(quantity.piecesThisMonthBefore, 'piecesThisMonthBefore');
    const pieces = wholeCount(quantity.pieces, 'pieces');
    if (quantity.pages !== undefined) throw new RangeError('processingFee: one method per application: pieces or pages, not both');
    return { method: 'perPiece', quantity: pieces, priorPiecesThisMonth: before, ...charge(before + 1, before + pieces, perPieceBand) };
  }
  if (quantity.method === 'perPage') {
    const pages = wholeCount(quantity.pages, 'pages');
    if (quantity.pieces !== undefined || quantity.piecesThisMonthBefore !== undefined) {
      throw new RangeError('processingFee: one method per application: pieces or pages, not both');
    }
    return { method: 'perPage', quantity: pages, ...charge(1, pages, perPageBand) };
  }
  throw new RangeError(`processingFee: unknown method ${JSON.stringify((quantity as { method: unknown }).method)}`);
}

/** Splits the numbered units `first…last` along the bands and prices each stretch, in fen. */
function charge(first: number, last: number, bandAt: (unit: number) => Band): Pick<ProcessingFee, 'amount' | 'amountFen' | 'breakdown'> {
  const breakdown: FeeBand[] = [];
  let amountFen = 0;
  for (let from = first; from <= last;) {
    const band = bandAt(from);
    const to = Math.min(band.to, last);
    const subtotalFen = (to - from + 1) * band.rateFen;
    breakdown.push({ from, to, rate: formatYuan(band.rateFen), subtotal: formatYuan(subtotalFen) });
    amountFen += subtotalFen;
    from = to + 1;
  }
  return { amount: formatYuan(amountFen), amountFen, breakdown };
}

function wholeCount(value: number, name: string): number {
  // A million units is far past anything charged in practice and keeps every amount a safe integer.
  if (!Number.isSafeInteger(value) || value < 0 || value > 1_000_000) {
    throw new RangeError(`processingFee: ${name} must be a whole number from 0 to 1000000, got ${value}`);
  }
  return value;
}
