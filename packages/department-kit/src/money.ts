/**
 * The contract's `Money`: a decimal string in yuan with two places. Arithmetic runs on integer
 * fen as `bigint`, since amounts up to 16 integer digits exceed a double's exact range.
 */
export function moneyToFen(money: string): bigint {
  const negative = money.startsWith('-');
  const [yuan = '0', fen = '00'] = (negative ? money.slice(1) : money).split('.');
  const value = BigInt(yuan) * 100n + BigInt(fen.padEnd(2, '0').slice(0, 2));
  return negative ? -value : value;
}

export function fenToMoney(fen: bigint): string {
  const sign = fen < 0n ? '-' : '';
  const abs = fen < 0n ? -fen : fen;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

export function sumMoney(amounts: readonly string[]): bigint {
  return amounts.reduce((sum, amount) => sum + moneyToFen(amount), 0n);
}
