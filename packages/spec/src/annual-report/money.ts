/**
 * Money in the annual report is a `Money` string (yuan, exactly two decimals) and is added in
 * integer fen as a BigInt: a `Money` may carry 16 integer digits, beyond what a double holds
 * exactly, and a float never carries money.
 */

const MONEY = /^(-?)(0|[1-9]\d{0,15})\.(\d{2})$/;

/** `"1300.50"` → `130050n`. Throws a `RangeError` for anything that is not a `Money` string. */
export function moneyToFen(money: string): bigint {
  const match = MONEY.exec(money);
  if (!match) throw new RangeError(`moneyToFen: ${JSON.stringify(money)} is not an amount in yuan with two decimals`);
  const [, sign, yuan, fen] = match as unknown as [string, string, string, string];
  const magnitude = BigInt(yuan) * 100n + BigInt(fen);
  return sign === '-' ? -magnitude : magnitude;
}

/** `130050n` → `"1300.50"`. */
export function fenToMoney(fen: bigint): string {
  const sign = fen < 0n ? '-' : '';
  const magnitude = fen < 0n ? -fen : fen;
  return `${sign}${magnitude / 100n}.${String(magnitude % 100n).padStart(2, '0')}`;
}

/**
 * The amount in 万元 with four decimals, as table 2 states 行政事业性收费 (本年收费金额（万元）):
 * four decimals of 万元 are whole yuan, so the fen are rounded half up (四舍五入) to the yuan.
 * `120000050n` (¥1,200,000.50) → `"120.0001"`. The table has no sign: a negative amount throws.
 */
export function fenToTenThousandYuan(fen: bigint): string {
  if (fen < 0n) throw new RangeError(`fenToTenThousandYuan: ${fenToMoney(fen)} is negative; 本年收费金额 cannot be`);
  const yuan = (fen + 50n) / 100n;
  return `${yuan / 10_000n}.${String(yuan % 10_000n).padStart(4, '0')}`;
}
