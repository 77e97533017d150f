import type {
  Applicant,
  ApplicationChannel,
  DeliveryMethod,
  DisclosureRequest,
  FieldError,
  InformationForm,
  ProcessingFee,
  RequestClock as ContractClock,
  RequestEvent,
  RequestEventInput,
  RequestReceipt,
  RequestStatus,
} from '@gongkai/spec';
import type { CalendarDate } from '../calendar/calendar-date';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';
import { RuleViolation } from '../domain-errors';
import { ClockRuleError, type ClockRuleCode } from '../requests/clock-rule-error';
import { computeRequestClock } from '../requests/compute-request-clock';
import type { RequestClock, RequestClockOptions } from '../requests/request-clock';
import { isOverdue } from '../requests/reply-timeliness';
import { hashToken, newAccessToken } from '../secrets/access-token';
import type { RequestRecord } from '../store/disclosure-store';
import { canonicalTimestamp, chinaDateOf } from '@gongkai/spec/china-time';
import { noticedFee } from './fee-notice';
import { assertPayload, clockEventOf, decisionOf, loggedEvent } from './request-events';

export interface RequestClockContext {
  readonly calendar: WorkingDayCalendar;
  readonly clockOptions?: RequestClockOptions;
  /** Now (RFC 3339): when the event is recorded. */
  readonly now: string;
  /** Today in China: no legal date may lie after it. */
  readonly today: CalendarDate;
}

/** What an application says (Art. 29) and how it arrived (Art. 31). */
export interface Application {
  readonly channel: ApplicationChannel;
  readonly receivedOn: CalendarDate;
  readonly submittedAt?: string;
  readonly applicant: Applicant;
  readonly description: string;
  readonly titleOrDocumentNumber?: string;
  readonly form: InformationForm;
  readonly delivery: DeliveryMethod;
  readonly accessibilityNeeds?: string;
}

/** Which pointer a clock rule concerns, for the 422 answer. */
const RULE_POINTERS: Partial<Record<ClockRuleCode, string>> = {
  EXTENSION_OUT_OF_RANGE: '/workingDays',
  EXTENSION_REASON_MISSING: '/reason',
  INVALID_PARTY: '/party',
  CONSULTATION_AMBIGUOUS: '/party',
  UNKNOWN_EVENT: '/type',
  SUPPLEMENT_DEADLINE_INVALID: '/supplementDueOn',
  DELIVERY_BEFORE_NOTICE: '/deliveredOn',
  DEFERRAL_NOT_LATER: '/deferredUntil',
  DEFERRAL_REASON_MISSING: '/reason',
  NOT_REOPENED: '/type',
};

const RULE_TITLES: Partial<Record<ClockRuleCode, string>> = {
  EXTENSION_AFTER_DUE_DATE: 'Extension refused',
  EXTENSION_ALREADY_GRANTED: 'Extension refused',
  EXTENSION_OUT_OF_RANGE: 'Extension refused',
  SUPPLEMENT_REQUEST_TOO_LATE: 'Supplement request too late',
  ALREADY_DECIDED: 'The request is already decided',
  ALREADY_WITHDRAWN: 'The request was withdrawn',
  DEFERRAL_AFTER_DUE_DATE: 'Deferral refused',
  DEFERRAL_NOT_LATER: 'Deferral refused',
  REPLY_DEFERRED: 'The reply is deferred',
};

/**
 * The statutory clock of a log at the end of `asOf`; a log that breaks a rule of the law is a
 * `RuleViolation` naming it.
 */
function clockOf(
  events: readonly RequestEvent[],
  context: Pick<RequestClockContext, 'calendar' | 'clockOptions'>,
  asOf: CalendarDate,
): RequestClock {
  try {
    return computeRequestClock(context.calendar, events.map(clockEventOf), context.clockOptions, asOf);
  } catch (error) {
    if (!(error instanceof ClockRuleError)) throw error;
    throw new RuleViolation(
      RULE_TITLES[error.code] ?? 'The event breaks a rule of the Regulations',
      [{ pointer: RULE_POINTERS[error.code] ?? '/on', message: error.message }],
      error.code,
      error.message,
    );
  }
}

/** The contract's clock: the kit's clock plus `overdue`, which depends on the day asked. */
function contractClock(clock: RequestClock, today: CalendarDate): ContractClock {
  return {
    ...clock,
    pauses: clock.pauses.map((pause) => ({ ...pause })),
    restarts: clock.restarts.map((restart) => ({ ...restart })),
    overdue: isOverdue(clock, today),
  };
}

