import { ApiError, problem } from '@gongkai/spec';
import type { Answer } from './answer';

export interface ProblemRequest {
  /** The request path, the problem's `instance`. */
  readonly path: string;
  readonly requestId: string;
  /** Told of anything thrown that is not a problem of the request: a bug, logged with its stack. */
  readonly onUnexpected: (error: unknown) => void;
}

/**
 * Whatever a request's handling throws, as an RFC 9457 answer. An `ApiError` carries its own
 * problem and headers; an error with a 4xx `status` (as http-errors throw for a body that cannot
 * be read) is a validation or size problem; anything else is answered as a bare 500 — never a stack
 * trace, never HTML — after `onUnexpected` logged it.
 */
export function problemAnswer(error: unknown, request: ProblemRequest): Answer {
  const { path: instance, requestId } = request;
  let body;
  let headers: Record<string, string> = {};
  if (error instanceof ApiError) {
    body = { ...error.problem, instance, requestId };
    headers = { ...error.headers };
  } else if (isClientError(error)) {
    body = problem(error.status === 413 ? 'payload-too-large' : 'validation', error.status, {
      detail: error.expose ? error.message : undefined,
      instance,
      requestId,
    });
  } else {
    request.onUnexpected(error);
    body = problem('internal', 500, {
      detail: `Something went wrong on our side; quote request id ${requestId} if you report it.`,
      instance,
      requestId,
    });
  }
  return { status: body.status, headers, body: { type: 'application/problem+json', bytes: Buffer.from(JSON.stringify(body)) } };
}

function isClientError(error: unknown): error is { status: number; expose: boolean; message: string } {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}
