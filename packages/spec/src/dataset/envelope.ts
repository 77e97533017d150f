import type { Report } from './report';
import { checkShape, isObject, type Shape } from './shape';
import { DATASET_FORMAT } from './types';

const timestamp: Shape = { schema: 'Timestamp' };
const withdrawal: Shape = { object: { at: timestamp, reason: { text: 500 } }, required: ['at', 'reason'] };
const obj = (fields: Record<string, Shape>, required: string[]): Shape => ({ object: fields, required });

/** What one entry of each kind looks like; `requires` adds what an import keeps (ids, publication times). */
const entryShapes = {
  items: obj(
    {
      item: { schema: 'ItemInput', requires: ['id', 'publishedAt'] },
      updates: { list: obj({ at: timestamp, item: { schema: 'ItemInput' } }, ['at', 'item']) },
      withdrawal,
    },
    ['item'],
  ),
  fees: obj({ fee: { schema: 'FeeInput', requires: ['id', 'publishedAt'] }, withdrawal }, ['fee']),
  budgets: obj({ budget: { schema: 'BudgetInput', requires: ['id', 'publishedAt'] } }, ['budget']),
  alerts: obj(
    {
      alert: { schema: 'AlertInput', requires: ['id', 'issuedAt'] },
      updates: { list: obj({ at: timestamp, alert: { schema: 'AlertInput' } }, ['at', 'alert']) },
      cancellation: withdrawal,
    },
    ['alert'],
  ),
  feedback: obj(
    {
      id: { schema: 'ResourceId' },
      submittedAt: timestamp,
      submission: { schema: 'FeedbackSubmission' },
      stages: { list: obj({ stage: { schema: 'FeedbackStage' }, at: timestamp, note: { text: 2000 } }, ['stage', 'at']) },
      reply: obj({ at: timestamp, reply: { schema: 'FeedbackReplyInput' } }, ['at', 'reply']),
      rating: obj({ at: timestamp, rating: { schema: 'RatingSubmission' } }, ['at', 'rating']),
    },
    ['id', 'submittedAt', 'submission'],
  ),
  requests: obj(
    {
      trackingNumber: { schema: 'ResourceId' },
      submittedAt: timestamp,
      registration: { schema: 'RequestRegistration' },
      events: { list: { schema: 'RequestEventInput' } },
    },
    ['trackingNumber', 'submittedAt', 'registration', 'events'],
  ),
} satisfies Record<string, Shape>;

export type Kind = keyof typeof entryShapes;
export const KINDS = Object.keys(entryShapes) as Kind[];

/** The entries of each kind that conform to their shape, by index; only these meet the cross-record rules. */
export type ConformingEntries = Map<Kind, Map<number, unknown>>;

/** The envelope; returns the entries of each kind that conform, for the cross-record rules. */
export function checkEnvelope(json: unknown, report: Report): { departmentId?: string; valid: ConformingEntries } {
  const valid: ConformingEntries = new Map(KINDS.map((kind) => [kind, new Map()]));
  if (!isObject(json)) {
    report.add('', 'must be a JSON object (a gongkai-dataset@1 document)');
    return { valid };
  }
  if (json['format'] !== DATASET_FORMAT) report.add('/format', `must be "${DATASET_FORMAT}"`);
  for (const field of Object.keys(json)) {
    if (field !== 'format' && field !== 'department' && !(KINDS as string[]).includes(field))
      report.add(`/${field}`, 'is not a known field');
  }
  let department = json['department'];
  if (isObject(department) && 'health' in department) {
    report.add('/department/health', 'is not part of a dataset (the gateway measures it)');
    const { health: _health, ...rest } = department;
    department = rest;
  }
  const departmentOk =
    department === undefined
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