/** Where the request stands, read from its log (the status vocabulary of the contract). */
export function requestStatus(
  events: readonly RequestEvent[],
  clock: RequestClock,
  decision: DisclosureRequest['decision'],
): RequestStatus {
  if (clock.reopened !== undefined && clock.reopened.decidedOn === undefined) return 'reopened';
  if (decision) return decision.outcome === 'other.noSupplement' || decision.outcome === 'other.feeUnpaid' ? 'abandoned' : 'replied';
  if (events.some((event) => event.type === 'withdrawn')) return 'withdrawn';
  if (clock.state === 'awaitingSupplement') return 'awaitingSupplement';
  const lastNotice = events.findLastIndex((event) => event.type === 'feeNoticeSent');
  if (lastNotice >= 0 && lastNotice > events.findLastIndex((event) => event.type === 'feePaid')) return 'awaitingFee';
  if (clock.pauses.some((pause) => pause.to === undefined && pause.reason !== 'feeNotice')) return 'consulting';
  if (clock.deferral) return 'deferred';
  if (clock.extension) return 'extended';
  return events.some((event) => event.type !== 'received' && event.type !== 'remedyFiled' && event.type !== 'remedyDecided')
    ? 'processing'
    : 'received';
}

function notInFuture(date: CalendarDate, today: CalendarDate, pointer: string): void {
  if (date > today)
    throw new RuleViolation('A date in the future', [
      { pointer, message: `is ${date}, after today (${today} in China): record what has happened` },
    ]);
}

/**
 * A new request with its receipt as the first event of its log, and the applicant's access token
 * (shown once; only its hash is kept). `evidencePointer` names the field that gave the receipt date.
 */
export function openedRequest(
  application: Application,
  context: RequestClockContext & { trackingNumber: string; departmentId: string; evidencePointer: string },
): { record: RequestRecord; accessToken: string; receipt: RequestReceipt } {
  notInFuture(application.receivedOn, context.today, context.evidencePointer);
  const events: RequestEvent[] = [
    {
      type: 'received',
      on: application.receivedOn,
      recordedAt: canonicalTimestamp(context.now),
      details: { channel: application.channel },
    },
  ];
  const clock = clockOf(events, context, chinaDateOf(context.now));
  const accessToken = newAccessToken('gk_rq_');
  const request: DisclosureRequest = {
    trackingNumber: context.trackingNumber,
    departmentId: context.departmentId,
    status: 'received',
    channel: application.channel,
    ...(application.submittedAt !== undefined ? { submittedAt: canonicalTimestamp(application.submittedAt) } : {}),
    receivedOn: application.receivedOn,
    applicant: application.applicant,
    description: application.description,
    ...(application.titleOrDocumentNumber !== undefined ? { titleOrDocumentNumber: application.titleOrDocumentNumber } : {}),
    form: application.form,
    delivery: application.delivery,
    ...(application.accessibilityNeeds !== undefined ? { accessibilityNeeds: application.accessibilityNeeds } : {}),
    clock: contractClock(clock, context.today),
    events,
  };
  const receipt: RequestReceipt = {
    trackingNumber: request.trackingNumber,
    accessToken,
    status: request.status,
    receivedOn: request.receivedOn,
    replyDueOn: clock.replyDueOn ?? clock.originalDueOn,
    provisional: clock.provisional,
    calendarVersion: clock.calendarVersion,
  };
  return { record: { request, accessTokenHash: hashToken(accessToken), version: 1 }, accessToken, receipt };
}

