import { parse } from 'csv-parse/sync';
import { validateSchema, type ItemInput, type ResourceId, type Timestamp } from '@gongkai/spec';
import { problemsOf, type ImportProblem } from './import-problems';

/**
 * The columns of an items CSV: one per `ItemInput` field. `division` is two columns
 * (`divisionCode`, `divisionName`); `topics` and `keywords` hold several values separated by `;`;
 * `attachments` is a JSON array. An empty cell leaves the field out. `id` and `publishedAt` are
 * required: an import keeps its ids and publication times, so importing twice cannot duplicate.
 */
export const ITEM_CSV_COLUMNS = [
  'id',
  'indexNumber',
  'title',
  'summary',
  'body',
  'documentNumber',
  'genre',
  'category',
  'topics',
  'keywords',
  'validity',
  'issuingBody',
  'divisionCode',
  'divisionName',
  'level',
  'writtenOn',
  'formedAt',
  'publishedAt',
  'attachments',
  'interpretationId',
  'interpretsId',
  'url',
] as const;

const LIST_COLUMNS = new Set(['topics', 'keywords']);

/** Where a row is in the file: data rows count from 1, the header is line 1. */
const rowName = (row: number) => `row ${row} (line ${row + 1})`;

function toInput(cells: Record<string, string>, row: number, problems: ImportProblem[]): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [column, raw] of Object.entries(cells)) {
    const value = raw.trim();
    if (value === '' || column === 'divisionCode' || column === 'divisionName') continue;
    if (LIST_COLUMNS.has(column))
      input[column] = value
        .split(';')
        .map((part) => part.trim())
        .filter(Boolean);
    else if (column === 'attachments') {
      try {
        input[column] = JSON.parse(value) as unknown;
      } catch {
        problems.push({
          record: rowName(row),
          field: 'attachments',
          reason: 'must be a JSON array of attachments ({ name, mediaType, size, sha256, url })',
        });
      }
    } else input[column] = value;
  }
  const code = cells['divisionCode']?.trim();
  const name = cells['divisionName']?.trim();
  if (code || name) input['division'] = { ...(code ? { code } : {}), ...(name ? { name } : {}) };
  return input;
}

/** `/division/code` → `divisionCode`, so a problem names the column to fix. */
function columnOf(field: string | undefined): string | undefined {
  if (field === undefined) return undefined;
  if (field === 'division.code' || field === 'division.name') return field === 'division.code' ? 'divisionCode' : 'divisionName';
  if (field === 'division') return 'divisionCode';
  return field;
}

/**
 * Items from CSV text (UTF-8, with or without BOM), each checked against `ItemInput`; every
 * problem is reported against its row and column.
 */
export function itemsFromCsv(text: string): {
  items: (ItemInput & { id: ResourceId; publishedAt: Timestamp })[];
  problems: ImportProblem[];
} {
  const problems: ImportProblem[] = [];
  let records: Record<string, string>[];
  try {
    records = parse(text, { columns: true, bom: true, skip_empty_lines: true, trim: false }) as Record<string, string>[];
  } catch (error) {
    const { lines } = error as { lines?: number };
    return {
      items: [],
      problems: [{ record: lines ? `line ${lines}` : 'the file', reason: `is not valid CSV: ${(error as Error).message}` }],
    };
  }
  const header = records[0] ? Object.keys(records[0]) : [];
  const unknown = header.filter((column) => !(ITEM_CSV_COLUMNS as readonly string[]).includes(column));
  if (unknown.length) {
    return {
      items: [],
      problems: unknown.map((column) => ({
        record: 'the header',
        field: column,
        reason: `is not a column of an items CSV (known: ${ITEM_CSV_COLUMNS.join(', ')})`,
      })),
    };
  }
  const items: (ItemInput & { id: ResourceId; publishedAt: Timestamp })[] = [];
  records.forEach((cells, index) => {
    const row = index + 1;
    const input = toInput(cells, row, problems);
    for (const required of ['id', 'publishedAt'] as const) {
      if (input[required] === undefined)
        problems.push({
          record: rowName(row),
          field: required,
          reason: 'is required in an import (it keeps its ids and publication times)',
        });
    }
    const checked = validateSchema('ItemInput', input);
    if (!checked.ok) {
      problems.push(
        ...problemsOf(rowName(row), checked.errors).map((problem) => ({
          ...problem,
          ...(problem.field ? { field: columnOf(problem.field) ?? problem.field } : {}),
        })),
      );
      return;
    }
    if (input['id'] !== undefined && input['publishedAt'] !== undefined)
      items.push(checked.value as ItemInput & { id: ResourceId; publishedAt: Timestamp });
  });
  return { items, problems };
}
