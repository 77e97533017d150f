import {
  DATASET_FORMAT,
  openApiDocument,
  type Alert,
  type Budget,
  type DatasetAlert,
  type DatasetFeedback,
  type DatasetFee,
  type DatasetItem,
  type DatasetRequest,
  type DepartmentDataset,
  type DisclosureItem,
  type DisclosureRequest,
  type FeeSchedule,
  type ProcessingFee,
  type RequestDecision,
  type RequestEventInput,
  type RequestRegistration,
  type SchemaObject,
} from '@gongkai/spec';
import { registeredReceipt } from '../disclosure-requests/registration';
import { RuleViolation } from '../domain-errors';
import type { DisclosureStore, FeedbackRecord, Revision, VersionedCollection } from '../store/disclosure-store';
import { chinaMidnight } from '@gongkai/spec/china-time';

/** What an export wrote, and what the dataset format cannot hold (said, never dropped silently). */
export interface DatasetExport {
  readonly dataset: DepartmentDataset;
  readonly notes: readonly string[];
}

/** The fields of an input schema of the contract, so a field the contract adds is exported without a change here. */
export function inputFields(schema: string): readonly string[] {
  const properties = (openApiDocument.components.schemas as Record<string, SchemaObject>)[schema]?.['properties'];
  return Object.keys((properties as object | undefined) ?? {});
}

function pick<T>(record: object, fields: readonly string[], leaveOut: readonly string[] = []): T {
  const source = record as Record<string, unknown>;
  return Object.fromEntries(fields.filter((f) => !leaveOut.includes(f) && source[f] !== undefined).map((f) => [f, source[f]])) as T;
}

async function revisionsOf<T>(collection: Pick<VersionedCollection<T, never>, 'history'>, id: string): Promise<Revision<T>[]> {
  const revisions: Revision<T>[] = [];
  let after: readonly [number, string] | undefined;
  for (;;) {
    const page = await collection.history(id, { limit: 100, ...(after ? { after } : {}) });
    revisions.push(...page.records);
    if (!page.next) return revisions;
    after = page.next as readonly [number, string];
  }
}

/** One item with every revision: the first as published, the updates, the withdrawal. */
export async function itemEntry(store: DisclosureStore, id: string): Promise<DatasetItem | undefined> {
  const fields = inputFields('ItemInput');
  const [created, ...later] = await revisionsOf<DisclosureItem>(store.items, id);
  if (!created) return undefined;
  const entry: DatasetItem = { item: pick(created.record, fields) };
  for (const revision of later) {
    if (revision.action === 'withdrawn' && revision.record.withdrawal)
      entry.withdrawal = { at: revision.record.withdrawal.withdrawnAt, reason: revision.record.withdrawal.reason };
    else (entry.updates ??= []).push({ at: revision.recordedAt, item: pick(revision.record, fields, ['id', 'publishedAt']) });
  }
  return entry;
}

/** Fees and budgets: the dataset holds one state each (and a fee's withdrawal); later revisions are folded into it, and said so. */
export async function feeEntry(store: DisclosureStore, id: string, notes: string[] = []): Promise<DatasetFee | undefined> {
  const revisions = await revisionsOf<FeeSchedule>(store.fees, id);
  const last = revisions.filter((r) => r.action !== 'withdrawn').at(-1);
  if (!last) return undefined;
  const withdrawal = revisions.find((r) => r.action === 'withdrawn')?.record.withdrawal;
  if (revisions.some((r) => r.action === 'updated'))
    notes.push(`fee ${id}: its revisions are exported as its latest content (gongkai-dataset@1 holds one state of a fee)`);
  return {
    fee: { ...pick(last.record, inputFields('FeeInput')), id, publishedAt: revisions[0]!.record.publishedAt },
    ...(withdrawal ? { withdrawal: { at: withdrawal.withdrawnAt, reason: withdrawal.reason } } : {}),
  };
}

export function budgetEntry(budget: Budget, notes: string[] = []): DepartmentDataset['budgets'][number] {
  if (budget.revision !== undefined && budget.revision > 1)
    notes.push(`budget ${budget.id}: exported as its latest content (gongkai-dataset@1 holds one state of a budget)`);
  if (budget.status === 'withdrawn')
    notes.push(`budget ${budget.id}: withdrawn, which gongkai-dataset@1 cannot say; exported as published`);
  return { budget: { ...pick(budget, inputFields('BudgetInput')), id: budget.id, publishedAt: budget.publishedAt } };
}

/** One alert with its CAP updates and cancellation. */
export async function alertEntry(store: DisclosureStore, id: string): Promise<DatasetAlert | undefined> {
  const fields = inputFields('AlertInput');
  const [created, ...later] = await revisionsOf<Alert>(store.alerts, id);
  if (!created) return undefined;
  const entry: DatasetAlert = { alert: pick(created.record, fields) };
  for (const revision of later) {
    const { cancellation } = revision.record;
    if (revision.action === 'withdrawn' && cancellation) entry.cancellation = { at: cancellation.withdrawnAt, reason: cancellation.reason };
    else (entry.updates ??= []).push({ at: revision.recordedAt, alert: pick(revision.record, fields, ['id', 'issuedAt']) });
  }
  return entry;
}

