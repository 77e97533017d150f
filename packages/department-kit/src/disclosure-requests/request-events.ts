import { outcomeGroupOf, type FieldError, type RequestDecision, type RequestEvent, type RequestEventInput } from '@gongkai/spec';
import type { RequestClockEvent } from '../requests/request-clock-event';
import { RuleViolation } from '../domain-errors';

/** What each event type must carry besides its date. */
const REQUIRED: Partial<Record<RequestEventInput['type'], readonly (keyof RequestEventInput)[]>> = {
  supplementRequested: ['corrections'],
  consultationStarted: ['party'],
  extended: ['workingDays', 'reason'],
  feeNoticeSent: ['fee'],
  decided: ['decision'],
  remedyFiled: ['remedy'],
  remedyDecided: ['remedy'],
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
  if (input.type === 'supplementRequested' && input.corrections?.length === 0) {
    errors.push({ pointer: '/corrections', message: 'must list every correction needed, all at once (Art. 30)' });
  }
  if (input.type === 'extended' && input.reason !== undefined && input.reason.trim() === '') {
    errors.push({ pointer: '/reason', message: 'must state why the period is extended; it is notified to the applicant (Art. 33)' });
  }
  if (input.type === 'remedyDecided' && input.remedy && input.remedy.result === undefined) {
    errors.push({
      pointer: '/remedy/result',
      message: 'is required when a reconsideration or lawsuit is decided (upheld, corrected or other)',
    });
  }
  const decision = input.type === 'decided' ? input.decision : undefined;
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

/** The log entry as the clock reads it. */
export function clockEventOf(event: RequestEvent): RequestClockEvent {
  const details = event.details ?? {};
  switch (event.type) {
    case 'consultationStarted':
      return { type: event.type, on: event.on, party: details['party'] as 'thirdParty' | 'agency' };
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
