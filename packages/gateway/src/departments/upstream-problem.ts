import { ApiError, problem } from '@gongkai/spec';
import type { UpstreamError } from './upstream-error';

const KIND = { 502: 'upstream-failed', 503: 'unavailable', 504: 'upstream-timeout' } as const;

/** A write that failed at its department: when the client may try again if the department does not say. */
export interface FailedWrite {
  readonly retryAfterSeconds: number;
}

/**
 * The one way a department's failure becomes the client's answer, when the request needed that
 * department alone (a single resource, a write): 502 it failed or answered badly, 503 its circuit
 * is open, 504 it did not answer in time; the problem names the department. (A list still answers
 * 200 and names the department in `meta.failures`: see `failureOf`.)
 *
 * A write also says what became of it: a department that was never called, or never connected
 * to, recorded nothing (503 with `Retry-After`); one whose connection broke after the request was
 * sent, that timed out or answered badly may have recorded it, which a retry with the same
 * `Idempotency-Key` settles.
 */
export function upstreamProblem(error: UpstreamError, write?: FailedWrite): ApiError {
  const { department } = error;
  if (write && error.notCalled) {
    const retryAfter = String(error.retryAfterSeconds ?? write.retryAfterSeconds);
    return new ApiError(
      problem('unavailable', 503, {
        title: 'Department unavailable',
        detail: `${department} ${error.detail}; nothing was written. Retry in ${retryAfter} seconds.`,
        department,
      }),
      { 'Retry-After': retryAfter },
    );
  }
  const detail = write
    ? `${department} ${error.detail}; the write may or may not have been recorded. Retry with the same Idempotency-Key to get the recorded answer without filing twice.`
    : `${department} ${error.detail}.`;
  const headers: Record<string, string> = !write && error.retryAfterSeconds ? { 'Retry-After': String(error.retryAfterSeconds) } : {};
  return new ApiError(problem(KIND[error.status], error.status, { detail, department }), headers);
}
