import ExcelJS from 'exceljs';
import type { Sheet, SheetRow, CellValue } from './sheet';

/** A workbook that cannot be read, or has no sheet by the name asked for. */
export class WorkbookError extends Error {
  override readonly name = 'WorkbookError';
}

/** What exceljs hands back for a cell, reduced to what an import reads: rich text and hyperlinks are their text, formulas their result. */
function cellValue(value: ExcelJS.CellValue): CellValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if ('richText' in value) return cellValue(value.richText.map((run) => run.text).join(''));
  if ('formula' in value || 'sharedFormula' in value) return cellValue((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('text' in value) return cellValue((value as ExcelJS.CellHyperlinkValue).text);
  if ('error' in value) return String((value as ExcelJS.CellErrorValue).error);
  return undefined;
}

function pickSheet(workbook: ExcelJS.Workbook, sheet: string | undefined): ExcelJS.Worksheet {
  const names = workbook.worksheets.map((w) => w.name);
  if (sheet === undefined) {
    const first = workbook.worksheets[0];
    if (!first) throw new WorkbookError('holds no sheet');
    return first;
  }
  const byName = workbook.worksheets.find((w) => w.name === sheet);
  const byNumber = /^\d+$/.test(sheet) ? workbook.worksheets[Number(sheet) - 1] : undefined;
  const found = byName ?? byNumber;
  if (!found)
    throw new WorkbookError(
      `has no sheet "${sheet}"; its sheets are ${names.map((n) => `"${n}"`).join(', ')} (--sheet takes a name or a number from 1)`,
    );
  return found;
}

/**
 * The first sheet of an .xlsx workbook (or the one `sheet` names, or numbers from 1) as a table:
 * its first non-empty row is the header. Rows are named by their number in Excel
 * (`row 8 of sheet 目录`), which is what the person fixing them sees.
 */
export async function xlsxSheet(bytes: Uint8Array, sheet?: string): Promise<Sheet & { sheetName: string }> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (error) {
    throw new WorkbookError(
      `is not an .xlsx workbook Excel or WPS saved (${(error as Error).message}); an old .xls must be saved again as .xlsx ("Excel 工作簿")`,
    );
  }
  const worksheet = pickSheet(workbook, sheet);
  let headers: string[] | undefined;
  const rows: SheetRow[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = Array.from({ length: Math.max(row.cellCount, headers?.length ?? 0) }, (_, i) => cellValue(row.getCell(i + 1).value));
    if (values.every((value) => value === undefined)) return;
    if (!headers) {
      headers = values.map((value) => (value === undefined ? '' : String(value).trim()));
      return;
    }
    rows.push({ where: `row ${rowNumber} of sheet ${worksheet.name}`, cells: values });
  });
  if (!headers)
    return {
      headers: [],
      rows: [],
      problems: [{ record: `sheet ${worksheet.name}`, reason: 'is empty: it needs a header row and one row per item' }],
      sheetName: worksheet.name,
    };
  return { headers, rows, problems: [], sheetName: worksheet.name };
}