/** Rules that need the log as a whole rather than the clock. */
function logErrors(request: DisclosureRequest, input: RequestEventInput, clockBefore: RequestClock): FieldError[] {
  const outcome = input.type === 'decided' ? input.decision?.outcome : undefined;
  if (outcome === 'other.noSupplement' && clockBefore.state !== 'awaitingSupplement') {
    return [
      { pointer: '/decision/outcome', message: 'other.noSupplement needs a supplement that was requested and not received (Art. 30)' },
    ];
  }
  const supplementDueOn = clockBefore.supplementDueOn;
  if (outcome === 'other.noSupplement' && supplementDueOn !== undefined && input.on <= supplementDueOn) {
    return [
      {
        pointer: '/on',
        message: `the supplement notice gave the applicant until ${supplementDueOn}; the application is deemed abandoned (视为放弃) only after that (Art. 30)`,
      },
    ];
  }
  if (outcome === 'other.feeUnpaid') {
    const fee = request.fee;
    if (!fee || fee.paidOn !== undefined)
      return [{ pointer: '/decision/outcome', message: 'other.feeUnpaid needs a fee notice that is still unpaid (国办函〔2020〕109号)' }];
    if (fee.payBy !== undefined && input.on <= fee.payBy)
      return [{ pointer: '/on', message: `the applicant may pay until ${fee.payBy}; the request is deemed abandoned only after that` }];
  }
  if (input.type === 'remedyDecided' && input.remedy) {
    const kind = input.remedy.kind;
    const filed = request.events.filter(
      (event) => event.type === 'remedyFiled' && (event.details?.['remedy'] as { kind?: string } | undefined)?.kind === kind,
    ).length;
    const decided = request.events.filter(
      (event) => event.type === 'remedyDecided' && (event.details?.['remedy'] as { kind?: string } | undefined)?.kind === kind,
    ).length;
    if (decided >= filed) return [{ pointer: '/remedy/kind', message: `no ${kind} was filed that is still pending` }];
  }
  return [];
}

/**
 * The request with one more event: the law's rules are checked on the whole log (a breach is a
 * `RuleViolation` naming the rule and dates), then status, clock, fee and decision are derived
 * again from it. `priorPiecesThisMonth` is needed for a per-piece fee notice.
 */
export function recordedEvent(
  record: RequestRecord,
  input: RequestEventInput,
  context: RequestClockContext & { priorPiecesThisMonth?: number },
): RequestRecord {
  assertPayload(input);
  notInFuture(input.on, context.today, '/on');
  const before = record.request;
  const asOf = chinaDateOf(context.now);
  const clockBefore = clockOf(before.events, context, input.on > asOf ? input.on : asOf);
  const errors = logErrors(before, input, clockBefore);
  if (errors.length) throw new RuleViolation('The event does not fit the request’s history', errors);

  let fee: ProcessingFee | undefined = before.fee;
  const extra: Record<string, unknown> = {};
  if (input.type === 'feeNoticeSent' && input.fee) {
    fee = noticedFee(
      input.fee,
      input.fee.method === 'perPiece' ? (context.priorPiecesThisMonth ?? 0) : 0,
      { noticeOn: input.on, ...(input.deliveredOn !== undefined ? { deliveredOn: input.deliveredOn } : {}) },
      context.calendar,
    );
    extra['fee'] = fee;
  }
  if (input.type === 'feePaid' && fee) fee = { ...fee, paidOn: input.on };
  let decision = before.decision;
  if ((input.type === 'decided' || input.type === 'reDecided') && input.decision) {
    decision = { ...decisionOf(input.decision, input.on), ...(fee?.paidOn !== undefined ? { fee } : {}) };
    extra['decision'] = decision;
  }
  const events = [...before.events, loggedEvent(input, canonicalTimestamp(context.now), extra)];
  const clock = clockOf(events, context, input.on > asOf ? input.on : asOf);
  const { decision: _d, fee: _f, ...rest } = before;
  const request: DisclosureRequest = {
    ...rest,
    status: requestStatus(events, clock, decision),
    clock: contractClock(clock, context.today),
    events,
    ...(decision ? { decision } : {}),
    ...(fee ? { fee } : {}),
  };
  return { ...record, request, version: record.version + 1 };
}

/**
 * The request as it stands at the end of `today`: the clock computed again from its log (a
 * consultation window may have run out since the last event, and a provisional date firms up once
 * the operator adds the year's schedule), its status, and `overdue` as of `today`. With `until`,
 * only the events dated on or before `today` count: the request as it stood then.
 */
export function requestView(
  request: DisclosureRequest,
  context: Pick<RequestClockContext, 'calendar' | 'clockOptions' | 'today'> & { readonly until?: boolean },
): DisclosureRequest {
  const { today } = context;
  const events = context.until ? request.events.filter((event) => event.on <= today) : request.events;
  // A stored clock is the kit's clock plus the `overdue` of its day, which is recomputed below.
  const stored = request.clock as unknown as RequestClock;
  let clock: RequestClock;
  try {
    clock = clockOf(events, context, today);
  } catch (error) {
    // A calendar changed afterwards (a closure added) cannot make recorded history illegal:
    // the clock stays as it was computed, with the calendar version it was computed with.
    if (error instanceof RuleViolation) return { ...request, clock: contractClock(stored, today) };
    throw error;
  }
  return { ...request, status: requestStatus(events, clock, request.decision), clock: contractClock(clock, today) };
}
