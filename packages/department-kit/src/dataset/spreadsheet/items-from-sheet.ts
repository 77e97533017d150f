import { validateSchema, type Division, type ItemInput, type Level, type ResourceId, type Timestamp, type Validity } from '@gongkai/spec';
import { fieldOf, type ImportProblem } from '../import-problems';
import { columnForHeader, columnLabel, itemColumns, requiredColumns, type ItemColumn } from './item-columns';
import { cellDate, cellTimestamp } from './spreadsheet-dates';
import type { CellValue, Sheet } from './sheet';
import { termValue, unknownTermReason } from './vocabulary-labels';

/** Values a department states once for every row that leaves them empty (its name, division and level, by default). */
export interface ItemDefaults {
  readonly issuingBody?: string;
  readonly division?: Division;
  readonly level?: Level;
  readonly validity?: Validity;
}

export type ImportedItemInput = ItemInput & { id: ResourceId; publishedAt: Timestamp };

/** An item read from a row, with the row's name for every later problem (`row 7 (line 8)`). */
export interface SheetItem {
  readonly where: string;
  readonly item: ImportedItemInput;
}

/** The ids a sheet's rows name, with the department's prefix (for an upsert to look up first). */
export function sheetItemIds(sheet: Sheet, departmentId: string): string[] {
  const columns = itemColumns();
  const index = sheet.headers.findIndex((header) => columnForHeader(columns, header)?.name === 'id');
  if (index < 0) return [];
  return sheet.rows.flatMap((row) => (row.cells[index] === undefined ? [] : [qualifiedId(String(row.cells[index]).trim(), departmentId)]));
}

/** The items of a sheet, what stopped the others, and how to name a field of `ItemInput` as the sheet's column. */
export interface SheetItems {
  readonly items: SheetItem[];
  readonly problems: ImportProblem[];
  /** `division.code` → `行政区划代码 (divisionCode)`, with the header the sheet uses. */
  readonly fieldLabel: (field: string) => string;
}

/** Columns an import needs besides what `ItemInput` requires: it keeps ids and publication times, so importing twice cannot duplicate. */
const IMPORT_REQUIRED = ['id', 'publishedAt'];

interface Mapped {
  readonly column: ItemColumn;
  readonly header: string;
  readonly index: number;
}

function mapHeader(sheet: Sheet, columns: readonly ItemColumn[], defaults: ItemDefaults, upsert: boolean) {
  const problems: ImportProblem[] = [];
  const mapped: Mapped[] = [];
  sheet.headers.forEach((header, index) => {
    const holdsData = sheet.rows.some((row) => row.cells[index] !== undefined);
    if (header === '') {
      if (holdsData)
        problems.push({ record: 'the header', reason: `column ${index + 1} holds data but has no header; name it or delete the column` });
      return;
    }
    const column = columnForHeader(columns, header);
    if (!column) {
      problems.push({
        record: 'the header',
        field: header,
        reason: `is not a column of an items spreadsheet; rename it to one of ${columns.map((c) => columnLabel(c)).join(', ')}, or delete the column`,
      });
      return;
    }
    const twice = mapped.find((m) => m.column === column);
    if (twice) {
      problems.push({
        record: 'the header',
        field: header,
        reason: `names the same column as "${twice.header}" (${column.name}); keep one of them`,
      });
      return;
    }
    mapped.push({ column, header, index });
  });
  const defaulted = new Set([
    ...(defaults.issuingBody !== undefined ? ['issuingBody'] : []),
    ...(defaults.division !== undefined ? ['division'] : []),
    ...(defaults.level !== undefined ? ['level'] : []),
    ...(defaults.validity !== undefined ? ['validity'] : []),
  ]);
  // An upsert may bring only the columns it changes: a stored item keeps the others, and a new row missing one is told so.
  const needed = upsert
    ? columns.filter((c) => c.name === 'id')
    : [...requiredColumns(columns), ...columns.filter((c) => IMPORT_REQUIRED.includes(c.name))];
  for (const column of needed) {
    if (defaulted.has(column.path[0]!) || mapped.some((m) => m.column === column)) continue;
    problems.push({
      record: 'the header',
      reason: `has no ${columnLabel(column)} column; add it${column.name === 'id' ? ' (a number of your own for each item, e.g. 2026-0001, so that a second import revises instead of duplicating)' : ''} — the template of "gongkai-department init" has every column`,
    });
  }
  return { mapped, problems };
}

