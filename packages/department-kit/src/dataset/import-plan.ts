import type { DepartmentDataset, DisclosureItem } from '@gongkai/spec';
import { canonicalJson } from '../canonical-json';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';
import { changedFields } from '../items/changed-fields';
import { revisedItem, withdrawnItem } from '../items/item-record';
import type { DisclosureStore, ImportedHistory } from '../store/disclosure-store';
import { instantMs } from '@gongkai/spec/china-time';
import { alertEntry, budgetEntry, feedbackEntry, feeEntry, itemEntry, requestEntry } from './export-dataset';
import { attempt, type ImportProblem } from './import-problems';

export type ImportMode = 'create' | 'upsert';
export type DatasetKind = 'items' | 'fees' | 'budgets' | 'alerts' | 'feedback' | 'requests';
export const DATASET_KINDS: readonly DatasetKind[] = ['items', 'fees', 'budgets', 'alerts', 'feedback', 'requests'];

/** What an import does to each kind of record. */
export interface KindOutcome {
  readonly created: number;
  readonly revised: number;
  readonly unchanged: number;
}

/** The entries an import adds, the stored items it revises, and what it leaves alone. */
export interface ImportPlan {
  /** The dataset's new records, to replay and create. */
  readonly fresh: DepartmentDataset;
  /** For each kind, the index in the file of each entry of `fresh`. */
  readonly freshIndex: Readonly<Record<DatasetKind, readonly number[]>>;
  readonly revisedItems: readonly ImportedHistory<DisclosureItem>[];
  readonly revised: Readonly<Record<DatasetKind, number>>;
  readonly unchanged: Readonly<Record<DatasetKind, number>>;
  readonly problems: readonly ImportProblem[];
}

export interface PlanContext {
  readonly mode: ImportMode;
  readonly calendar: WorkingDayCalendar;
  /** When revisions of an upsert are recorded (RFC 3339). */
  readonly now: string;
  /** How a problem names the entry at `index` of `kind` (`items[3]`, `row 3 (line 4)`). */
  readonly recordName: (kind: DatasetKind, index: number) => string;
}

type Entry = DepartmentDataset[DatasetKind][number];

const idOf = (kind: DatasetKind, entry: Entry): string => {
  const e = entry as unknown as Record<string, { id?: string } | string>;
  if (kind === 'feedback') return e['id'] as string;
  if (kind === 'requests') return e['trackingNumber'] as string;
  const record = e[{ items: 'item', fees: 'fee', budgets: 'budget', alerts: 'alert' }[kind]] as { id: string };
  return record.id;
};

/** The stored record of `id` as the dataset would state it, or `undefined` when none is stored. */
async function storedEntry(store: DisclosureStore, kind: DatasetKind, id: string): Promise<unknown> {
  switch (kind) {
    case 'items':
      return itemEntry(store, id);
    case 'fees':
      return feeEntry(store, id);
    case 'budgets': {
      const budget = await store.budgets.get(id);
      return budget && budgetEntry(budget);
    }
    case 'alerts':
      return alertEntry(store, id);
    case 'feedback': {
      const record = await store.feedback.get(id);
      return record && feedbackEntry(record);
    }
    case 'requests': {
      const record = await store.requests.get(id);
      return record && requestEntry(record.request);
    }
  }
}

/** The stored item with the file's content: no revision when nothing changed, one when it did (and its withdrawal, if the file adds one). */
function itemRevisions(
  stored: DisclosureItem,
  entry: DepartmentDataset['items'][number],
  context: PlanContext,
  at: string,
  problems: ImportProblem[],
) {
  const content = entry.updates?.at(-1)?.item ?? entry.item;
  const input = { ...content, publishedAt: entry.item.publishedAt };
  // The publication time is the record of when the public first saw the item: say so in the words of a catalogue, not of the API.
  if (instantMs(input.publishedAt) !== instantMs(stored.publishedAt)) {
    problems.push({
      record: at,
      field: 'item.publishedAt',
      reason: `is ${input.publishedAt}, but ${stored.id} was published ${stored.publishedAt}; a publication time never changes: write that time back, or give the row a new id to publish it as a new item`,
    });
    return undefined;
  }
  const revised = attempt(at, 'item', problems, () => revisedItem(stored, input, context.calendar, context.now));
  if (!revised) return undefined;
  const revisions: ImportedHistory<DisclosureItem>['revisions'][number][] = [];
  let current = stored;
  if (revised.changedFields.length > 0) {
    current = revised.item;
    revisions.push({ record: current, note: { action: 'updated', at: context.now, changedFields: revised.changedFields } });
  }
  if (entry.withdrawal) {
    const previous = current;
    const withdrawn = withdrawnItem(previous, entry.withdrawal.reason, entry.withdrawal.at);
    revisions.push({
      record: withdrawn,
      note: {
        action: 'withdrawn',
        at: entry.withdrawal.at,
        note: entry.withdrawal.reason,
        changedFields: changedFields(previous, withdrawn),
      },
    });
  }
  return revisions;
}

/**
 * Sorts a dataset's records into new ones (created), stored ones whose content the file changes
 * (revised: items only, one revision each) and stored ones it states as they are (left alone).
 * In `create` mode every stored id is a problem; so, in `upsert` mode, is any other kind of
 * record whose stored content differs (the admin API revises those).
 */
export async function planImport(store: DisclosureStore, dataset: DepartmentDataset, context: PlanContext): Promise<ImportPlan> {
  const problems: ImportProblem[] = [];
  const fresh: Record<string, unknown[]> = {};
  const freshIndex: Record<string, number[]> = {};
  const revised: Record<string, number> = {};
  const unchanged: Record<string, number> = {};
  const revisedItems: ImportedHistory<DisclosureItem>[] = [];
  for (const kind of DATASET_KINDS) {
    fresh[kind] = [];
    freshIndex[kind] = [];
    revised[kind] = 0;
    unchanged[kind] = 0;
    const entries = dataset[kind] as Entry[];
    for (const [index, entry] of entries.entries()) {
      const at = context.recordName(kind, index);
      const id = idOf(kind, entry);
      const stored = await storedEntry(store, kind, id);
      if (stored === undefined) {
        fresh[kind].push(entry);
        freshIndex[kind].push(index);
        continue;
      }
      if (context.mode === 'create') {
        problems.push({
          record: at,
          field: 'id',
          reason: `${id} is already in the database; to revise the records already imported, run the import with --mode upsert`,
        });
        continue;
      }
      if (canonicalJson(stored) === canonicalJson(entry)) {
        unchanged[kind] += 1;
        continue;
      }
      const storedItem = kind === 'items' ? await store.items.get(id) : undefined;
      if (!storedItem) {
        problems.push({
          record: at,
          reason: `${id} is already in the database with other content; an import revises items only: change it through the admin API, or leave it out of the file`,
        });
        continue;
      }
      const revisions = itemRevisions(storedItem, entry as DepartmentDataset['items'][number], context, at, problems);
      if (!revisions) continue;
      if (revisions.length === 0) unchanged[kind] += 1;
      else {
        revised[kind] += 1;
        revisedItems.push({ continuesRevision: storedItem.revision, revisions });
      }
    }
  }
  return {
    fresh: { ...dataset, ...(fresh as unknown as Pick<DepartmentDataset, DatasetKind>) },
    freshIndex: freshIndex as Record<DatasetKind, number[]>,
    revisedItems,
    revised: revised as Record<DatasetKind, number>,
    unchanged: unchanged as Record<DatasetKind, number>,
    problems,
  };
}
