import type {
  Alert,
  Budget,
  DepartmentDataset,
  DatasetFeedback,
  DatasetRequest,
  DisclosureItem,
  DisclosureRequest,
  FeeSchedule,
  FeedbackStage,
} from '@gongkai/spec';
import { vocabularies } from '@gongkai/spec';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';
import { cancelledAlert, newAlert, revisedAlert } from '../alerts/alert-record';
import { newBudget } from '../budgets/budget-record';
import { priorPiecesThisMonth } from '../disclosure-requests/fee-notice';
import { registeredReceipt } from '../disclosure-requests/registration';
import { openedRequest, recordedEvent } from '../disclosure-requests/request-record';
import { newFee, withdrawnFee } from '../fee-schedules/fee-record';
import type { FeedbackPolicy } from '../feedback/feedback-policy';
import { ratedFeedback, repliedFeedback, submittedFeedback } from '../feedback/feedback-record';
import type { IndexNumberScheme } from '../items/index-number';
import { changedFields } from '../items/changed-fields';
import { newItem, revisedItem, withdrawnItem } from '../items/item-record';
import type { RequestClockOptions } from '../requests/request-clock';
import type { FeedbackChange, FeedbackRecord, ImportBatch, ImportedHistory, RequestRecord } from '../store/disclosure-store';
import { canonicalTimestamp, chinaMidnight, chinaYearOf, instantMs } from '@gongkai/spec/china-time';
import { attempt, type ImportProblem } from './import-problems';

export interface DatasetContext {
  readonly calendar: WorkingDayCalendar;
  readonly clockOptions: RequestClockOptions;
  readonly feedbackPolicy: FeedbackPolicy;
  readonly indexNumber: IndexNumberScheme;
  /** Numbers for generated index numbers. */
  readonly nextSequence: (name: string) => Promise<number>;
  /** The requests already stored for an applicant in a month (per-piece fees count them). */
  readonly storedRequestsOf: (identityNumber: string, month: string) => Promise<readonly DisclosureRequest[]>;
}

/** Dates that are part of a dataset's history are never "in the future" of the import. */
const NO_FUTURE_CHECK = '9999-12-31';

/**
 * Replays a dataset through the same rules as the HTTP API — timeliness, revisions, the request
 * clock, fees, feedback — into one batch to write. Every record is prepared; the problems of all
 * of them are returned together, so one run reports everything to fix.
 */
export async function datasetBatch(
  dataset: DepartmentDataset,
  context: DatasetContext,
): Promise<{ batch: ImportBatch; problems: ImportProblem[] }> {
  const problems: ImportProblem[] = [];
  const departmentId = dataset.department.id;
  const items = await itemHistories(dataset, context, problems);
  const fees = dataset.fees.flatMap((entry, index): ImportedHistory<FeeSchedule>[] => {
    const at = `fees[${index}]`;
    const created = attempt(at, 'fee', problems, () => newFee(entry.fee, { departmentId, id: entry.fee.id, now: entry.fee.publishedAt }));
    if (!created) return [];
    const revisions: ImportedHistory<FeeSchedule>['revisions'][number][] = [
      { record: created, note: { action: 'created', at: created.publishedAt } },
    ];
    const { withdrawal } = entry;
    if (withdrawal) {
      const withdrawn = withdrawnFee(created, withdrawal.reason, withdrawal.at);
      revisions.push({
        record: withdrawn,
        note: { action: 'withdrawn', at: withdrawal.at, note: withdrawal.reason, changedFields: changedFields(created, withdrawn) },
      });
    }
    return [{ revisions }];
  });
  const budgets = dataset.budgets.flatMap((entry, index): ImportedHistory<Budget>[] => {
    const created = attempt(`budgets[${index}]`, 'budget', problems, () =>
      newBudget(entry.budget, { departmentId, id: entry.budget.id, now: entry.budget.publishedAt }),
    );
    return created ? [{ revisions: [{ record: created, note: { action: 'created', at: created.publishedAt } }] }] : [];
  });
  const alerts = dataset.alerts.flatMap((entry, index) => alertHistory(entry, index, departmentId, problems));
  const feedback = dataset.feedback.flatMap((entry, index) => feedbackRecord(entry, index, departmentId, context, problems));
  const requests = await requestRecords(dataset.requests, departmentId, context, problems);
  return { batch: { department: dataset.department, items, fees, budgets, alerts, feedback, requests }, problems };
}

