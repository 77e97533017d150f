import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { validateDataset, type DepartmentDataset, type Department } from '@gongkai/spec';
import { chineseDaysCalendar } from '../calendar/chinese-days-calendar';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';
import { defaultFeedbackPolicy, type FeedbackPolicy } from '../feedback/feedback-policy';
import { defaultIndexNumberScheme, type IndexNumberScheme } from '../items/index-number';
import type { RequestClockOptions } from '../requests/request-clock';
import { StoreConflictError, type DisclosureStore, type ProgressListener } from '../store/disclosure-store';
import { datasetBatch } from './dataset-batch';
import { ImportRejected, type ImportProblem } from './import-problems';
import { itemsFromCsv } from './items-csv';

export interface ImportOptions {
  readonly calendar?: WorkingDayCalendar;
  readonly clockOptions?: RequestClockOptions;
  readonly feedbackPolicy?: FeedbackPolicy;
  readonly indexNumber?: IndexNumberScheme;
  /** For a CSV of items: the department they belong to (default: the one the store holds). */
  readonly department?: Omit<Department, 'health'>;
  readonly onProgress?: ProgressListener;
}

export interface ImportSummary {
  readonly department: string;
  readonly counts: Readonly<Record<'items' | 'fees' | 'budgets' | 'alerts' | 'feedback' | 'requests', number>>;
}

/**
 * Imports a dataset (`gongkai-dataset@1` JSON) or a CSV of items into `store`. Every record is
 * checked first, through the same rules as the HTTP API; if any fails, `ImportRejected` lists
 * each problem (record, field, reason) and nothing is written. Otherwise everything is written in
 * one transaction.
 */
export async function importDataset(
  store: DisclosureStore,
  dataset: DepartmentDataset,
  source: string,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const stored = await store.getDepartment();
  if (stored && stored.id !== dataset.department.id) {
    throw new ImportRejected(source, [
      {
        record: 'department',
        field: 'id',
        reason: `is ${dataset.department.id}, but this database holds ${stored.id}; one database serves one department`,
      },
    ]);
  }
  const { batch, problems } = await datasetBatch(dataset, {
    calendar: options.calendar ?? chineseDaysCalendar,
    clockOptions: options.clockOptions ?? {},
    feedbackPolicy: options.feedbackPolicy ?? defaultFeedbackPolicy,
    indexNumber: options.indexNumber ?? defaultIndexNumberScheme,
    nextSequence: (name) => store.nextSequence(name),
    storedRequestsOf: (number, month) => store.requests.ofApplicantInMonth(number, month),
  });
  if (problems.length) throw new ImportRejected(source, problems);
  try {
    await store.importBatch(batch, options.onProgress);
  } catch (error) {
    if (error instanceof StoreConflictError)
      throw new ImportRejected(source, [
        { record: String(error.value), field: error.field, reason: `${error.message}; nothing was imported` },
      ]);
    throw error;
  }
  return {
    department: dataset.department.id,
    counts: {
      items: batch.items.length,
      fees: batch.fees.length,
      budgets: batch.budgets.length,
      alerts: batch.alerts.length,
      feedback: batch.feedback.length,
      requests: batch.requests.length,
    },
  };
}

/** Reads and validates a dataset file; `ImportRejected` lists every problem with its record and field. */
export async function readDatasetFile(path: string): Promise<DepartmentDataset> {
  const result = validateDataset(await readText(path), path);
  if (!result.ok)
    throw new ImportRejected(
      path,
      result.errors.map((error): ImportProblem => splitPath(error.path, error.message)),
    );
  return result.dataset;
}

/** `items[3].item.documentNumber` → record `items[3]`, field `item.documentNumber`. */
function splitPath(path: string, reason: string): ImportProblem {
  const match = /^(\w+\[\d+\])\.?(.*)$/.exec(path);
  if (!match) return { record: path || 'the file', reason };
  return { record: match[1]!, ...(match[2] ? { field: match[2] } : {}), reason };
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new ImportRejected(path, [
      { record: 'the file', reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` },
    ]);
  }
}

/** Imports `path` by its extension: `.json` a dataset, `.csv` items. */
export async function importFile(store: DisclosureStore, path: string, options: ImportOptions = {}): Promise<ImportSummary> {
  const extension = extname(path).toLowerCase();
  if (extension === '.json') return importDataset(store, await readDatasetFile(path), path, options);
  if (extension !== '.csv')
    throw new ImportRejected(path, [{ record: 'the file', reason: 'must be a .json dataset (gongkai-dataset@1) or a .csv of items' }]);
  const department = options.department ?? (await store.getDepartment());
  if (!department) {
    throw new ImportRejected(path, [
      {
        record: 'the file',
        reason: 'a CSV holds items only, and this database has no department yet: import a dataset JSON first, or name the department',
      },
    ]);
  }
  const { items, problems } = itemsFromCsv(await readText(path));
  const foreign = items.flatMap((item, index): ImportProblem[] =>
    item.id.startsWith(`${department.id}:`)
      ? []
      : [{ record: `row ${index + 1} (line ${index + 2})`, field: 'id', reason: `must start with "${department.id}:"` }],
  );
  if (problems.length || foreign.length) throw new ImportRejected(path, [...problems, ...foreign]);
  const dataset: DepartmentDataset = {
    format: 'gongkai-dataset@1',
    department,
    items: items.map((item) => ({ item })),
    fees: [],
    budgets: [],
    alerts: [],
    feedback: [],
    requests: [],
  };
  return importDataset(store, dataset, path, options);
}