async function each<T>(ids: readonly { id: string }[], entry: (id: string) => Promise<T | undefined>): Promise<T[]> {
  const entries: T[] = [];
  for (const { id } of ids) {
    const found = await entry(id);
    if (found) entries.push(found);
  }
  return entries;
}

export function feedbackEntry({ feedback, stages }: FeedbackRecord): DatasetFeedback {
  return {
    id: feedback.id,
    submittedAt: feedback.submittedAt,
    submission: pick(feedback, inputFields('FeedbackSubmission')),
    stages: stages.map((stage) => ({ ...stage })),
    ...(feedback.reply
      ? {
          reply: {
            at: feedback.reply.repliedAt,
            reply: { content: feedback.reply.content, repliedBy: feedback.reply.repliedBy, publish: feedback.published === true },
          },
        }
      : {}),
    ...(feedback.rating
      ? {
          rating: {
            at: feedback.rating.ratedAt,
            rating: {
              level: feedback.rating.level,
              ...(feedback.rating.comment !== undefined ? { comment: feedback.rating.comment } : {}),
            },
          },
        }
      : {}),
  };
}

const EVIDENCE_FIELDS = ['submittedOn', 'signedForOn', 'confirmedOn', 'systemReceivedOn'] as const;

/** The registration that gives this request its receipt date again: the evidence field its channel reads (Art. 31), set to that date. */
function registrationOf(request: DisclosureRequest): RequestRegistration {
  const base = pick<RequestRegistration>(request, inputFields('RequestRegistration'));
  for (const field of EVIDENCE_FIELDS) {
    const registration = { ...base, [field]: request.receivedOn };
    try {
      if (registeredReceipt(registration).receivedOn === request.receivedOn) return registration;
    } catch (error) {
      if (!(error instanceof RuleViolation)) throw error;
    }
  }
  throw new Error(`request ${request.trackingNumber}: no receipt evidence gives its receipt date ${request.receivedOn}`);
}

/** Facts the log derives from an event's input (the fee's amount, the decision's group): the input is rebuilt from them. */
const DERIVED_DETAILS = new Set(['channel', 'fee', 'decision']);

function eventInputs(request: DisclosureRequest): RequestEventInput[] {
  const fields = new Set(inputFields('RequestEventInput'));
  return request.events.slice(1).map((event) => {
    const details = event.details ?? {};
    const input: Record<string, unknown> = { type: event.type, on: event.on, ...(event.note !== undefined ? { note: event.note } : {}) };
    for (const [key, value] of Object.entries(details)) if (!DERIVED_DETAILS.has(key) && fields.has(key)) input[key] = value;
    const fee = details['fee'] as ProcessingFee | undefined;
    if (event.type === 'feeNoticeSent' && fee) input['fee'] = { method: fee.method, quantity: fee.quantity };
    const decision = details['decision'] as RequestDecision | undefined;
    if ((event.type === 'decided' || event.type === 'reDecided') && decision) {
      const { decidedOn: _on, outcomeGroup: _group, fee: _fee, ...stated } = decision;
      input['decision'] = stated;
    }
    return input as unknown as RequestEventInput;
  });
}

export function requestEntry(request: DisclosureRequest): DatasetRequest {
  return {
    trackingNumber: request.trackingNumber,
    submittedAt: request.submittedAt ?? chinaMidnight(request.receivedOn),
    registration: registrationOf(request),
    events: eventInputs(request),
  };
}

/**
 * The department's records as a dataset (`gongkai-dataset@1`), the format `import` reads: items
 * and alerts with every revision, fees with their withdrawal, budgets, feedback with its closed
 * loop, requests with their logs. What the format cannot hold is listed in `notes`.
 */
export async function exportDataset(store: DisclosureStore): Promise<DatasetExport> {
  const department = await store.getDepartment();
  if (!department) throw new Error('the database holds no department yet: there is nothing to export');
  const notes: string[] = [];
  const dataset: DepartmentDataset = {
    format: DATASET_FORMAT,
    department,
    items: await each(await store.items.all(), (id) => itemEntry(store, id)),
    fees: await each(await store.fees.all(), (id) => feeEntry(store, id, notes)),
    budgets: (await store.budgets.all()).map((budget) => budgetEntry(budget, notes)),
    alerts: await each(await store.alerts.all(), (id) => alertEntry(store, id)),
    feedback: (await store.feedback.all()).map(feedbackEntry),
    requests: (await store.requests.all()).map(requestEntry),
  };
  const reports = await store.annualReports.all();
  if (reports.length)
    notes.push(
      `${reports.length} published annual report(s) (${reports.map((r) => r.year).join(', ')}) are not part of gongkai-dataset@1; they are derived again from the records`,
    );
  return { dataset, notes };
}
