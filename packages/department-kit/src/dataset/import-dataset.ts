import type { DepartmentDataset, Department } from '@gongkai/spec';
import { chineseDaysCalendar } from '../calendar/chinese-days-calendar';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';
import { defaultFeedbackPolicy, type FeedbackPolicy } from '../feedback/feedback-policy';
import { defaultIndexNumberScheme, type IndexNumberScheme } from '../items/index-number';
import type { RequestClockOptions } from '../requests/request-clock';
import { StoreConflictError, type DisclosureStore, type ProgressListener } from '../store/disclosure-store';
import { chinaTimestamp } from '@gongkai/spec/china-time';
import { datasetBatch } from './dataset-batch';
import { DATASET_KINDS, planImport, type DatasetKind, type ImportMode, type KindOutcome } from './import-plan';
import { ImportRejected, type ImportOutcome, type ImportProblem } from './import-problems';
import type { ItemDefaults } from './spreadsheet/items-from-sheet';

export interface ImportOptions {
  readonly calendar?: WorkingDayCalendar;
  readonly clockOptions?: RequestClockOptions;
  readonly feedbackPolicy?: FeedbackPolicy;
  readonly indexNumber?: IndexNumberScheme;
  /** For a spreadsheet of items: the department they belong to (default: the one the store holds). */
  readonly department?: Omit<Department, 'health'>;
  /** For a spreadsheet: values for the rows that leave them empty (default: the department's name, division and level). */
  readonly itemDefaults?: ItemDefaults;
  /** `create` (default): every record is new, or nothing is imported. `upsert`: new ids are created, stored items revised. */
  readonly mode?: ImportMode;
  /** Check everything and count what would happen, write nothing. */
  readonly dryRun?: boolean;
  /** For a CSV: its encoding, instead of detecting it. */
  readonly encoding?: string;
  /** For a workbook: the sheet to read (a name, or a number from 1; default the first). */
  readonly sheet?: string;
  /** When an upsert's revisions are recorded (default: now). */
  readonly now?: Date;
  readonly onProgress?: ProgressListener;
}

export interface ImportSummary {
  readonly department: string;
  readonly mode: ImportMode;
  readonly dryRun: boolean;
  /** Records created, by kind. */
  readonly counts: Readonly<Record<DatasetKind, number>>;
  /** What happened (or, in a dry run, would), by kind. */
  readonly byKind: Readonly<Record<DatasetKind, KindOutcome>>;
  readonly outcome: ImportOutcome;
  /** How a text file was read (`GB18030`, `UTF-8 with BOM`), and which sheet of a workbook. */
  readonly encoding?: string;
  readonly sheet?: string;
}

/** How the problems of a source name its records and fields (a spreadsheet's rows and columns). */
export interface SourceNaming {
  readonly record: (kind: DatasetKind, index: number) => string;
  readonly field?: (kind: DatasetKind, field: string) => string;
  readonly encoding?: string;
  readonly sheet?: string;
}

const datasetNaming: SourceNaming = { record: (kind, index) => `${kind}[${index}]` };

/** Problems the replay names by the fresh dataset's indices (`items[2]`), renamed as the source names them. */
function renamed(problems: readonly ImportProblem[], freshIndex: Readonly<Record<DatasetKind, readonly number[]>>, naming: SourceNaming) {
  return problems.map((problem): ImportProblem => {
    const match = /^(\w+)\[(\d+)\]$/.exec(problem.record);
    const kind = match?.[1] as DatasetKind | undefined;
    if (!match || !kind || !DATASET_KINDS.includes(kind)) return problem;
    const index = freshIndex[kind][Number(match[2])] ?? Number(match[2]);
    const field = problem.field && naming.field ? naming.field(kind, problem.field) : problem.field;
    return { ...problem, record: naming.record(kind, index), ...(field !== undefined ? { field } : {}) };
  });
}

