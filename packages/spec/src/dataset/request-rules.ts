import type { RequestEventInput } from '../generated/openapi-types';
import { RECEIPT_EVIDENCE, receivedOnOf } from '../receipt-evidence';
import type { Report } from './report';
import { chinaDateOf } from '../china-time';
import type { DatasetRequest } from './types';

/** Each event type carries what it needs; every non-granted decision gives reasons, articles and remedies. */
function checkEventPayload(event: RequestEventInput, pointer: string, report: Report): void {
  const needs: Partial<Record<RequestEventInput['type'], (keyof RequestEventInput)[]>> = {
    decided: ['decision'],
    feeNoticeSent: ['fee'],
    remedyFiled: ['remedy'],
    remedyDecided: ['remedy'],
    extended: ['workingDays', 'reason'],
    deferred: ['deferredUntil', 'reason'],
    reDecided: ['decision'],
    consultationStarted: ['party'],
    // Art. 30: the notice states a reasonable deadline; "deemed abandoned" is judged against it.
    supplementRequested: ['corrections', 'supplementDueOn'],
  };
  for (const field of needs[event.type] ?? []) {
    if (event[field] === undefined) report.add(`${pointer}/${String(field)}`, `is required for a "${event.type}" event`);
  }
  const decision = event.decision;
  if ((event.type === 'decided' || event.type === 'reDecided') && decision && decision.outcome !== 'granted') {
    for (const field of ['reasons', 'articles', 'remedies'] as const) {
      const value = decision[field];
      if (value === undefined || value.length === 0)
        report.add(
          `${pointer}/decision/${field}`,
          `is required when the outcome is not "granted" (the reply states reasons, articles and remedies)`,
        );
    }
  }
}

/** A request is received (Art. 31) no earlier than submitted, and its events follow the receipt in date order. */
export function checkRequests(entries: Map<number, unknown>, report: Report): void {
  for (const [index, raw] of entries) {
    const { submittedAt, registration, events } = raw as DatasetRequest;
    const at = `/requests/${index}`;
    const receivedOn = receivedOnOf(registration);
    const field = RECEIPT_EVIDENCE[registration.channel];
    if (receivedOn === undefined) {
      report.add(
        `${at}/registration/${field}`,
        `is required: it is the receipt date of a request received by ${registration.channel} (Art. 31)`,
      );
      continue;
    }
    if (receivedOn < chinaDateOf(submittedAt))
      report.add(`${at}/registration/${field}`, `must not be before the submission (${chinaDateOf(submittedAt)})`);
    let previous = receivedOn;
    events.forEach((event, e) => {
      const pointer = `${at}/events/${e}`;
      checkEventPayload(event, pointer, report);
      if (event.on < receivedOn) report.add(`${pointer}/on`, `must not be before the receipt on ${receivedOn} (Art. 31)`);
      else if (event.on < previous)
        report.add(`${pointer}/on`, `must not be before the event before it (${previous}): events are in date order`);
      previous = event.on > previous ? event.on : previous;
    });
  }
}