async function itemHistories(
  dataset: DepartmentDataset,
  context: DatasetContext,
  problems: ImportProblem[],
): Promise<ImportedHistory<DisclosureItem>[]> {
  const histories: ImportedHistory<DisclosureItem>[] = [];
  for (const [index, entry] of dataset.items.entries()) {
    const at = `items[${index}]`;
    const { item: input } = entry;
    const year = chinaYearOf(input.publishedAt);
    const indexNumber =
      input.indexNumber ??
      context.indexNumber({ department: dataset.department, year, sequence: await context.nextSequence(`index-number:${year}`) });
    let current = attempt(at, 'item', problems, () =>
      newItem(input, {
        departmentId: dataset.department.id,
        calendar: context.calendar,
        id: input.id,
        indexNumber,
        now: input.publishedAt,
        imported: true,
      }),
    );
    if (!current) continue;
    const revisions: ImportedHistory<DisclosureItem>['revisions'][number][] = [
      { record: current, note: { action: 'created', at: current.publishedAt } },
    ];
    for (const [u, update] of (entry.updates ?? []).entries()) {
      const previous: DisclosureItem = current;
      const revised = attempt(at, `updates[${u}].item`, problems, () =>
        revisedItem(previous, update.item, context.calendar, update.at, { imported: true }),
      );
      if (!revised) break;
      current = revised.item;
      revisions.push({ record: current, note: { action: 'updated', at: update.at, changedFields: revised.changedFields } });
    }
    const { withdrawal } = entry;
    if (withdrawal) {
      const previous: DisclosureItem = current;
      const withdrawn = attempt(at, 'withdrawal', problems, () => withdrawnItem(previous, withdrawal.reason, withdrawal.at));
      if (withdrawn)
        revisions.push({
          record: withdrawn,
          note: { action: 'withdrawn', at: withdrawal.at, note: withdrawal.reason, changedFields: changedFields(previous, withdrawn) },
        });
    }
    histories.push({ revisions });
  }
  return histories;
}

function alertHistory(
  entry: DepartmentDataset['alerts'][number],
  index: number,
  departmentId: string,
  problems: ImportProblem[],
): ImportedHistory<Alert>[] {
  const at = `alerts[${index}]`;
  let current = attempt(at, 'alert', problems, () =>
    newAlert(entry.alert, { departmentId, id: entry.alert.id, now: entry.alert.issuedAt }),
  );
  if (!current) return [];
  const revisions: ImportedHistory<Alert>['revisions'][number][] = [{ record: current, note: { action: 'created', at: current.issuedAt } }];
  for (const [u, update] of (entry.updates ?? []).entries()) {
    const previous: Alert = current;
    const revised = attempt(at, `updates[${u}].alert`, problems, () => revisedAlert(previous, update.alert, update.at));
    if (!revised) return [];
    current = revised.record;
    revisions.push({ record: current, note: { action: 'updated', at: update.at, changedFields: revised.changedFields } });
  }
  const { cancellation } = entry;
  if (cancellation) {
    const previous: Alert = current;
    const cancelled = attempt(at, 'cancellation', problems, () => cancelledAlert(previous, cancellation.at, cancellation.reason));
    if (cancelled)
      revisions.push({
        record: cancelled,
        note: { action: 'withdrawn', at: cancellation.at, note: cancellation.reason, changedFields: changedFields(previous, cancelled) },
      });
  }
  return [{ revisions }];
}

const STAGE_ORDER: readonly FeedbackStage[] = vocabularies.feedbackStage.terms.map((term) => term.value);

/**
 * Feedback as it stands at the end of its recorded history: the reply and rating through the same
 * rules as the API, the stages as the dataset recorded them.
 */
