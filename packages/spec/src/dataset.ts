import type { SchemaName } from './validate';
import { validateSchema } from './validate';
import { vocabularies } from './vocabularies';
import type {
  AlertInput, ApplicationChannel, BudgetInput, BudgetLine, Department, FeeInput, FeedbackReplyInput, FeedbackStage,
  FeedbackSubmission, ItemInput, Money, RatingSubmission, RequestEventInput, RequestRegistration, ResourceId, Timestamp,
} from './generated/openapi-types';

/** The one format tag this module reads; a new layout gets a new tag. */
export const DATASET_FORMAT = 'gongkai-dataset@1';

/** When and why a published record was withdrawn (it stays visible, marked). */
export interface DatasetWithdrawal { at: Timestamp; reason: string }

export interface DatasetItem {
  item: ItemInput & { id: ResourceId; publishedAt: Timestamp };
  /** Later revisions of the item, oldest first; each is the whole item as it stood then. */
  updates?: { at: Timestamp; item: ItemInput }[];
  withdrawal?: DatasetWithdrawal;
}
export interface DatasetFee { fee: FeeInput & { id: ResourceId; publishedAt: Timestamp }; withdrawal?: DatasetWithdrawal }
export interface DatasetBudget { budget: BudgetInput & { id: ResourceId; publishedAt: Timestamp } }
export interface DatasetAlert {
  alert: AlertInput & { id: ResourceId; issuedAt: Timestamp };
  /** CAP `update` messages, oldest first. */
  updates?: { at: Timestamp; alert: AlertInput }[];
  /** A CAP `cancel` (解除预警). */
  cancellation?: DatasetWithdrawal;
}
/** The generated types make a field with a schema `default` required; in input it may be left out. */
type Defaulted<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>;

export interface DatasetFeedback {
  id: ResourceId;
  submittedAt: Timestamp;
  submission: Defaulted<FeedbackSubmission, 'publishConsent'>;
  stages?: { stage: FeedbackStage; at: Timestamp; note?: string }[];
  reply?: { at: Timestamp; reply: Defaulted<FeedbackReplyInput, 'publish'> };
  rating?: { at: Timestamp; rating: RatingSubmission };
}
export interface DatasetRequest {
  trackingNumber: ResourceId;
  submittedAt: Timestamp;
  /** Carries the receipt evidence its channel needs (Art. 31); the receipt itself is not an event. */
  registration: RequestRegistration;
  /** What happened after receipt, in date order. */
  events: RequestEventInput[];
}

/** What a department imports, and what the sample departments of `npm start` load. */
export interface DepartmentDataset {
  format: typeof DATASET_FORMAT;
  department: Omit<Department, 'health'>;
  items: DatasetItem[];
  fees: DatasetFee[];
  budgets: DatasetBudget[];
  alerts: DatasetAlert[];
  feedback: DatasetFeedback[];
  requests: DatasetRequest[];
}

/** One thing wrong with a dataset: the record and field (`items[3].item.documentNumber`) and the rule. */
export interface DatasetError { path: string; message: string; source?: string }

export type DatasetValidationResult = { ok: true; dataset: DepartmentDataset } | { ok: false; errors: DatasetError[] };

// ---- the envelope: a small shape language whose leaves are the contract's schemas ----

type Shape =
  | { schema: SchemaName; requires?: string[] }
  | { text: number }
  | { object: Record<string, Shape>; required: string[] }
  | { list: Shape };

const timestamp: Shape = { schema: 'Timestamp' };
const withdrawal: Shape = { object: { at: timestamp, reason: { text: 500 } }, required: ['at', 'reason'] };
const obj = (fields: Record<string, Shape>, required: string[]): Shape => ({ object: fields, required });

