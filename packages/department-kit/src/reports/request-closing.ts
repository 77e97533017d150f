import type { DisclosureRequest, ReplyOutcome, RequestEvent } from '@gongkai/spec';
import { vocabularies } from '@gongkai/spec';
import type { CalendarDate } from '../calendar/calendar-date';

/** How a request left the office's hands: answered with an outcome, or withdrawn by the applicant. */
export type RequestClosing =
  | { readonly kind: 'decided'; readonly on: CalendarDate; readonly outcome: ReplyOutcome }
  | { readonly kind: 'withdrawn'; readonly on: CalendarDate };

/**
 * One handling of a request: from its receipt to its reply, or, after a reconsideration or lawsuit
 * corrected the reply (结果纠正), from that correction to the new reply (`reopened`). Table 3 counts
 * each handling: a reopened one as received on the day of the correction.
 */
export interface RequestHandling {
  readonly receivedOn: CalendarDate;
  readonly reopened: boolean;
  readonly closing?: RequestClosing;
}

/**
 * When and how a request was first closed, or `undefined` while it is open.
 * - Decided: the first `decided` event, its outcome read from `details.decision.outcome` (the
 *   `RequestEventInput` fields are stored in `details`), else `request.decision`. A `decided` event
 *   that names no outcome was still a reply: `other.other`.
 * - Withdrawn: the first `withdrawn` event; a request whose status is `withdrawn` without that
 *   event is dated by its latest event.
 * A decision counts before a withdrawal. A closing dated before the receipt date is read as the
 * receipt date, so every request is received before it is closed.
 */
export function requestClosing(request: DisclosureRequest): RequestClosing | undefined {
  const closing = decisionOf(request) ?? withdrawalOf(request);
  if (closing === undefined || closing.on >= request.receivedOn) return closing;
  return { ...closing, on: request.receivedOn };
}

/** Every handling of the request, the first from its receipt, then one per corrected decision. */
export function requestHandlings(request: DisclosureRequest): RequestHandling[] {
  const first = requestClosing(request);
  const handlings: RequestHandling[] = [{ receivedOn: request.receivedOn, reopened: false, ...(first ? { closing: first } : {}) }];
  if (first?.kind !== 'decided') return handlings;
  let reopenedOn: CalendarDate | undefined;
  for (const event of request.events) {
    if (event.on < first.on) continue;
    if (event.type === 'remedyDecided' && remedyResultOf(event) === 'corrected' && reopenedOn === undefined) reopenedOn = event.on;
    if (event.type === 'reDecided' && reopenedOn !== undefined) {
      const on = event.on < reopenedOn ? reopenedOn : event.on;
      handlings.push({ receivedOn: reopenedOn, reopened: true, closing: { kind: 'decided', on, outcome: outcomeOf(request, event) } });
      reopenedOn = undefined;
    }
  }
  if (reopenedOn !== undefined) handlings.push({ receivedOn: reopenedOn, reopened: true });
  return handlings;
}

function remedyResultOf(event: RequestEvent): unknown {
  const details = event.details ?? {};
  const remedy =
    typeof details['remedy'] === 'object' && details['remedy'] !== null ? (details['remedy'] as Record<string, unknown>) : details;
  return remedy['result'];
}

function decisionOf(request: DisclosureRequest): RequestClosing | undefined {
  const event = request.events.find((e) => e.type === 'decided');
  if (event === undefined)
    return request.decision ? { kind: 'decided', on: request.decision.decidedOn, outcome: request.decision.outcome } : undefined;
  const stated = event.details?.['decision'];
  if (stated === undefined && request.decision && !request.events.some((e) => e.type === 'reDecided'))
    return { kind: 'decided', on: request.decision.decidedOn, outcome: request.decision.outcome };
  return { kind: 'decided', on: event.on, outcome: outcomeOf(request, event) };
}

/** The outcome a `decided` or `reDecided` event states; none stated is `other.other`. */
function outcomeOf(request: DisclosureRequest, event: RequestEvent): ReplyOutcome {
  const decision = event.details?.['decision'];
  const outcome = typeof decision === 'object' && decision !== null ? (decision as { outcome?: unknown }).outcome : undefined;
  if (outcome === undefined) return 'other.other';
  if (typeof outcome !== 'string' || vocabularies.replyOutcome.get(outcome as ReplyOutcome) === undefined) {
    throw new RangeError(
      `request ${request.trackingNumber}: the decision of ${event.on} has the outcome ${JSON.stringify(outcome)}, which is not a row of table 3`,
    );
  }
  return outcome as ReplyOutcome;
}

function withdrawalOf(request: DisclosureRequest): RequestClosing | undefined {
  const event = request.events.find((e) => e.type === 'withdrawn');
  if (event) return { kind: 'withdrawn', on: event.on };
  if (request.status !== 'withdrawn') return undefined;
  const latest = request.events.reduce((on, e) => (e.on > on ? e.on : on), request.receivedOn);
  return { kind: 'withdrawn', on: latest };
}
