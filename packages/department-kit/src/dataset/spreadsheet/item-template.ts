import ExcelJS from 'exceljs';
import { CHINESE_HEADERS, itemColumns, requiredColumns, type ItemColumn } from './item-columns';
import { DATE_FORMATS_HINT, TIMESTAMP_FORMATS_HINT } from './spreadsheet-dates';

/** The order a person fills a catalogue row in; columns the contract adds later follow, under their English names. */
const TEMPLATE_ORDER = [
  'id',
  'title',
  'publishedAt',
  'formedAt',
  'category',
  'documentNumber',
  'genre',
  'validity',
  'topics',
  'keywords',
  'summary',
  'body',
  'writtenOn',
  'indexNumber',
  'issuingBody',
  'divisionCode',
  'divisionName',
  'level',
  'attachments',
  'interpretationId',
  'interpretsId',
  'url',
];

/** The template's columns, in order. */
export function templateColumns(): ItemColumn[] {
  const columns = itemColumns();
  const rank = (c: ItemColumn) => (TEMPLATE_ORDER.includes(c.name) ? TEMPLATE_ORDER.indexOf(c.name) : TEMPLATE_ORDER.length);
  return [...columns].sort((a, b) => rank(a) - rank(b));
}

const headerOf = (column: ItemColumn) => CHINESE_HEADERS[column.name]?.[0] ?? column.name;

/** The header row of the CSV template, UTF-8 with a BOM (so Excel on Chinese Windows opens it without mojibake). */
export function itemTemplateCsv(): string {
  // Headers hold no comma or quote (Chinese words, the contract's field names), so they need no quoting.
  return `\uFEFF${templateColumns().map(headerOf).join(',')}\r\n`;
}

/** What to write in a column, for the 说明 sheet. */
function howToFill(column: ItemColumn, required: boolean, defaulted: boolean): string {
  const need =
    column.name === 'id' || column.name === 'publishedAt' || (required && !defaulted)
      ? '必填'
      : defaulted
        ? '可空（取部门默认值）'
        : '可空';
  const what: Record<ItemColumn['kind'], string> = {
    text: '文字',
    list: '多个值用 ; 分隔',
    json: 'JSON 数组',
    date: `日期：${DATE_FORMATS_HINT.replace('write it as ', '')}`,
    timestamp: `日期时间（北京时间）：${TIMESTAMP_FORMATS_HINT.replace('write it as ', '')}`,
    term: `从“取值”表中选一项：${column.vocabulary?.name ?? ''}`,
    terms: `“取值”表中的值，多个用 ; 分隔：${column.vocabulary?.name ?? ''}`,
  };
  const idNote = column.name === 'id' ? '；本部门自己的编号，如 2026-0001（再次导入时按编号修订，不会重复）' : '';
  return `${need}；${what[column.kind]}${idNote}`;
}

/**
 * The .xlsx template: sheet 目录 (the header row; a drop-down list on every column with a
 * vocabulary), 说明 (what each column takes) and 取值 (each vocabulary's labels and values, from
 * the contract).
 */
export async function itemTemplateXlsx(): Promise<Buffer> {
  const columns = templateColumns();
  const required = new Set(requiredColumns(itemColumns()).map((c) => c.name));
  const defaulted = new Set(['issuingBody', 'divisionCode', 'divisionName', 'level']);
  const workbook = new ExcelJS.Workbook();
  const catalogue = workbook.addWorksheet('目录', { views: [{ state: 'frozen', ySplit: 1 }] });
  const guide = workbook.addWorksheet('说明');
  const values = workbook.addWorksheet('取值');

  catalogue.addRow(columns.map(headerOf)).font = { bold: true };
  columns.forEach((column, index) => {
    catalogue.getColumn(index + 1).width = column.name === 'title' || column.name === 'summary' ? 48 : 16;
    if (column.kind === 'date' || column.kind === 'timestamp') catalogue.getColumn(index + 1).numFmt = '@';
  });

  guide.addRow(['列名', '字段', '填写说明']).font = { bold: true };
  for (const column of columns)
    guide.addRow([headerOf(column), column.name, howToFill(column, required.has(column.name), defaulted.has(column.name))]);
  guide.getColumn(1).width = 16;
  guide.getColumn(2).width = 18;
  guide.getColumn(3).width = 100;

  const vocabularyColumns = columns.filter((c) => c.vocabulary);
  vocabularyColumns.forEach((column, v) => {
    const terms = column.vocabulary!.terms;
    values.getCell(1, v * 2 + 1).value = headerOf(column);
    values.getCell(1, v * 2 + 2).value = column.name;
    terms.forEach((term, t) => {
      values.getCell(t + 2, v * 2 + 1).value = term.labels['zh-CN'];
      values.getCell(t + 2, v * 2 + 2).value = String(term.value);
    });
    values.getColumn(v * 2 + 1).width = 40;
    values.getColumn(v * 2 + 2).width = 24;
    if (column.kind !== 'term') return;
    const letter = values.getColumn(v * 2 + 1).letter;
    const at = columns.indexOf(column) + 1;
    // A drop-down of the zh-CN labels on the first thousand rows, so a label is picked, never typed wrong.
    for (let row = 2; row <= 1001; row += 1)
      catalogue.getCell(row, at).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [`取值!$${letter}$2:$${letter}$${terms.length + 1}`],
        showErrorMessage: true,
        errorTitle: headerOf(column),
        error: '请从下拉列表中选择（取值表）',
      };
  });
  values.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
