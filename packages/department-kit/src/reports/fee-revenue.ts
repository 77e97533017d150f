import type { AnnualReport, Budget } from '@gongkai/spec';
import { fenToMoney, fenToTenThousandYuan, moneyToFen } from './annual-report-arithmetic';

/** 行政事业性收费收入 in the government revenue classification (政府收支分类科目). */
export const FEE_REVENUE_CODE = '10304';

/**
 * Table 2, 第二十条第（八）项 行政事业性收费 本年收费金额（万元）: the revenue line 10304 of the year's
 * final account (决算), in yuan and in 万元. `null` while that final account is not published
 * (it usually comes out in the summer after the report is due). A final account without the line
 * collected no fee: 0. Without the 5-digit line, its 7-digit item lines (1030401…) are added up.
 * A withdrawn final account does not count; of several, the latest updated does.
 */
export function feeRevenue(budgets: readonly Budget[], year: number): AnnualReport['table2']['fees'] {
  const finalAccount = budgets
    .filter((b) => b.kind === 'finalAccount' && b.year === year && b.status !== 'withdrawn')
    .reduce<Budget | undefined>(
      (latest, b) => (latest === undefined || Date.parse(b.updatedAt) > Date.parse(latest.updatedAt) ? b : latest),
      undefined,
    );
  if (finalAccount === undefined) return { amount: null, tenThousandYuan: null };
  const section = finalAccount.revenue.filter((line) => line.code === FEE_REVENUE_CODE);
  const lines =
    section.length > 0 ? section : finalAccount.revenue.filter((line) => line.code.length === 7 && line.code.startsWith(FEE_REVENUE_CODE));
  const fen = lines.reduce((sum, line) => sum + moneyToFen(line.amount), 0n);
  return { amount: fenToMoney(fen), tenThousandYuan: fenToTenThousandYuan(fen), source: 'finalAccount' };
}

/**
 * Table 2's fee revenue as the department states it when it publishes the report before the final
 * account exists (the final account usually comes out in the summer, the report is due by 31
 * January or 31 March): the entered amount, marked `entered`.
 */
export function enteredFeeRevenue(amount: string): AnnualReport['table2']['fees'] {
  const fen = moneyToFen(amount);
  return { amount: fenToMoney(fen), tenThousandYuan: fenToTenThousandYuan(fen), source: 'entered' };
}