const entryShapes = {
  items: obj({
    item: { schema: 'ItemInput', requires: ['id', 'publishedAt'] },
    updates: { list: obj({ at: timestamp, item: { schema: 'ItemInput' } }, ['at', 'item']) },
    withdrawal,
  }, ['item']),
  fees: obj({ fee: { schema: 'FeeInput', requires: ['id', 'publishedAt'] }, withdrawal }, ['fee']),
  budgets: obj({ budget: { schema: 'BudgetInput', requires: ['id', 'publishedAt'] } }, ['budget']),
  alerts: obj({
    alert: { schema: 'AlertInput', requires: ['id', 'issuedAt'] },
    updates: { list: obj({ at: timestamp, alert: { schema: 'AlertInput' } }, ['at', 'alert']) },
    cancellation: withdrawal,
  }, ['alert']),
  feedback: obj({
    id: { schema: 'ResourceId' },
    submittedAt: timestamp,
    submission: { schema: 'FeedbackSubmission' },
    stages: { list: obj({ stage: { schema: 'FeedbackStage' }, at: timestamp, note: { text: 2000 } }, ['stage', 'at']) },
    reply: obj({ at: timestamp, reply: { schema: 'FeedbackReplyInput' } }, ['at', 'reply']),
    rating: obj({ at: timestamp, rating: { schema: 'RatingSubmission' } }, ['at', 'rating']),
  }, ['id', 'submittedAt', 'submission']),
  requests: obj({
    trackingNumber: { schema: 'ResourceId' },
    submittedAt: timestamp,
    registration: { schema: 'RequestRegistration' },
    events: { list: { schema: 'RequestEventInput' } },
  }, ['trackingNumber', 'submittedAt', 'registration', 'events']),
} satisfies Record<string, Shape>;

type Kind = keyof typeof entryShapes;
const KINDS = Object.keys(entryShapes) as Kind[];

class Report {
  readonly errors: DatasetError[] = [];
  add(pointer: string, message: string): void {
    this.errors.push({ path: pathOf(pointer), message });
  }
}

/** `/items/3/item/documentNumber` → `items[3].item.documentNumber`. */
export function pathOf(pointer: string): string {
  let path = '';
  for (const raw of pointer.split('/').slice(1)) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (/^\d+$/.test(segment)) path += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) path += path ? `.${segment}` : segment;
    else path += `[${JSON.stringify(segment)}]`;
  }
  return path;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Checks `value` against `shape`, reporting every error; true when it conforms. */
function checkShape(value: unknown, shape: Shape, pointer: string, report: Report): boolean {
  if ('schema' in shape) {
    const result = validateSchema(shape.schema, value, pointer);
    if (!result.ok) {
      for (const error of result.errors) report.add(error.pointer, error.message);
      return false;
    }
    const missing = (shape.requires ?? []).filter((field) => (value as Record<string, unknown>)[field] === undefined);
    for (const field of missing) report.add(`${pointer}/${field}`, 'is required in a dataset (an import keeps its ids and publication times)');
    return missing.length === 0;
  }
  if ('text' in shape) {
    const ok = typeof value === 'string' && value.trim().length > 0 && value.length <= shape.text;
    if (!ok) report.add(pointer, `must be a non-empty string of at most ${shape.text} characters`);
    return ok;
  }
  if ('list' in shape) {
    if (!Array.isArray(value)) {
      report.add(pointer, 'must be an array');
      return false;
    }
    return value.map((element, index) => checkShape(element, shape.list, `${pointer}/${index}`, report)).every(Boolean);
  }
  if (!isObject(value)) {
    report.add(pointer, 'must be an object');
    return false;
  }
  let ok = true;
  for (const field of shape.required) {
    if (value[field] === undefined) {
      report.add(`${pointer}/${field}`, 'is required');
      ok = false;
    }
  }
  for (const [field, fieldValue] of Object.entries(value)) {
    const fieldShape = shape.object[field];
    if (!fieldShape) {
      report.add(`${pointer}/${field}`, 'is not a known field');
      ok = false;
    } else if (fieldValue !== undefined) {
      ok = checkShape(fieldValue, fieldShape, `${pointer}/${field}`, report) && ok;
    }
  }
  return ok;
}

/** The envelope; returns the entries of each kind that conform, for the cross-record rules. */
function checkEnvelope(json: unknown, report: Report): { departmentId?: string; valid: Map<Kind, Map<number, unknown>> } {
  const valid = new Map<Kind, Map<number, unknown>>(KINDS.map((kind) => [kind, new Map()]));
  if (!isObject(json)) {
    report.add('', 'must be a JSON object (a gongkai-dataset@1 document)');
    return { valid };
  }
  if (json['format'] !== DATASET_FORMAT) report.add('/format', `must be "${DATASET_FORMAT}"`);
  for (const field of Object.keys(json)) {
    if (field !== 'format' && field !== 'department' && !(KINDS as string[]).includes(field)) report.add(`/${field}`, 'is not a known field');
  }
  let department = json['department'];
  if (isObject(department) && 'health' in department) {
    report.add('/department/health', 'is not part of a dataset (the gateway measures it)');
    const { health: _health, ...rest } = department;
    department = rest;
  }
  const departmentOk = department === undefined
    ? (report.add('/department', 'is required'), false)
    : checkShape(department, { schema: 'Department' }, '/department', report);
  for (const kind of KINDS) {
    const entries = json[kind];
    if (!Array.isArray(entries)) {
      report.add(`/${kind}`, entries === undefined ? 'is required (an empty array when there is nothing)' : 'must be an array');
      continue;
    }
    entries.forEach((entry, index) => {
      if (checkShape(entry, entryShapes[kind], `/${kind}/${index}`, report)) valid.get(kind)?.set(index, entry);
    });
  }
  return { departmentId: departmentOk && isObject(department) ? String(department['id']) : undefined, valid };
}

