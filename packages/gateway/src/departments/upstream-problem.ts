import { ApiError, problem } from '@gongkai/spec';
import type { UpstreamError } from './upstream-error';

/** Turns a department failure into the problem the client gets for a single resource (502/503/504). */
export function upstreamProblem(error: UpstreamError): ApiError {
  const kind = error.status === 504 ? 'upstream-timeout' : error.status === 503 ? 'unavailable' : 'upstream-failed';
  const headers: Record<string, string> = error.retryAfterSeconds ? { 'Retry-After': String(error.retryAfterSeconds) } : {};
  return new ApiError(
    problem(kind, error.status, { detail: `${error.department} ${error.detail}.`, department: error.department }),
    headers,
  );
}
