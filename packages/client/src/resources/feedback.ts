import type { Feedback, FeedbackList, FeedbackReceipt, FeedbackSubmission, Rating, RatingSubmission } from '@gongkai/spec';
import { walk, type WalkOptions } from '../pagination/walk';
import type { CallOptions } from '../transport/client-options';
import type { Transport } from '../transport/create-transport';
import { unwrap } from '../transport/unwrap';
import { newIdempotencyKey } from '../transport/idempotency-key';
import type { QueryOf } from '../types';

export type FeedbackQuery = QueryOf<'listFeedback'>;

export interface SubmitOptions extends CallOptions {
  /** The key that makes retries safe; one is generated for each `submit` when you give none. */
  readonly idempotencyKey?: string;
}

/** Public feedback, the departments' public replies and ratings (好差评). */
export interface FeedbackResource {
  /** One page of the feedback its submitters allowed to publish, newest first. Never a submitter's identity. */
  list(query?: FeedbackQuery, options?: CallOptions): Promise<FeedbackList>;
  iterate(query?: FeedbackQuery, options?: WalkOptions): AsyncGenerator<Feedback, void, undefined>;
  get(feedbackId: string, options?: CallOptions): Promise<Feedback>;
  /**
   * Sends feedback to a department. Retried with one `Idempotency-Key`, so it is recorded once.
   * Keep the receipt's `accessToken`: it is shown once and lets you rate the reply.
   */
  submit(feedback: FeedbackSubmission, options?: SubmitOptions): Promise<FeedbackReceipt>;
  /** Rates the reply with the feedback's access token. A rating cannot be changed (409), so it is never retried. */
  rate(feedbackId: string, accessToken: string, rating: RatingSubmission, options?: CallOptions): Promise<Rating>;
}

export function feedbackResource(t: Transport): FeedbackResource {
  const list: FeedbackResource['list'] = (query, options) => unwrap(t.api.GET('/v1/feedback', { params: { query }, ...options }));
  return {
    list,
    iterate: (query, options) => walk((cursor) => list({ ...query, cursor }, options), options, query?.cursor),
    get: (feedbackId, options) => unwrap(t.api.GET('/v1/feedback/{feedbackId}', { params: { path: { feedbackId } }, ...options })),
    submit: (body, options) =>
      unwrap(
        t.api.POST('/v1/feedback', {
          params: { header: { 'Idempotency-Key': options?.idempotencyKey ?? newIdempotencyKey() } },
          body,
          ...options,
        }),
      ),
    rate: (feedbackId, accessToken, body, options) =>
      unwrap(
        t.api.POST('/v1/feedback/{feedbackId}/rating', {
          params: { path: { feedbackId } },
          headers: { Authorization: `Bearer ${accessToken}` },
          body,
          ...options,
        }),
      ),
  };
}
