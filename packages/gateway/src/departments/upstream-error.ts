/**
 * Why a department call failed, already phrased as what the gateway answers for that department
 * alone: 502 (unreachable, the connection lost mid-request, or answered badly), 503 (circuit
 * open: not called), 504 (timed out). `reason` tells a write whether the department may have
 * recorded it: `unreachable` means no connection was made, so not a byte of the request was sent;
 * `interrupted` means the connection broke after the request (or part of it) went out.
 */
export type UpstreamFailure = 'unreachable' | 'interrupted' | 'circuitOpen' | 'timeout' | 'badAnswer';

const STATUS: Record<UpstreamFailure, 502 | 503 | 504> = {
  unreachable: 502,
  interrupted: 502,
  circuitOpen: 503,
  timeout: 504,
  badAnswer: 502,
};

export class UpstreamError extends Error {
  override readonly name = 'UpstreamError';
  readonly status: 502 | 503 | 504;

  constructor(
    readonly department: string,
    readonly reason: UpstreamFailure,
    readonly detail: string,
    /** For an open circuit: seconds until the gateway will try the department again. */
    readonly retryAfterSeconds?: number,
  ) {
    super(`${department}: ${detail}`);
    this.status = STATUS[reason];
  }

  /** Whether the department certainly did not process the request. */
  get notCalled(): boolean {
    return this.reason === 'unreachable' || this.reason === 'circuitOpen';
  }
}