// ---- cross-record rules ----

const instant = (timestamp: string): number => Date.parse(timestamp);
/** The calendar date of an instant in China (UTC+8), where every deadline is counted. */
export const chinaDate = (timestamp: string): string => new Date(instant(timestamp) + 8 * 3_600_000).toISOString().slice(0, 10);

/** Which registration field carries the legal receipt date on each channel (Art. 31; RequestRegistration). */
const RECEIPT_EVIDENCE: Record<ApplicationChannel, keyof RequestRegistration> = {
  inPerson: 'submittedOn', oral: 'submittedOn', postSigned: 'signedForOn', postUnsigned: 'confirmedOn',
  online: 'confirmedOn', fax: 'confirmedOn', email: 'systemReceivedOn',
};

/** The legal receipt date of a request (Art. 31), or undefined when its evidence is missing. */
export function receivedOnOf(registration: RequestRegistration): string | undefined {
  return registration[RECEIPT_EVIDENCE[registration.channel]] as string | undefined;
}

/** Checks that each timed step comes strictly after the one before it (`label` names what it must follow). */
function inOrder(report: Report, start: { at: string; label: string }, steps: { pointer: string; at: string; label: string }[]): void {
  let previous = start;
  for (const step of steps) {
    if (instant(step.at) <= instant(previous.at)) report.add(step.pointer, `must be after ${previous.label} (${previous.at})`);
    previous = step;
  }
}

function checkIds(departmentId: string, valid: Map<Kind, Map<number, unknown>>, report: Report): void {
  const idOf: Record<Kind, [string, (entry: never) => string]> = {
    items: ['/item/id', (e: DatasetItem) => e.item.id],
    fees: ['/fee/id', (e: DatasetFee) => e.fee.id],
    budgets: ['/budget/id', (e: DatasetBudget) => e.budget.id],
    alerts: ['/alert/id', (e: DatasetAlert) => e.alert.id],
    feedback: ['/id', (e: DatasetFeedback) => e.id],
    requests: ['/trackingNumber', (e: DatasetRequest) => e.trackingNumber],
  };
  for (const kind of KINDS) {
    const [suffix, read] = idOf[kind];
    const seen = new Map<string, number>();
    for (const [index, entry] of valid.get(kind) ?? []) {
      const id = read(entry as never);
      const pointer = `/${kind}/${index}${suffix}`;
      if (!id.startsWith(`${departmentId}:`)) report.add(pointer, `must start with "${departmentId}:" (every id a department issues carries its prefix)`);
      const first = seen.get(id);
      if (first !== undefined) report.add(pointer, `duplicates the id of ${kind}[${first}] (ids are unique per kind)`);
      else seen.set(id, index);
    }
  }
}

/** Links may point at any item of the dataset, even one with errors of its own (reported elsewhere). */
function itemIdsOf(json: unknown): Set<unknown> {
  const items = isObject(json) && Array.isArray(json['items']) ? (json['items'] as unknown[]) : [];
  return new Set(items.map((entry) => (isObject(entry) && isObject(entry['item']) ? entry['item']['id'] : undefined)));
}

function checkItems(entries: Map<number, unknown>, ids: Set<unknown>, departmentId: string, report: Report): void {
  for (const [index, raw] of entries) {
    const { item, updates = [], withdrawal } = raw as DatasetItem;
    const at = `/items/${index}`;
    if (chinaDate(item.publishedAt) < item.formedAt) report.add(`${at}/item/publishedAt`, `must not be before the item was formed (${item.formedAt})`);
    for (const link of ['interpretationId', 'interpretsId'] as const) {
      const target = item[link];
      if (target?.startsWith(`${departmentId}:`) && !ids.has(target)) report.add(`${at}/item/${link}`, `links to ${target}, which is not an item of this dataset`);
    }
    updates.forEach((update, u) => {
      if (update.item.id !== undefined && update.item.id !== item.id) report.add(`${at}/updates/${u}/item/id`, `must be the item's id ${item.id} (an update revises the same item)`);
    });
    const steps = updates.map((update, u) => ({ pointer: `${at}/updates/${u}/at`, at: update.at, label: `the revision before it` }));
    if (withdrawal) steps.push({ pointer: `${at}/withdrawal/at`, at: withdrawal.at, label: 'the withdrawal' });
    inOrder(report, { at: item.publishedAt, label: 'the publication' }, steps);
  }
}

