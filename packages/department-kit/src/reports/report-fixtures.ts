// Test support: small, valid records of one department for the tests of this folder.
import type {
  ApplicantType,
  Budget,
  Department,
  DisclosureItem,
  DisclosureRequest,
  ItemRevision,
  ReplyOutcome,
  RequestEvent,
} from '@gongkai/spec';
import { outcomeGroupOf } from '@gongkai/spec';

export const DEPARTMENT_ID = 'ln-finance';

export function department(overrides: Partial<Department> = {}): Department {
  return {
    id: DEPARTMENT_ID,
    name: '辽宁省财政厅',
    kind: 'governmentDepartment',
    level: 'provincial',
    division: { code: '210000', name: '辽宁省' },
    disclosureOffice: {
      name: '政务公开办公室',
      address: '沈阳市和平区北五马路8号',
      officeHours: '工作日',
      phone: '024-22000000',
      acceptedChannels: ['inPerson', 'postSigned'],
    },
    guide: { summary: '公开指南', updatedAt: '2026-01-15T09:00:00+08:00' },
    ...overrides,
  };
}

let serial = 0;

/** An item published on `publishedOn` (09:00 Beijing), at revision 1 unless said otherwise. */
export function item(overrides: Partial<DisclosureItem> & { publishedOn?: string } = {}): DisclosureItem {
  const { publishedOn = '2025-03-10', ...rest } = overrides;
  const id = rest.id ?? `${DEPARTMENT_ID}:item-${++serial}`;
  const publishedAt = `${publishedOn}T09:00:00+08:00`;
  return {
    id,
    departmentId: DEPARTMENT_ID,
    indexNumber: `11210000/${id}`,
    title: '关于印发某办法的通知',
    genre: 'normativeDocument',
    category: 'regulations',
    topics: [],
    keywords: [],
    validity: 'valid',
    issuingBody: '辽宁省财政厅',
    division: { code: '210000', name: '辽宁省' },
    level: 'provincial',
    formedAt: publishedOn,
    publishedAt,
    updatedAt: publishedAt,
    revision: 1,
    status: 'published',
    attachments: [],
    ...rest,
  };
}

/** The history of `first` through `changes`, each recorded (09:00 Beijing) on its day; returns the revisions and the current item. */
export function history(
  first: DisclosureItem,
  ...changes: { on: string; set: Partial<DisclosureItem>; action?: ItemRevision['action'] }[]
) {
  const revisions: ItemRevision[] = [{ revision: 1, action: 'created', recordedAt: first.publishedAt, item: first }];
  let current = first;
  for (const { on, set, action = set.status === 'withdrawn' ? 'withdrawn' : 'updated' } of changes) {
    const recordedAt = `${on}T09:00:00+08:00`;
    current = { ...current, ...set, revision: current.revision + 1, updatedAt: recordedAt };
    revisions.push({ revision: current.revision, action, recordedAt, changedFields: Object.keys(set), item: current });
  }
  return { revisions, item: current };
}

export function finalAccount(year: number, revenue: Budget['revenue'], overrides: Partial<Budget> = {}): Budget {
  return {
    id: `${DEPARTMENT_ID}:final-${year}`,
    departmentId: DEPARTMENT_ID,
    year,
    kind: 'finalAccount',
    title: `${year}年部门决算`,
    total: '0.00',
    revenue,
    expenditure: [],
    threePublicExpenses: {
      total: '0.00',
      travelAbroad: '0.00',
      vehicles: { total: '0.00', purchase: '0.00', operation: '0.00' },
      receptions: '0.00',
    },
    publishedAt: `${year + 1}-08-20T09:00:00+08:00`,
    updatedAt: `${year + 1}-08-20T09:00:00+08:00`,
    status: 'published',
    ...overrides,
  };
}

export interface RequestSketch {
  receivedOn: string;
  applicant?: ApplicantType;
  /** Decided on that day with that outcome. */
  decided?: { on: string; outcome: ReplyOutcome };
  withdrawnOn?: string;
  replyDueOn?: string | null;
  events?: RequestEvent[];
  fee?: DisclosureRequest['fee'];
}

/** A request of the department's log, with the events its sketch implies. */
export function request(sketch: RequestSketch): DisclosureRequest {
  const { receivedOn, applicant = 'naturalPerson', decided, withdrawnOn, replyDueOn = null, fee } = sketch;
  const at = (on: string) => `${on}T10:00:00+08:00`;
  const events: RequestEvent[] = [{ type: 'received', on: receivedOn, recordedAt: at(receivedOn) }];
  if (decided)
    events.push({ type: 'decided', on: decided.on, recordedAt: at(decided.on), details: { decision: { outcome: decided.outcome } } });
  if (withdrawnOn) events.push({ type: 'withdrawn', on: withdrawnOn, recordedAt: at(withdrawnOn) });
  events.push(...(sketch.events ?? []));
  return {
    trackingNumber: `${DEPARTMENT_ID}:YSQ-${++serial}`,
    departmentId: DEPARTMENT_ID,
    status: decided ? 'replied' : withdrawnOn ? 'withdrawn' : 'processing',
    channel: 'online',
    receivedOn,
    applicant: {
      type: applicant,
      name: '张明',
      identityProof: { kind: 'residentIdCard', number: '210102199001011234' },
      contact: { phone: '13800000000' },
    },
    description: '申请公开某文件',
    form: 'electronic',
    delivery: 'email',
    clock: {
      receivedOn,
      startedOn: receivedOn,
      workingDays: 20,
      originalDueOn: replyDueOn,
      replyDueOn,
      supplementRequestDueOn: receivedOn,
      pauses: [],
      restarts: [],
      state: decided || withdrawnOn ? 'stopped' : 'running',
      ...(decided ? { decidedOn: decided.on } : {}),
      provisional: false,
      calendarVersion: 'chinese-days@1.5.7',
    },
    events,
    ...(decided ? { decision: { decidedOn: decided.on, outcome: decided.outcome, outcomeGroup: outcomeGroupOf(decided.outcome) } } : {}),
    ...(fee ? { fee } : {}),
  };
}

/** A `remedyFiled` or `remedyDecided` event as the store keeps it: the input's `remedy` in `details`. */
export function remedyEvent(type: 'remedyFiled' | 'remedyDecided', on: string, remedy: { kind: string; result?: string }): RequestEvent {
  return { type, on, recordedAt: `${on}T10:00:00+08:00`, details: { remedy } };
}
