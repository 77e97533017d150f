import type { Problem } from '@gongkai/spec';
import { ProblemError } from '../errors';
import { serverDelayMs } from './retry-delay';

/** The data of a successful answer; an error answer becomes a `ProblemError`. */
export async function unwrap<T>(pending: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await pending;
  if (response.ok) return data as T;
  // Not a problem body (a proxy's HTML page, say): RFC 9457 §4.2.1 says such a problem is `about:blank`.
  const problem: Problem = isProblem(error)
    ? error
    : { type: 'about:blank', title: response.statusText || `HTTP ${response.status}`, status: response.status };
  const waitMs = serverDelayMs(response.headers);
  throw new ProblemError(problem, waitMs === undefined ? undefined : Math.ceil(waitMs / 1000));
}

function isProblem(value: unknown): value is Problem {
  const problem = value as Partial<Problem> | null;
  return typeof problem === 'object' && problem !== null && typeof problem.title === 'string' && typeof problem.status === 'number';
}
