import type { Budget, FeeSchedule } from '../generated/openapi-types';

/** A cell as text: quoted when it must be (RFC 4180), and defused when a spreadsheet would run it as a formula. */
function cell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  // Spreadsheets execute cells starting with = + @ (and - unless it is a number): CSV injection.
  if (/^[=+@\t\r]/.test(text) || (/^-/.test(text) && !/^-\d+(\.\d+)?$/.test(text))) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Rows as CSV: UTF-8 with a byte-order mark (so spreadsheet programs read the Chinese), CRLF line
 * ends, a header row.
 */
export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null | undefined>>): string {
  const lines = [header.map(cell).join(','), ...rows.map((row) => row.map(cell).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export const FEE_CSV_COLUMNS = [
  'id',
  'departmentId',
  'code',
  'name',
  'amount',
  'unit',
  'upTo',
  'legalBasis',
  'approvingAuthority',
  'approvalDocumentNumber',
  'collectingBody',
  'divisionCode',
  'divisionName',
  'level',
  'validFrom',
  'validTo',
  'status',
  'publishedAt',
] as const;

/** Fee schedules as CSV, one row each; several legal bases are separated by `; `. */
export function feesToCsv(fees: readonly FeeSchedule[]): string {
  return toCsv(
    FEE_CSV_COLUMNS,
    fees.map((fee) => [
      fee.id,
      fee.departmentId,
      fee.code,
      fee.name,
      fee.standard.amount,
      fee.standard.unit,
      fee.standard.upTo ?? false,
      fee.legalBasis.join('; '),
      fee.approvingAuthority,
      fee.approvalDocumentNumber,
      fee.collectingBody,
      fee.division.code,
      fee.division.name,
      fee.level,
      fee.validFrom,
      fee.validTo,
      fee.status,
      fee.publishedAt,
    ]),
  );
}

export const BUDGET_CSV_COLUMNS = ['budgetId', 'departmentId', 'year', 'kind', 'section', 'code', 'name', 'amount'] as const;

/** Budgets as CSV, one row per line: revenue, expenditure, then the three public expenses. */
export function budgetsToCsv(budgets: readonly Budget[]): string {
  const rows: Array<Array<string | number>> = [];
  for (const budget of budgets) {
    const row = (section: string, code: string, name: string, amount: string) =>
      rows.push([budget.id, budget.departmentId, budget.year, budget.kind, section, code, name, amount]);
    for (const line of budget.revenue) row('revenue', line.code, line.name, line.amount);
    for (const line of budget.expenditure) row('expenditure', line.code, line.name, line.amount);
    const three = budget.threePublicExpenses;
    row('threePublicExpenses', '', '三公经费合计', three.total);
    row('threePublicExpenses', '', '因公出国（境）费', three.travelAbroad);
    row('threePublicExpenses', '', '公务用车购置费', three.vehicles.purchase);
    row('threePublicExpenses', '', '公务用车运行维护费', three.vehicles.operation);
    row('threePublicExpenses', '', '公务接待费', three.receptions);
  }
  return toCsv(BUDGET_CSV_COLUMNS, rows);
}
