import type { DisclosureRequest, ReplyOutcome } from '@gongkai/spec';
import { vocabularies } from '@gongkai/spec';
import type { CalendarDate } from '../calendar/calendar-date';

/** How a request left the office's hands: answered with an outcome, or withdrawn by the applicant. */
export type RequestClosing =
  | { readonly kind: 'decided'; readonly on: CalendarDate; readonly outcome: ReplyOutcome }
  | { readonly kind: 'withdrawn'; readonly on: CalendarDate };

/**
 * When and how a request was closed, or `undefined` while it is open.
 * - Decided: `request.decision` (its `decidedOn` and `outcome`); without it, the latest `decided`
 *   event, its outcome read from `details.decision.outcome` (the `RequestEventInput` fields are
 *   stored in `details`). A `decided` event that names no outcome was still a reply: `other.other`.
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

function decisionOf(request: DisclosureRequest): RequestClosing | undefined {
  if (request.decision) return { kind: 'decided', on: request.decision.decidedOn, outcome: request.decision.outcome };
  const event = request.events.findLast((e) => e.type === 'decided');
  if (event === undefined) return undefined;
  const decision = event.details?.['decision'];
  const outcome = typeof decision === 'object' && decision !== null ? (decision as { outcome?: unknown }).outcome : undefined;
  if (outcome === undefined) return { kind: 'decided', on: event.on, outcome: 'other.other' };
  if (typeof outcome !== 'string' || vocabularies.replyOutcome.get(outcome as ReplyOutcome) === undefined) {
    throw new RangeError(
      `request ${request.trackingNumber}: the decision of ${event.on} has the outcome ${JSON.stringify(outcome)}, which is not a row of table 3`,
    );
  }
  return { kind: 'decided', on: event.on, outcome: outcome as ReplyOutcome };
}

function withdrawalOf(request: DisclosureRequest): RequestClosing | undefined {
  const event = request.events.find((e) => e.type === 'withdrawn');
  if (event) return { kind: 'withdrawn', on: event.on };
  if (request.status !== 'withdrawn') return undefined;
  const latest = request.events.reduce((on, e) => (e.on > on ? e.on : on), request.receivedOn);
  return { kind: 'withdrawn', on: latest };
}
