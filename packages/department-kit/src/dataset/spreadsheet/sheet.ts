import type { ImportProblem } from '../import-problems';

/** What a spreadsheet cell holds: text from a CSV; text, numbers, dates or booleans from a workbook. */
export type CellValue = string | number | boolean | Date;

/** One data row of a sheet and where it is, as a person finds it: `row 7 (line 8)`, `row 8 of sheet 目录`. */
export interface SheetRow {
  readonly where: string;
  /** Cells in header order; `undefined` for an empty cell. */
  readonly cells: readonly (CellValue | undefined)[];
}

/** A table read from a CSV or a workbook sheet: its header and rows, and what made rows unreadable. */
export interface Sheet {
  readonly headers: readonly string[];
  readonly rows: readonly SheetRow[];
  readonly problems: readonly ImportProblem[];
}