type Converted = { ok: true; value: unknown } | { ok: false; reason: string };

const splitList = (text: string) =>
  text
    .split(/[;；\n]/)
    .map((part) => part.trim())
    .filter(Boolean);

function convert(column: ItemColumn, cell: CellValue): Converted {
  const text = cell instanceof Date ? cell.toISOString() : String(cell).trim();
  switch (column.kind) {
    case 'date': {
      const read = cellDate(cell);
      return read.ok ? { ok: true, value: read.date } : read;
    }
    case 'timestamp': {
      const read = cellTimestamp(cell);
      return read.ok ? { ok: true, value: read.timestamp } : read;
    }
    case 'term': {
      const value = termValue(column.vocabulary!, text);
      return value !== undefined
        ? { ok: true, value }
        : { ok: false, reason: unknownTermReason(column.vocabulary!, text, `a ${column.name}`) };
    }
    case 'terms': {
      const values: string[] = [];
      for (const part of splitList(text)) {
        const value = termValue(column.vocabulary!, part);
        // An open vocabulary (topics) takes values it has no label for; the contract's pattern still checks them.
        if (value === undefined && !column.vocabulary!.open)
          return { ok: false, reason: unknownTermReason(column.vocabulary!, part, `a ${column.name} value`) };
        values.push(value ?? part);
      }
      return { ok: true, value: values };
    }
    case 'list':
      return { ok: true, value: splitList(text) };
    case 'json':
      try {
        return { ok: true, value: JSON.parse(text) as unknown };
      } catch {
        return {
          ok: false,
          reason: `must be a JSON array, e.g. [{"name": "…", "mediaType": "application/pdf", "size": 1024, "sha256": "…", "url": "https://…"}]`,
        };
      }
    default:
      return { ok: true, value: text };
  }
}

/** `2026-0001` → `ln-zhangwu:2026-0001`; an id with a prefix is kept as written. */
const qualifiedId = (id: string, departmentId: string) => (id.includes(':') ? id : `${departmentId}:${id}`);

/** An empty cell of a column the sheet has: no value (a stored item's value is removed, as in any full replacement). */
function remove(input: Record<string, unknown>, path: readonly string[]): void {
  if (path.length === 1) delete input[path[0]!];
  else if (input[path[0]!] !== undefined) {
    const { [path[1]!]: _gone, ...rest } = input[path[0]!] as Record<string, unknown>;
    if (Object.keys(rest).length) input[path[0]!] = rest;
    else delete input[path[0]!];
  }
}

function put(input: Record<string, unknown>, path: readonly string[], value: unknown): void {
  if (path.length === 1) input[path[0]!] = value;
  else input[path[0]!] = { ...((input[path[0]!] as object | undefined) ?? {}), [path[1]!]: value };
}

/** The column a schema error points at (`/division/code` → divisionCode, `/topics/2` → topics). */
function columnAt(mapped: readonly Mapped[], columns: readonly ItemColumn[], pointer: string) {
  const path = (fieldOf(pointer) ?? '').split('.');
  const exact = columns.find((c) => c.path.length === 2 && c.path[0] === path[0] && c.path[1] === path[1]);
  const column = exact ?? columns.find((c) => c.path[0] === path[0]);
  return column ? { column, header: mapped.find((m) => m.column === column)?.header } : undefined;
}

/**
 * Items from a sheet's rows: headers in English or Chinese, cells with the vocabularies' labels
 * and spreadsheet dates, empty cells filled from the department's defaults, and ids without a
 * prefix given the department's. Every problem names its row and column.
 */
