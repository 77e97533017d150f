/**
 * Money in CNY is counted in integer fen and written as a decimal string in yuan with exactly
 * two places (`"1300.00"`), the contract's `Money` rule: a float never carries money.
 */
export function formatYuan(fen: number): string {
  if (!Number.isSafeInteger(fen) || fen < 0) throw new RangeError(`formatYuan: expected a whole, non-negative number of fen, got ${fen}`);
  const yuan = Math.floor(fen / 100);
  const cents = fen % 100;
  return `${yuan}.${String(cents).padStart(2, '0')}`;
}
