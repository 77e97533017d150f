import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { DATASET_FORMAT, validateDataset, type DepartmentDataset, type ItemInput } from '@gongkai/spec';
import type { DisclosureStore } from '../store/disclosure-store';
import { importDataset, type ImportOptions, type ImportSummary } from './import-dataset';
import { ImportRejected, type ImportProblem } from './import-problems';
import { csvSheet } from './spreadsheet/csv-sheet';
import { itemsFromSheet, sheetItemIds, type ItemDefaults } from './spreadsheet/items-from-sheet';
import { inputFields } from './export-dataset';
import type { Sheet } from './spreadsheet/sheet';
import { decodeText, TextDecodingError } from './spreadsheet/text-encoding';
import { WorkbookError, xlsxSheet } from './spreadsheet/xlsx-sheet';

/** The extensions `importFile` reads, and what each holds. */
export const IMPORT_EXTENSIONS = {
  '.json': 'a department dataset (gongkai-dataset@1)',
  '.csv': 'items, one per row (any encoding Excel saves: UTF-8, GB18030/GBK, UTF-16)',
  '.txt': 'items, tab-separated (Excel’s “Unicode text”)',
  '.xlsx': 'items, one per row of the first sheet (or --sheet)',
} as const;

async function readBytes(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new ImportRejected(path, [
      {
        record: 'the file',
        reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); check the path`,
      },
    ]);
  }
}

function decoded(path: string, bytes: Uint8Array, encoding: string | undefined) {
  try {
    return decodeText(bytes, encoding);
  } catch (error) {
    if (!(error instanceof TextDecodingError)) throw error;
    throw new ImportRejected(path, [{ record: error.line !== undefined ? `line ${error.line}` : 'the file', reason: error.message }]);
  }
}

/** `items[3].item.documentNumber` → record `items[3]`, field `item.documentNumber`. */
function splitPath(path: string, reason: string): ImportProblem {
  const match = /^(\w+\[\d+\])\.?(.*)$/.exec(path);
  if (!match) return { record: path || 'the file', reason };
  return { record: match[1]!, ...(match[2] ? { field: match[2] } : {}), reason };
}

/** Reads and validates a dataset file; `ImportRejected` lists every problem with its record and field. */
export async function readDatasetFile(path: string, encoding?: string): Promise<DepartmentDataset> {
  const { text } = decoded(path, await readBytes(path), encoding);
  const result = validateDataset(text, path);
  if (!result.ok)
    throw new ImportRejected(
      path,
      result.errors.map((error): ImportProblem => splitPath(error.path, error.message)),
    );
  return result.dataset;
}

/** The defaults a spreadsheet's empty cells take: the options', else the department's own name, division and level. */
function defaultsFor(department: DepartmentDataset['department'], given: ItemDefaults | undefined): ItemDefaults {
  return { issuingBody: department.name, division: department.division, level: department.level, ...given };
}

async function sheetOf(
  path: string,
  extension: string,
  options: ImportOptions,
): Promise<{ sheet: Sheet; encoding?: string; sheetName?: string }> {
  const bytes = await readBytes(path);
  if (extension === '.xlsx') {
    try {
      const sheet = await xlsxSheet(bytes, options.sheet);
      return { sheet, sheetName: sheet.sheetName };
    } catch (error) {
      if (error instanceof WorkbookError) throw new ImportRejected(path, [{ record: 'the file', reason: error.message }]);
      throw error;
    }
  }
  const { text, encoding } = decoded(path, bytes, options.encoding);
  return { sheet: csvSheet(text), encoding };
}

/** The stored items among `ids`, as the input that would make them again. */
async function storedInputs(store: DisclosureStore, ids: readonly string[]): Promise<Map<string, ItemInput>> {
  const fields = inputFields('ItemInput');
  const found = new Map<string, ItemInput>();
  for (const id of ids) {
    const item = await store.items.get(id);
    if (item)
      found.set(
        id,
        Object.fromEntries(
          fields.filter((f) => (item as Record<string, unknown>)[f] !== undefined).map((f) => [f, (item as Record<string, unknown>)[f]]),
        ) as ItemInput,
      );
  }
  return found;
}

/** Imports a spreadsheet of items (`.csv`, `.txt`, `.xlsx`) into the department the options or the store name. */
async function importSheet(store: DisclosureStore, path: string, extension: string, options: ImportOptions): Promise<ImportSummary> {
  const department = options.department ?? (await store.getDepartment());
  if (!department) {
    throw new ImportRejected(path, [
      {
        record: 'the file',
        reason:
          'a spreadsheet holds items only, and this database has no department yet: pass --config with the department configuration ("gongkai-department init" writes one), or import a dataset JSON first',
      },
    ]);
  }
  const { sheet, encoding, sheetName } = await sheetOf(path, extension, options);
  const read = itemsFromSheet(sheet, {
    departmentId: department.id,
    defaults: defaultsFor(department, options.itemDefaults),
    ...(options.mode === 'upsert' ? { storedInputs: await storedInputs(store, sheetItemIds(sheet, department.id)) } : {}),
  });
  const where = read.items.map((item) => item.where);
  const naming = {
    record: (_kind: string, index: number) => where[index] ?? `row ${index + 1}`,
    field: (_kind: string, field: string) => read.fieldLabel(field.replace(/^item\.?/, '')),
    ...(encoding ? { encoding } : {}),
    ...(sheetName ? { sheet: sheetName } : {}),
  };
  const dataset: DepartmentDataset = {
    format: DATASET_FORMAT,
    department,
    items: read.items.map(({ item }) => ({ item })),
    fees: [],
    budgets: [],
    alerts: [],
    feedback: [],
    requests: [],
  };
  // Rows that cannot be read stop the import, but the others are still checked (as a dry run), so one run lists everything.
  let summary: ImportSummary | undefined;
  let rejected: ImportRejected | undefined;
  try {
    summary = await importDataset(
      store,
      dataset,
      path,
      { ...options, dryRun: options.dryRun === true || read.problems.length > 0 },
      naming,
    );
  } catch (error) {
    if (!(error instanceof ImportRejected)) throw error;
    rejected = error;
  }
  if (summary && read.problems.length === 0) return summary;
  const problems = [...read.problems, ...(rejected?.problems ?? [])].sort((a, b) => rowNumber(a) - rowNumber(b));
  const outcome = rejected?.outcome ?? summary?.outcome;
  const refused = new Set(problems.filter((p) => rowNumber(p) > 0).map((p) => p.record)).size;
  throw new ImportRejected(path, problems, outcome ? { ...outcome, refused } : undefined);
}

/** Where a problem sits in the sheet, for listing in file order: the header and the file first. */
const rowNumber = (problem: ImportProblem) => Number(/^row (\d+)/.exec(problem.record)?.[1] ?? 0);

/**
 * Imports `path` by its extension: `.json` a dataset; `.csv`, `.txt` (tab-separated) or `.xlsx` a
 * spreadsheet of items, with Chinese or English headers, the vocabularies' labels, spreadsheet
 * dates and the department's defaults.
 */
export async function importFile(store: DisclosureStore, path: string, options: ImportOptions = {}): Promise<ImportSummary> {
  const extension = extname(path).toLowerCase();
  if (extension === '.json') return importDataset(store, await readDatasetFile(path, options.encoding), path, options);
  if (extension === '.csv' || extension === '.txt' || extension === '.tsv' || extension === '.xlsx')
    return importSheet(store, path, extension, options);
  throw new ImportRejected(path, [
    {
      record: 'the file',
      reason: `is a "${extension || 'file without extension'}"; import reads ${Object.entries(IMPORT_EXTENSIONS)
        .map(([ext, what]) => `${ext} (${what})`)
        .join(', ')}. An old .xls must be saved again as .xlsx`,
    },
  ]);
}