export function itemsFromSheet(
  sheet: Sheet,
  context: {
    readonly departmentId: string;
    readonly defaults?: ItemDefaults;
    /** For an upsert: the stored items of the sheet's ids, as input; a row of one changes only the columns the sheet has. */
    readonly storedInputs?: ReadonlyMap<string, ItemInput>;
  },
): SheetItems {
  const columns = itemColumns();
  const defaults = context.defaults ?? {};
  const header = mapHeader(sheet, columns, defaults, context.storedInputs !== undefined);
  const fieldLabel = (field: string) => {
    const at = columnAt(header.mapped, columns, `/${field.replaceAll('.', '/')}`);
    return at ? columnLabel(at.column, at.header) : field;
  };
  if (header.problems.length) return { items: [], problems: [...header.problems, ...sheet.problems], fieldLabel };
  const problems: ImportProblem[] = [...sheet.problems];
  const items: SheetItem[] = [];
  const idColumn = header.mapped.find((m) => m.column.name === 'id');
  for (const row of sheet.rows) {
    const rowId =
      idColumn && row.cells[idColumn.index] !== undefined
        ? qualifiedId(String(row.cells[idColumn.index]).trim(), context.departmentId)
        : undefined;
    const stored = rowId !== undefined ? context.storedInputs?.get(rowId) : undefined;
    const input: Record<string, unknown> = stored ? structuredClone(stored) : {};
    const failed = new Set<string>();
    const rowProblems: ImportProblem[] = [];
    for (const { column, header: shown, index } of header.mapped) {
      const cell = row.cells[index];
      if (cell === undefined) {
        remove(input, column.path);
        continue;
      }
      const converted = convert(column, cell);
      if (converted.ok) put(input, column.path, converted.value);
      else {
        failed.add(column.path[0]!);
        rowProblems.push({ record: row.where, field: columnLabel(column, shown), reason: converted.reason });
      }
    }
    if (input['issuingBody'] === undefined && defaults.issuingBody !== undefined) input['issuingBody'] = defaults.issuingBody;
    // The department's division only for a row that names no division at all: half of one is the row's mistake to fix.
    if (input['division'] === undefined && !failed.has('division') && defaults.division !== undefined)
      input['division'] = defaults.division;
    if (input['level'] === undefined && !failed.has('level') && defaults.level !== undefined) input['level'] = defaults.level;
    if (input['validity'] === undefined && !failed.has('validity') && defaults.validity !== undefined)
      input['validity'] = defaults.validity;
    const id = input['id'];
    if (typeof id === 'string') input['id'] = qualifiedId(id, context.departmentId);
    if (typeof id === 'string' && !(input['id'] as string).startsWith(`${context.departmentId}:`)) {
      failed.add('id');
      rowProblems.push({
        record: row.where,
        field: columnLabel(
          columns.find((c) => c.name === 'id')!,
          header.mapped.find((m) => m.column.name === 'id')?.header,
        ),
        reason: `${JSON.stringify(id)} belongs to another department; write this department's ids as "${context.departmentId}:2026-0001" or just "2026-0001"`,
      });
    }
    const missing = (column: ItemColumn | undefined) =>
      column && !header.mapped.some((m) => m.column === column)
        ? `the sheet has no ${columnLabel(column)} column, and this row is a new item: add the column`
        : undefined;
    for (const field of IMPORT_REQUIRED)
      if (input[field] === undefined && !failed.has(field)) {
        const column = columns.find((c) => c.name === field)!;
        rowProblems.push({
          record: row.where,
          field: columnLabel(column, header.mapped.find((m) => m.column === column)?.header),
          reason:
            missing(column) ??
            'is empty; an import needs it on every row (it keeps ids and publication times, so a second import revises instead of duplicating)',
        });
      }
    const checked = validateSchema('ItemInput', input);
    if (!checked.ok)
      for (const error of checked.errors) {
        const at = columnAt(header.mapped, columns, error.pointer);
        if (at && failed.has(at.column.path[0]!)) continue;
        rowProblems.push({
          record: row.where,
          ...(at ? { field: columnLabel(at.column, at.header) } : {}),
          reason: error.message === 'is required' ? (missing(at?.column) ?? 'is empty; fill it in') : error.message,
        });
      }
    if (rowProblems.length) problems.push(...rowProblems);
    else items.push({ where: row.where, item: checked.ok ? (checked.value as ImportedItemInput) : (input as ImportedItemInput) });
  }
  return { items, problems, fieldLabel };
}
