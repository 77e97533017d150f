import type { FeedbackReceipt, RequestReceipt } from '@gongkai/spec';

/** What the write checks filed, handed from one check to the next in `RunContext.written`. */
export interface FiledRequest {
  readonly receipt: RequestReceipt;
  readonly personal: readonly string[];
}

export interface SentFeedback {
  readonly receipt: FeedbackReceipt;
  readonly personal: readonly string[];
}

export const FILED_REQUEST = 'submitRequest';
export const SENT_FEEDBACK = 'submitFeedback';
/** Set once the write checks made a reply public, so the privacy checks read it. */
export const PUBLISHED_FEEDBACK = 'publishedFeedback';
