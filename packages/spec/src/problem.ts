import type { FieldError, Problem } from './generated/openapi-types';
import { summarizeFieldErrors } from './field-errors';

/** The kinds of problem the v1 contract answers with; `type` is `urn:gongkai:problem:<kind>`. */
export const problemKinds = {
  validation: 'The request has invalid fields',
  unauthorized: 'A valid credential is required',
  forbidden: 'Forbidden',
  'not-found': 'Not found',
  conflict: 'Conflict',
  'precondition-failed': 'The resource changed since you read it',
  'payload-too-large': 'Request body too large',
  'unsupported-media-type': 'Unsupported media type',
  'not-acceptable': 'Not acceptable',
  'method-not-allowed': 'Method not allowed',
  'rule-violation': 'The request breaks a rule',
  'idempotency-key-reused': 'Idempotency-Key reused with a different body',
  'rate-limited': 'Too many requests',
  'upstream-failed': 'The department did not answer correctly',
  'upstream-timeout': 'The department did not answer in time',
  unavailable: 'Service unavailable',
  internal: 'Internal error',
} as const;

export type ProblemKind = keyof typeof problemKinds;

export interface ProblemInit {
  detail?: string;
  title?: string;
  instance?: string;
  requestId?: string;
  errors?: FieldError[];
  department?: string;
}

/** Builds an RFC 9457 problem body — the one helper every error answer goes through. */
export function problem(kind: ProblemKind, status: number, init: ProblemInit = {}): Problem {
  return {
    type: `urn:gongkai:problem:${kind}`,
    title: init.title ?? problemKinds[kind],
    status,
    ...(init.detail !== undefined ? { detail: init.detail } : {}),
    ...(init.instance !== undefined ? { instance: init.instance } : {}),
    ...(init.requestId !== undefined ? { requestId: init.requestId } : {}),
    ...(init.errors?.length ? { errors: init.errors } : {}),
    ...(init.department !== undefined ? { department: init.department } : {}),
  };
}

/** A 400 validation problem whose detail lists the first invalid fields. */
export function validationProblem(errors: FieldError[], init: Omit<ProblemInit, 'errors'> = {}): Problem {
  return problem('validation', 400, { detail: summarizeFieldErrors(errors), ...init, errors });
}

/**
 * An error that carries the problem to answer with. Thrown anywhere in a request's handling, it
 * becomes the response; anything else thrown becomes a 500 without details.
 */
export class ApiError extends Error {
  override name = 'ApiError';
  readonly headers: Record<string, string>;
  constructor(
    readonly problem: Problem,
    headers: Record<string, string> = {},
  ) {
    super(problem.detail ?? problem.title);
    this.headers = headers;
  }
  get status(): number {
    return this.problem.status;
  }
}
