import type { AnnualReport, ConsistencyCheck, OutcomeCounts, RemedyCountsRow, RequestCountsColumn } from '../generated/openapi-types';
import { cellAt, cellPaths } from './count-tree';
import { emptyRequestCountsColumn } from './empty-counts';
import { APPLICANT_COLUMNS, REMEDY_GROUPS, TABLE3_COLUMNS } from './table-layout';

/** What the checks read: the two tables that carry arithmetic rules. */
export type CheckedTables = Pick<AnnualReport, 'table3' | 'table4'>;

/**
 * The consistency rules of the 2021 format (国办公开办函〔2021〕30号), in this order:
 * 1. for each of the seven table-3 columns, `table3.balance` (the official note on table 3:
 *    第一项加第二项之和，等于第三项加第四项之和) and `table3.outcomeTotal` (三(七) is the sum of
 *    三(一)–(六) and all their sub-rows);
 * 2. `table3.totalColumn` for each row: 总计 is the sum of the six applicant columns (target
 *    `total.<row>`, e.g. `total.outcomes.denied.stateSecret`);
 * 3. `table4.total` for each group: 总计 = 维持 + 纠正 + 其他 + 尚未审结.
 * A failed check's detail states the arithmetic and the value that was expected.
 */
export function checkAnnualReport(report: CheckedTables): ConsistencyCheck[] {
  return [
    ...TABLE3_COLUMNS.flatMap((column) => [
      balanceCheck(column, report.table3[column]),
      outcomeTotalCheck(column, report.table3[column].outcomes),
    ]),
    ...cellPaths(emptyRequestCountsColumn()).map((row) => totalColumnCheck(report.table3, row)),
    ...REMEDY_GROUPS.map((group) => remedyTotalCheck(group, report.table4[group])),
  ];
}

function balanceCheck(target: string, column: RequestCountsColumn): ConsistencyCheck {
  const { newReceived, carriedOver, carriedForward } = column;
  const handled = column.outcomes.total;
  const passed = newReceived + carriedOver === handled + carriedForward;
  const detail = passed
    ? `${newReceived} + ${carriedOver} = ${handled} + ${carriedForward}`
    : `${newReceived} + ${carriedOver} ≠ ${handled} + ${carriedForward}: expected newReceived + carriedOver (${newReceived + carriedOver}) = outcomes.total + carriedForward (${handled + carriedForward})`;
  return { rule: 'table3.balance', target, passed, detail };
}

const OUTCOME_GROUPS = ['granted', 'partial', 'denied', 'unable', 'notProcessed', 'other'] as const;

function outcomeTotalCheck(target: string, outcomes: OutcomeCounts): ConsistencyCheck {
  const groupSums = OUTCOME_GROUPS.map((group) => {
    const cell = outcomes[group];
    return typeof cell === 'number' ? cell : Object.values(cell).reduce((sum, n) => sum + n, 0);
  });
  const expected = groupSums.reduce((sum, n) => sum + n, 0);
  const passed = outcomes.total === expected;
  const terms = groupSums.join(' + ');
  const detail = passed ? `${outcomes.total} = ${terms}` : `${outcomes.total} ≠ ${terms}: expected outcomes.total ${expected}`;
  return { rule: 'table3.outcomeTotal', target, passed, detail };
}

function totalColumnCheck(table3: AnnualReport['table3'], row: string): ConsistencyCheck {
  const cells = APPLICANT_COLUMNS.map((column) => cellAt(table3[column], row));
  const expected = cells.reduce((sum, n) => sum + n, 0);
  const actual = cellAt(table3.total, row);
  const passed = actual === expected;
  const terms = cells.join(' + ');
  const detail = passed ? `${terms} = ${actual}` : `${terms} ≠ ${actual}: expected ${expected} in the total column`;
  return { rule: 'table3.totalColumn', target: `total.${row}`, passed, detail };
}

function remedyTotalCheck(target: string, row: RemedyCountsRow): ConsistencyCheck {
  const expected = row.upheld + row.corrected + row.other + row.pending;
  const passed = row.total === expected;
  const terms = `${row.upheld} + ${row.corrected} + ${row.other} + ${row.pending}`;
  const detail = passed ? `${terms} = ${row.total}` : `${terms} ≠ ${row.total}: expected total ${expected}`;
  return { rule: 'table4.total', target, passed, detail };
}