function checkFees(entries: Map<number, unknown>, report: Report): void {
  for (const [index, raw] of entries) {
    const { fee, withdrawal } = raw as DatasetFee;
    if (fee.validTo !== undefined && fee.validTo < fee.validFrom) report.add(`/fees/${index}/fee/validTo`, `must not be before validFrom (${fee.validFrom})`);
    if (withdrawal) inOrder(report, { at: fee.publishedAt, label: 'the publication' }, [{ pointer: `/fees/${index}/withdrawal/at`, at: withdrawal.at, label: '' }]);
  }
}

const fen = (money: Money): bigint => BigInt(money.replace('.', ''));
const yuan = (amount: bigint): string => {
  const sign = amount < 0n ? '-' : '';
  const abs = amount < 0n ? -amount : amount;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
};
const sum = (lines: BudgetLine[]): bigint => lines.reduce((total, line) => total + fen(line.amount), 0n);

function checkBudgets(entries: Map<number, unknown>, report: Report): void {
  const seen = new Map<string, number>();
  for (const [index, raw] of entries) {
    const { budget } = raw as DatasetBudget;
    const at = `/budgets/${index}/budget`;
    const classes = sum(budget.expenditure.filter((line) => line.code.length === 3));
    if (classes !== fen(budget.total)) report.add(`${at}/total`, `must equal the sum of the 3-digit expenditure lines (${yuan(classes)})`);
    const three = budget.threePublicExpenses;
    const vehicles = fen(three.vehicles.purchase) + fen(three.vehicles.operation);
    if (vehicles !== fen(three.vehicles.total)) report.add(`${at}/threePublicExpenses/vehicles/total`, `must equal purchase + operation (${yuan(vehicles)})`);
    const total = fen(three.travelAbroad) + fen(three.vehicles.total) + fen(three.receptions);
    if (total !== fen(three.total)) report.add(`${at}/threePublicExpenses/total`, `must equal travelAbroad + vehicles.total + receptions (${yuan(total)})`);
    const key = `${budget.year} ${budget.kind}`;
    const first = seen.get(key);
    if (first !== undefined) report.add(`${at}/kind`, `duplicates the ${budget.year} ${budget.kind} of budgets[${first}] (one per year and kind)`);
    else seen.set(key, index);
  }
}

function checkAlerts(entries: Map<number, unknown>, report: Report): void {
  for (const [index, raw] of entries) {
    const { alert, updates = [], cancellation } = raw as DatasetAlert;
    const at = `/alerts/${index}`;
    if (instant(alert.expiresAt) <= instant(alert.issuedAt)) report.add(`${at}/alert/expiresAt`, `must be after issuedAt (${alert.issuedAt})`);
    updates.forEach((update, u) => {
      if (update.alert.id !== undefined && update.alert.id !== alert.id) report.add(`${at}/updates/${u}/alert/id`, `must be the alert's id ${alert.id} (an update revises the same alert)`);
    });
    const steps = updates.map((update, u) => ({ pointer: `${at}/updates/${u}/at`, at: update.at, label: 'the update before it' }));
    if (cancellation) steps.push({ pointer: `${at}/cancellation/at`, at: cancellation.at, label: 'the cancellation' });
    inOrder(report, { at: alert.issuedAt, label: 'the issue' }, steps);
  }
}

/** The closed loop 受理 → 调度 → 办理 → 回复 → 督办 → 办结 → 回访 → 评价, in the contract's order. */
const STAGE_ORDER: FeedbackStage[] = vocabularies.feedbackStage.terms.map((term) => term.value);

