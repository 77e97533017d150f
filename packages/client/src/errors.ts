import type { FederationFailure, FieldError, Problem } from '@gongkai/spec';

// A brand instead of `instanceof` in the guards: an application that loads both the ESM and the CJS
// build (or two copies of the package) has two classes of each name, and `instanceof` would lie.
const BRAND = Symbol.for('@gongkai/client/error');

/** Every error the client throws, except the `AbortError` of an `AbortSignal` you aborted yourself. */
export class GongkaiError extends Error {
  override name = 'GongkaiError';
  readonly [BRAND] = true;
}

/**
 * The server answered with an error: the RFC 9457 problem it sent. `errors` names each invalid field
 * by JSON pointer (`/query/category`, `/applicant/contact`).
 */
export class ProblemError extends GongkaiError {
  override name = 'ProblemError';
  declare readonly status: number;
  declare readonly type: string;
  declare readonly title: string;
  declare readonly detail: string | undefined;
  declare readonly errors: readonly FieldError[];
  /** Quote it when you report the problem to the operator. */
  declare readonly requestId: string | undefined;

  constructor(
    readonly problem: Problem,
    /** The seconds the server asked to wait before trying again (`Retry-After`), when it said. */
    readonly retryAfterSeconds?: number,
  ) {
    super(problem.detail ? `${problem.title}: ${problem.detail}` : problem.title);
    const { status, type, title, detail, errors = [], requestId } = problem;
    Object.assign(this, { status, type, title, detail, errors, requestId });
  }
}

/** No answer: the connection failed (DNS, refused, reset). `cause` is the platform's error. */
export class NetworkError extends GongkaiError {
  override name = 'NetworkError';
}

/** No answer within `timeoutMs` (one attempt; retries have their own). */
export class TimeoutError extends GongkaiError {
  override name = 'TimeoutError';
  constructor(readonly timeoutMs: number) {
    super(`No answer within ${timeoutMs} ms`);
  }
}

/**
 * A walk met a partial page (some departments did not answer) and was asked to refuse it, or could
 * not move on because a department kept failing.
 */
export class PartialResultError extends GongkaiError {
  override name = 'PartialResultError';
  constructor(readonly failures: readonly FederationFailure[]) {
    super(
      `Departments did not answer: ${failures.map((f) => `${f.department} (${f.status} ${f.detail})`).join(', ') || 'the list did not move on'}`,
    );
  }
}

export const isGongkaiError = (error: unknown): error is GongkaiError =>
  typeof error === 'object' && error !== null && (error as { [BRAND]?: unknown })[BRAND] === true;

const guard =
  <T extends GongkaiError>(name: string) =>
  (error: unknown): error is T =>
    isGongkaiError(error) && error.name === name;

export const isProblemError = guard<ProblemError>('ProblemError');
export const isNetworkError = guard<NetworkError>('NetworkError');
export const isTimeoutError = guard<TimeoutError>('TimeoutError');
export const isPartialResultError = guard<PartialResultError>('PartialResultError');
