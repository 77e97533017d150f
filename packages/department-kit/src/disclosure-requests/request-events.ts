import { outcomeGroupOf, type FieldError, type RequestDecision, type RequestEvent, type RequestEventInput } from '@gongkai/spec';
import type { RequestClockEvent } from '../requests/request-clock-event';
import { RuleViolation } from '../domain-errors';

/** What each event type must carry besides its date. */
const REQUIRED: Partial<Record<RequestEventInput['type'], readonly (keyof RequestEventInput)[]>> = {
  supplementRequested: ['corrections', 'supplementDueOn'],
  consultationStarted: ['party'],
  extended: ['workingDays', 'reason'],
  deferred: ['deferredUntil', 'reason'],
  feeNoticeSent: ['fee'],
  decided: ['decision'],
  reDecided: ['decision'],
  remedyFiled: ['remedy'],
  remedyDecided: ['remedy'],
};

/** Which event types each optional field belongs to: anywhere else it is a mistake worth naming. */
const ONLY_FOR: Partial<Record<keyof RequestEventInput, readonly RequestEventInput['type'][]>> = {
  supplementDueOn: ['supplementRequested'],
  deliveredOn: ['consultationStarted', 'feeNoticeSent'],
  deferredUntil: ['deferred'],
};

/**
 * The payload rules the schema cannot state: each event carries what it needs (Art. 30: every
 * correction at once; Art. 33: the extension's days and reason), and every outcome but
 * `granted` states reasons, the articles relied on and the remedies (Art. 36).
 */
export function payloadErrors(input: RequestEventInput): FieldError[] {
  const errors: FieldError[] = [];
  for (const field of REQUIRED[input.type] ?? []) {
    if (input[field] === undefined) errors.push({ pointer: `/${String(field)}`, message: `is required for a "${input.type}" event` });
  }
  for (const [field, types] of Object.entries(ONLY_FOR) as [keyof RequestEventInput, RequestEventInput['type'][]][]) {
    if (input[field] !== undefined && !types.includes(input.type))
      errors.push({ pointer: `/${field}`, message: `belongs to a ${types.map((t) => `"${t}"`).join(' or ')} event, not "${input.type}"` });
  }
  if (input.deliveredOn !== undefined && input.deliveredOn < input.on)
    errors.push({ pointer: '/deliveredOn', message: `is before the notice was sent (${input.on}): a notice is received after it is sent` });
  if (input.type === 'supplementRequested' && input.corrections?.length === 0) {
    errors.push({ pointer: '/corrections', message: 'must list every correction needed, all at once (Art. 30)' });
  }
  if (input.type === 'extended' && input.reason !== undefined && input.reason.trim() === '') {
    errors.push({ pointer: '/reason', message: 'must state why the period is extended; it is notified to the applicant (Art. 33)' });
  }
  if (input.type === 'deferred' && input.reason !== undefined && input.reason.trim() === '') {
    errors.push({ pointer: '/reason', message: 'must state why the reply is deferred; it is notified to the applicant (Art. 35)' });
  }
  if (input.type === 'supplementRequested' && input.supplementDueOn !== undefined && input.supplementDueOn <= input.on) {
    errors.push({
      pointer: '/supplementDueOn',
      message: `must be after the notice (${input.on}): the applicant is given a reasonable time to supplement (Art. 30)`,
    });
  }
  if (input.type === 'remedyDecided' && input.remedy && input.remedy.result === undefined) {
    errors.push({
      pointer: '/remedy/result',
      message: 'is required when a reconsideration or lawsuit is decided (upheld, corrected or other)',
    });
  }
  const decision = input.type === 'decided' || input.type === 'reDecided' ? input.decision : undefined;
  if (decision && decision.outcome !== 'granted') {
    if (!decision.reasons?.trim())
      errors.push({
        pointer: '/decision/reasons',
        message: `is required when the outcome is "${decision.outcome}": a reply that does not grant everything states its reasons (Art. 36)`,
      });
    if (!decision.articles?.length)
      errors.push({
        pointer: '/decision/articles',
        message: `is required when the outcome is "${decision.outcome}": name the articles relied on`,
      });
    if (!decision.remedies?.length)
      errors.push({
        pointer: '/decision/remedies',
        message: `is required when the outcome is "${decision.outcome}": state the applicant's remedies (reconsideration, litigation)`,
      });
  }
  return errors;
}