function feedbackRecord(
  entry: DatasetFeedback,
  index: number,
  departmentId: string,
  context: DatasetContext,
  problems: ImportProblem[],
): { record: FeedbackRecord; change?: FeedbackChange }[] {
  const at = `feedback[${index}]`;
  const clock = (now: string) => ({ calendar: context.calendar, policy: context.feedbackPolicy, now });
  const submitted = attempt(at, 'submission', problems, () =>
    submittedFeedback({ publishConsent: true, ...entry.submission }, { ...clock(entry.submittedAt), id: entry.id, departmentId }),
  );
  if (!submitted) return [];
  let record = submitted.record;
  let change: FeedbackChange | undefined;
  const { reply, rating } = entry;
  if (reply) ({ record, change } = repliedFeedback(record, { publish: true, ...reply.reply }, reply.at));
  if (rating) {
    const rated = attempt(at, 'rating', problems, () => ratedFeedback(record, rating.rating, clock(rating.at)));
    if (!rated) return [];
    record = rated.record;
  }
  const stages = entry.stages ?? [];
  if (stages.length > 0) {
    const reached = [record.feedback.stage, ...stages.map((s) => s.stage)].reduce((a, b) =>
      STAGE_ORDER.indexOf(b) > STAGE_ORDER.indexOf(a) ? b : a,
    );
    record = {
      ...record,
      stages: stages.map((s) => ({ stage: s.stage, at: canonicalTimestamp(s.at), ...(s.note !== undefined ? { note: s.note } : {}) })),
      feedback: { ...record.feedback, stage: reached },
    };
  }
  return [{ record: { ...record, version: 1 }, ...(change ? { change } : {}) }];
}

/** Requests in the order they were received, so a per-piece fee counts the applicant's earlier ones. */
async function requestRecords(
  requests: readonly DatasetRequest[],
  departmentId: string,
  context: DatasetContext,
  problems: ImportProblem[],
): Promise<RequestRecord[]> {
  const ordered = requests
    .map((entry, index) => ({
      entry,
      index,
      receivedOn: attempt(`requests[${index}]`, 'registration', problems, () => registeredReceipt(entry.registration)),
    }))
    .filter((x): x is typeof x & { receivedOn: NonNullable<typeof x.receivedOn> } => x.receivedOn !== undefined)
    .sort((a, b) =>
      a.receivedOn.receivedOn < b.receivedOn.receivedOn ? -1 : a.receivedOn.receivedOn > b.receivedOn.receivedOn ? 1 : a.index - b.index,
    );
  const done: RequestRecord[] = [];
  for (const { entry, index, receivedOn } of ordered) {
    const at = `requests[${index}]`;
    const { registration } = entry;
    const clockAt = (now: string) => ({ calendar: context.calendar, clockOptions: context.clockOptions, now, today: NO_FUTURE_CHECK });
    const opened = attempt(at, 'registration', problems, () =>
      openedRequest(
        {
          channel: registration.channel,
          receivedOn: receivedOn.receivedOn,
          submittedAt: entry.submittedAt,
          applicant: registration.applicant,
          description: registration.description,
          form: registration.form,
          delivery: registration.delivery,
          ...(registration.titleOrDocumentNumber !== undefined ? { titleOrDocumentNumber: registration.titleOrDocumentNumber } : {}),
          ...(registration.accessibilityNeeds !== undefined ? { accessibilityNeeds: registration.accessibilityNeeds } : {}),
        },
        { ...clockAt(entry.submittedAt), trackingNumber: entry.trackingNumber, departmentId, evidencePointer: receivedOn.pointer },
      ),
    );
    if (!opened) continue;
    let record: RequestRecord | undefined = opened.record;
    for (const [e, event] of entry.events.entries()) {
      const recordedAt = instantMs(chinaMidnight(event.on)) > instantMs(entry.submittedAt) ? chinaMidnight(event.on) : entry.submittedAt;
      const current: RequestRecord = record;
      const prior: number =
        event.type === 'feeNoticeSent' && event.fee?.method === 'perPiece' ? await priorPieces(current, done, context) : 0;
      record = attempt(at, `events[${e}]`, problems, (): RequestRecord =>
        recordedEvent(current, event, { ...clockAt(recordedAt), priorPiecesThisMonth: prior }),
      );
      if (!record) break;
    }
    if (record) done.push(record);
  }
  return done;
}

async function priorPieces(record: RequestRecord, earlier: readonly RequestRecord[], context: DatasetContext): Promise<number> {
  const { request } = record;
  const number = request.applicant.identityProof.number;
  const month = request.receivedOn.slice(0, 7);
  const sameApplicant = earlier
    .map((r) => r.request)
    .filter((r) => r.applicant.identityProof.number === number && r.receivedOn.startsWith(month));
  return priorPiecesThisMonth([...(await context.storedRequestsOf(number, month)), ...sameApplicant, request], request.trackingNumber);
}
