/** Why an event log cannot be folded into a clock; stable, for clients and translations. */
export type ClockRuleCode =
  | 'RECEIPT_MISSING'
  | 'RECEIVED_TWICE'
  | 'UNKNOWN_EVENT'
  | 'INVALID_DATE'
  | 'EVENT_BEFORE_RECEIPT'
  | 'EVENTS_OUT_OF_ORDER'
  | 'ALREADY_DECIDED'
  | 'ALREADY_WITHDRAWN'
  | 'SUPPLEMENT_REQUEST_TOO_LATE'
  | 'SUPPLEMENT_ALREADY_REQUESTED'
  | 'SUPPLEMENT_AFTER_EXTENSION'
  | 'SUPPLEMENT_NOT_REQUESTED'
  | 'AWAITING_SUPPLEMENT'
  | 'PAUSE_OPEN'
  | 'INVALID_PARTY'
  | 'CONSULTATION_ALREADY_STARTED'
  | 'CONSULTATION_NOT_STARTED'
  | 'CONSULTATION_AMBIGUOUS'
  | 'FEE_NOTICE_ALREADY_SENT'
  | 'FEE_NOT_NOTIFIED'
  | 'EXTENSION_ALREADY_GRANTED'
  | 'EXTENSION_OUT_OF_RANGE'
  | 'EXTENSION_REASON_MISSING'
  | 'EXTENSION_AFTER_DUE_DATE'
  | 'SUPPLEMENT_DEADLINE_INVALID'
  | 'DELIVERY_BEFORE_NOTICE'
  | 'REPLY_DEFERRED'
  | 'DEFERRAL_REASON_MISSING'
  | 'DEFERRAL_AFTER_DUE_DATE'
  | 'DEFERRAL_NOT_LATER'
  | 'NOT_REOPENED'
  | 'CONSULTATION_ALREADY_DELIVERED';

/**
 * An event log that breaks a statutory rule or cannot happen. The message cites the article and
 * the dates involved; the HTTP layer turns it into a 422 problem with `code` and a pointer to
 * the event at `eventIndex`.
 */
export class ClockRuleError extends Error {
  override readonly name = 'ClockRuleError';

  constructor(
    readonly code: ClockRuleCode,
    /** Index of the offending event in the log. */
    readonly eventIndex: number,
    message: string,
  ) {
    super(message);
  }
}
