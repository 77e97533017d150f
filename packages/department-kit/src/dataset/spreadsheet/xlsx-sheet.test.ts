import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { itemTemplateXlsx } from './item-template';
import { itemColumns } from './item-columns';
import { itemsFromSheet } from './items-from-sheet';
import { WorkbookError, xlsxSheet } from './xlsx-sheet';

async function workbook(sheets: Record<string, unknown[][]>): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) book.addWorksheet(name).addRows(rows);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('xlsxSheet', () => {
  it('reads the first sheet, rows named by their Excel row number, rich text and formulas as their text', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('目录');
    sheet.addRow([]);
    sheet.addRow(['标题', '发布日期', '类别']);
    sheet.addRow([
      { richText: [{ text: '关于' }, { text: '通知', font: { bold: true } }] },
      new Date(Date.UTC(2026, 2, 12, 9)),
      { formula: '"有效"', result: '有效' },
    ]);
    book.addWorksheet('说明').addRow(['not read']);
    const read = await xlsxSheet(Buffer.from(await book.xlsx.writeBuffer()));
    expect(read).toMatchObject({ sheetName: '目录', headers: ['标题', '发布日期', '类别'], problems: [] });
    expect(read.rows).toEqual([{ where: 'row 3 of sheet 目录', cells: ['关于通知', new Date(Date.UTC(2026, 2, 12, 9)), '有效'] }]);
  });

  it('reads the sheet --sheet names, by name or number, and names the sheets there are when it is not one', async () => {
    const bytes = await workbook({ 一: [['标题'], ['甲']], 二: [['标题'], ['乙']] });
    expect((await xlsxSheet(bytes, '二')).rows[0]!.cells).toEqual(['乙']);
    expect((await xlsxSheet(bytes, '2')).rows[0]!.cells).toEqual(['乙']);
    await expect(xlsxSheet(bytes, '三')).rejects.toThrow(
      new WorkbookError('has no sheet "三"; its sheets are "一", "二" (--sheet takes a name or a number from 1)'),
    );
    await expect(xlsxSheet(Buffer.from('not a zip'))).rejects.toThrow(/is not an .xlsx workbook/);
  });

  it('reads back the template init writes: every column, no problem', async () => {
    const template = await xlsxSheet(await itemTemplateXlsx());
    expect(template.sheetName).toBe('目录');
    expect(template.headers).toHaveLength(itemColumns().length);
    expect(itemsFromSheet(template, { departmentId: 'ln-zhangwu' })).toMatchObject({ items: [], problems: [] });
  });
});
