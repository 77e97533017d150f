/**
 * Why a department call failed, already phrased as what the gateway answers for that department
 * alone: 502 (failed or answered badly), 503 (circuit open: not called), 504 (timed out).
 */
export class UpstreamError extends Error {
  override readonly name = 'UpstreamError';
  constructor(
    readonly department: string,
    readonly status: 502 | 503 | 504,
    readonly detail: string,
    /** For 503: seconds until the gateway will try the department again. */
    readonly retryAfterSeconds?: number,
  ) {
    super(`${department}: ${detail}`);
  }
}
