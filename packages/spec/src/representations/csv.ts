/** A cell's value before it is written. */
export type CsvCell = string | number | boolean | null | undefined;

/** A cell as text: quoted when it must be (RFC 4180), and defused when a spreadsheet would run it as a formula. */
function cell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  // Spreadsheets execute cells starting with = + @ (and - unless it is a number): CSV injection.
  if (/^[=+@\t\r]/.test(text) || (/^-/.test(text) && !/^-\d+(\.\d+)?$/.test(text))) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The byte-order mark a CSV file starts with, so that spreadsheet programs read it as UTF-8 (the Chinese). */
export const CSV_BOM = '\uFEFF';

/** One CSV record with its CRLF line end: what a streamed CSV writes row by row. */
export function csvLine(cells: ReadonlyArray<CsvCell>): string {
  return `${cells.map(cell).join(',')}\r\n`;
}

/**
 * Rows as CSV: UTF-8 with a byte-order mark (so spreadsheet programs read the Chinese), CRLF line
 * ends, a header row.
 */
export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<CsvCell>>): string {
  return `${CSV_BOM}${csvLine(header)}${rows.map(csvLine).join('')}`;
}