export function assertPayload(input: RequestEventInput): void {
  const errors = payloadErrors(input);
  if (errors.length) throw new RuleViolation('The event is incomplete', errors);
}

/** The event as the log keeps it: the legal date, when it was recorded, and its facts in `details`. */
export function loggedEvent(input: RequestEventInput, recordedAt: string, extra: Record<string, unknown> = {}): RequestEvent {
  const details: Record<string, unknown> = {};
  if (input.corrections !== undefined) details['corrections'] = input.corrections;
  if (input.party !== undefined) details['party'] = input.party;
  if (input.workingDays !== undefined) details['workingDays'] = input.workingDays;
  if (input.reason !== undefined) details['reason'] = input.reason;
  if (input.supplementDueOn !== undefined) details['supplementDueOn'] = input.supplementDueOn;
  if (input.deliveredOn !== undefined) details['deliveredOn'] = input.deliveredOn;
  if (input.deferredUntil !== undefined) details['deferredUntil'] = input.deferredUntil;
  if (input.remedy !== undefined) details['remedy'] = input.remedy;
  Object.assign(details, extra);
  return {
    type: input.type,
    on: input.on,
    recordedAt,
    ...(input.note !== undefined ? { note: input.note } : {}),
    ...(Object.keys(details).length ? { details } : {}),
  };
}

/** The decision as the reply states it, with its outcome group. */
export function decisionOf(input: NonNullable<RequestEventInput['decision']>, decidedOn: string): RequestDecision {
  return {
    decidedOn,
    outcome: input.outcome,
    outcomeGroup: outcomeGroupOf(input.outcome),
    ...(input.reasons !== undefined ? { reasons: input.reasons } : {}),
    ...(input.articles !== undefined ? { articles: input.articles } : {}),
    ...(input.remedies !== undefined ? { remedies: input.remedies } : {}),
    ...(input.informationUrl !== undefined ? { informationUrl: input.informationUrl } : {}),
    ...(input.responsibleBody !== undefined ? { responsibleBody: input.responsibleBody } : {}),
  };
}

const dateIn = (details: Record<string, unknown>, key: string): string | undefined =>
  typeof details[key] === 'string' ? (details[key] as string) : undefined;

/** The log entry as the clock reads it. */
export function clockEventOf(event: RequestEvent): RequestClockEvent {
  const details = event.details ?? {};
  switch (event.type) {
    case 'supplementRequested': {
      const dueOn = dateIn(details, 'supplementDueOn');
      return { type: event.type, on: event.on, ...(dueOn !== undefined ? { dueOn } : {}) };
    }
    case 'consultationStarted': {
      const deliveredOn = dateIn(details, 'deliveredOn');
      return {
        type: event.type,
        on: event.on,
        party: details['party'] as 'thirdParty' | 'agency',
        ...(deliveredOn !== undefined ? { deliveredOn } : {}),
      };
    }
    case 'deferred':
      return { type: event.type, on: event.on, until: details['deferredUntil'] as string, reason: details['reason'] as string };
    case 'remedyDecided': {
      const result = (details['remedy'] as { result?: 'upheld' | 'corrected' | 'other' } | undefined)?.result;
      return { type: event.type, on: event.on, ...(result !== undefined ? { result } : {}) };
    }
    case 'consultationDelivered':
    case 'consultationEnded':
      return {
        type: event.type,
        on: event.on,
        ...(details['party'] !== undefined ? { party: details['party'] as 'thirdParty' | 'agency' } : {}),
      };
    case 'extended':
      return { type: event.type, on: event.on, workingDays: details['workingDays'] as number, reason: details['reason'] as string };
    default:
      return { type: event.type, on: event.on };
  }
}