function checkFeedback(entries: Map<number, unknown>, departmentId: string, report: Report): void {
  for (const [index, raw] of entries) {
    const { submittedAt, submission, stages = [], reply, rating } = raw as DatasetFeedback;
    const at = `/feedback/${index}`;
    if (submission.departmentId !== departmentId) report.add(`${at}/submission/departmentId`, `must be the dataset's department "${departmentId}"`);
    const start = { at: submittedAt, label: 'the submission' };
    inOrder(report, start, stages.map((stage, s) => ({ pointer: `${at}/stages/${s}/at`, at: stage.at, label: `the "${stage.stage}" stage` })));
    stages.forEach((stage, s) => {
      const before = stages[s - 1];
      if (before && STAGE_ORDER.indexOf(stage.stage) <= STAGE_ORDER.indexOf(before.stage)) {
        report.add(`${at}/stages/${s}/stage`, `must come later in the loop ${STAGE_ORDER.join(' → ')} than "${before.stage}"`);
      }
    });
    if (reply) inOrder(report, start, [{ pointer: `${at}/reply/at`, at: reply.at, label: '' }]);
    if (rating && !reply) report.add(`${at}/rating`, 'needs a reply to rate (好差评 rates the reply)');
    if (rating && reply) inOrder(report, { at: reply.at, label: 'the reply' }, [{ pointer: `${at}/rating/at`, at: rating.at, label: '' }]);
  }
}

/** Each event type carries what it needs; every non-granted decision gives reasons, articles and remedies. */
function checkEventPayload(event: RequestEventInput, pointer: string, report: Report): void {
  const needs: Partial<Record<RequestEventInput['type'], (keyof RequestEventInput)[]>> = {
    decided: ['decision'], feeNoticeSent: ['fee'], remedyFiled: ['remedy'], remedyDecided: ['remedy'],
    extended: ['workingDays', 'reason'], consultationStarted: ['party'], supplementRequested: ['corrections'],
  };
  for (const field of needs[event.type] ?? []) {
    if (event[field] === undefined) report.add(`${pointer}/${String(field)}`, `is required for a "${event.type}" event`);
  }
  const decision = event.decision;
  if (event.type === 'decided' && decision && decision.outcome !== 'granted') {
    for (const field of ['reasons', 'articles', 'remedies'] as const) {
      const value = decision[field];
      if (value === undefined || value.length === 0) report.add(`${pointer}/decision/${field}`, `is required when the outcome is not "granted" (the reply states reasons, articles and remedies)`);
    }
  }
}

function checkRequests(entries: Map<number, unknown>, report: Report): void {
  for (const [index, raw] of entries) {
    const { submittedAt, registration, events } = raw as DatasetRequest;
    const at = `/requests/${index}`;
    const receivedOn = receivedOnOf(registration);
    const field = RECEIPT_EVIDENCE[registration.channel];
    if (receivedOn === undefined) {
      report.add(`${at}/registration/${field}`, `is required: it is the receipt date of a request received by ${registration.channel} (Art. 31)`);
      continue;
    }
    if (receivedOn < chinaDate(submittedAt)) report.add(`${at}/registration/${field}`, `must not be before the submission (${chinaDate(submittedAt)})`);
    let previous = receivedOn;
    events.forEach((event, e) => {
      const pointer = `${at}/events/${e}`;
      checkEventPayload(event, pointer, report);
      if (event.on < receivedOn) report.add(`${pointer}/on`, `must not be before the receipt on ${receivedOn} (Art. 31)`);
      else if (event.on < previous) report.add(`${pointer}/on`, `must not be before the event before it (${previous}): events are in date order`);
      previous = event.on > previous ? event.on : previous;
    });
  }
}

/**
 * Validates a department dataset (`gongkai-dataset@1`), parsed or as JSON text: the envelope, every
 * record against its v1 schema, and the rules across records — ids carry the department's prefix
 * and are unique per kind, revisions and withdrawals follow publication in order, request events
 * follow receipt in date order, replies follow what they answer, budgets add up. Every error
 * names the record and field (`items[3].item.documentNumber`) and the rule; `source` (a file
 * name) is copied onto each error.
 */
export function validateDataset(json: unknown, source?: string): DatasetValidationResult {
  const report = new Report();
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch (error) {
      report.add('', `is not valid JSON: ${(error as Error).message}`);
    }
  }
  if (report.errors.length === 0) {
    const { departmentId, valid } = checkEnvelope(value, report);
    if (departmentId !== undefined) {
      checkIds(departmentId, valid, report);
      checkItems(valid.get('items') ?? new Map(), itemIdsOf(value), departmentId, report);
      checkFeedback(valid.get('feedback') ?? new Map(), departmentId, report);
    }
    checkFees(valid.get('fees') ?? new Map(), report);
    checkBudgets(valid.get('budgets') ?? new Map(), report);
    checkAlerts(valid.get('alerts') ?? new Map(), report);
    checkRequests(valid.get('requests') ?? new Map(), report);
  }
  if (report.errors.length > 0) {
    return { ok: false, errors: source === undefined ? report.errors : report.errors.map((error) => ({ ...error, source })) };
  }
  return { ok: true, dataset: value as DepartmentDataset };
}
