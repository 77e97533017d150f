import type { DisclosureRequest, RequestReceipt, RequestSubmission } from '@gongkai/spec';
import type { CallOptions } from '../transport/client-options';
import type { Transport } from '../transport/create-transport';
import { unwrap } from '../transport/unwrap';
import { newIdempotencyKey } from '../transport/idempotency-key';
import type { SubmitOptions } from './feedback';

/** Disclosure on request (Art. 27–45), with the statutory clock. */
export interface RequestsResource {
  /**
   * Files a disclosure request. Retried with one `Idempotency-Key`, so it is filed once. The receipt
   * holds the tracking number, the access token (shown once: keep it), the legal receipt date and
   * the reply due date (20 working days, Art. 33).
   */
  submit(request: RequestSubmission, options?: SubmitOptions): Promise<RequestReceipt>;
  /** The request as its applicant sees it: status, clock, events, decision. A wrong token is 404, like an unknown number. */
  status(trackingNumber: string, accessToken: string, options?: CallOptions): Promise<DisclosureRequest>;
}

export function requestsResource(t: Transport): RequestsResource {
  return {
    submit: (body, options) =>
      unwrap(
        t.api.POST('/v1/requests', {
          params: { header: { 'Idempotency-Key': options?.idempotencyKey ?? newIdempotencyKey() } },
          body,
          ...options,
        }),
      ),
    status: (trackingNumber, accessToken, options) =>
      unwrap(
        t.api.GET('/v1/requests/{trackingNumber}', {
          params: { path: { trackingNumber } },
          headers: { Authorization: `Bearer ${accessToken}` },
          ...options,
        }),
      ),
  };
}