function outcomeOf(byKind: Record<DatasetKind, KindOutcome>, refused: number): ImportOutcome {
  const sum = (key: keyof KindOutcome) => DATASET_KINDS.reduce((total, kind) => total + byKind[kind][key], 0);
  return { created: sum('created'), revised: sum('revised'), unchanged: sum('unchanged'), refused };
}

/**
 * Imports a dataset into `store`. Every record is checked first, through the same rules as the
 * HTTP API, and sorted into created, revised (an upsert's stored items, one revision each) and
 * unchanged; if any record fails, `ImportRejected` lists every problem and nothing is written.
 * Otherwise everything is written in one transaction — or, in a dry run, nothing.
 */
export async function importDataset(
  store: DisclosureStore,
  dataset: DepartmentDataset,
  source: string,
  options: ImportOptions = {},
  naming: SourceNaming = datasetNaming,
): Promise<ImportSummary> {
  const mode = options.mode ?? 'create';
  const calendar = options.calendar ?? chineseDaysCalendar;
  const stored = await store.getDepartment();
  if (stored && stored.id !== dataset.department.id) {
    throw new ImportRejected(source, [
      {
        record: 'department',
        field: 'id',
        reason: `is ${dataset.department.id}, but this database holds ${stored.id}; one database serves one department: import into another --db`,
      },
    ]);
  }
  const plan = await planImport(store, dataset, {
    mode,
    calendar,
    now: chinaTimestamp(options.now ?? new Date()),
    recordName: naming.record,
  });
  // A dry run hands out index numbers from a counter of its own: it writes nothing, sequences included.
  let dryRunSequence = 0;
  const { batch, problems: replayProblems } = await datasetBatch(plan.fresh, {
    calendar,
    clockOptions: options.clockOptions ?? {},
    feedbackPolicy: options.feedbackPolicy ?? defaultFeedbackPolicy,
    indexNumber: options.indexNumber ?? defaultIndexNumberScheme,
    nextSequence: options.dryRun ? async () => (dryRunSequence += 1) : (name) => store.nextSequence(name),
    storedRequestsOf: (number, month) => store.requests.ofApplicantInMonth(number, month),
  });
  const problems = [
    ...plan.problems.map((p) => (p.field && naming.field ? { ...p, field: naming.field('items', p.field) } : p)),
    ...renamed(replayProblems, plan.freshIndex, naming),
  ];
  const refusedRecords = new Set(problems.map((p) => p.record));
  const byKind = Object.fromEntries(
    DATASET_KINDS.map((kind) => {
      const created = plan.freshIndex[kind].filter((index) => !refusedRecords.has(naming.record(kind, index))).length;
      return [kind, { created, revised: plan.revised[kind], unchanged: plan.unchanged[kind] }];
    }),
  ) as Record<DatasetKind, KindOutcome>;
  if (problems.length) throw new ImportRejected(source, problems, outcomeOf(byKind, refusedRecords.size));
  const summary: ImportSummary = {
    department: dataset.department.id,
    mode,
    dryRun: options.dryRun === true,
    counts: Object.fromEntries(DATASET_KINDS.map((kind) => [kind, byKind[kind].created])) as Record<DatasetKind, number>,
    byKind,
    outcome: outcomeOf(byKind, 0),
    ...(naming.encoding ? { encoding: naming.encoding } : {}),
    ...(naming.sheet ? { sheet: naming.sheet } : {}),
  };
  if (options.dryRun) return summary;
  try {
    await store.importBatch({ ...batch, items: [...plan.revisedItems, ...batch.items] }, options.onProgress);
  } catch (error) {
    if (error instanceof StoreConflictError)
      throw new ImportRejected(source, [
        {
          record: String(error.value),
          field: error.field,
          reason: `${error.message}; nothing was imported. Run the import again: it checks against what is stored now`,
        },
      ]);
    throw error;
  }
  return summary;
}
