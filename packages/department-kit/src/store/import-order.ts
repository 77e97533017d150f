import type { Alert, Budget, DisclosureItem, FeeSchedule, Feedback } from '@gongkai/spec';
import { instantKey } from '@gongkai/spec/china-time';
import type { FeedbackChange, FeedbackRecord, ImportBatch, ImportedHistory, RequestRecord, RevisionNote } from './disclosure-store';

/** How a store writes one revision of an imported history: the first is an insert, the others updates. */
export interface RevisionWriter<T, W> {
  insert(record: T, note: RevisionNote): W;
  update(record: T, expectedRevision: number, note: RevisionNote): W;
}

export interface ImportWriters<W> {
  readonly items: RevisionWriter<DisclosureItem, W>;
  readonly fees: RevisionWriter<FeeSchedule, W>;
  readonly budgets: RevisionWriter<Budget, W>;
  readonly alerts: RevisionWriter<Alert, W>;
  feedback(record: FeedbackRecord): W;
  /** A published reply of imported feedback, as an entry of the changes feed. */
  feedbackReply(feedback: Feedback, change: FeedbackChange): W;
  request(record: RequestRecord): W;
}

/**
 * Every write of an import batch in the order it happened (by the instant of each revision,
 * submission or receipt), so that the changes feed a store assigns while importing reads
 * chronologically. Each write is a thunk the store runs inside its transaction.
 */
export function orderedImportWrites<W>(batch: ImportBatch, writers: ImportWriters<W>): (() => W)[] {
  const steps: { at: string; write: () => W }[] = [];
  const histories = <T extends { revision?: number }>(list: readonly ImportedHistory<T>[], writer: RevisionWriter<T, W>) => {
    for (const { revisions, continuesRevision } of list) {
      revisions.forEach(({ record, note }, index) => {
        // The first revision of a history that continues a stored record (an upsert) updates it.
        const previous = index > 0 ? (revisions[index - 1]!.record.revision ?? 1) : continuesRevision;
        steps.push({
          at: note.at,
          write: () => (previous !== undefined ? writer.update(record, previous, note) : writer.insert(record, note)),
        });
      });
    }
  };
  histories(batch.items, writers.items);
  histories(batch.fees, writers.fees);
  histories(batch.budgets, writers.budgets);
  histories(batch.alerts, writers.alerts);
  for (const { record, change } of batch.feedback) {
    steps.push({ at: record.feedback.submittedAt, write: () => writers.feedback(record) });
    // The reply enters the feed when it was given, not when the question came in.
    if (change) steps.push({ at: change.at, write: () => writers.feedbackReply(record.feedback, change) });
  }
  for (const record of batch.requests)
    steps.push({ at: record.request.submittedAt ?? `${record.request.receivedOn}T00:00:00+08:00`, write: () => writers.request(record) });
  const keyed = steps.map((step) => ({ key: instantKey(step.at), write: step.write }));
  // A stable sort: revisions of one record that share an instant keep their order.
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map((step) => step.write);
}
