import { ApiError, problem, type Problem } from '@gongkai/spec';
import type { Context } from 'koa';
import { RuleViolation, StateConflict } from '../domain-errors';
import { StoreConflictError } from '../store/disclosure-store';

/** A problem body with room for the RFC 9457 extension members we add (`rule`). */
export type ProblemBody = Problem & { rule?: string };

/** Writes a problem as `application/problem+json`, stamped with the path and the request id. */
export function sendProblem(ctx: Context, body: ProblemBody, headers: Readonly<Record<string, string>> = {}): void {
  const requestId = typeof ctx.state['requestId'] === 'string' ? ctx.state['requestId'] : undefined;
  ctx.status = body.status;
  for (const [name, value] of Object.entries(headers)) ctx.set(name, value);
  ctx.set('Cache-Control', 'no-store');
  ctx.type = 'application/problem+json';
  ctx.body = JSON.stringify({ ...body, instance: body.instance ?? ctx.path, ...(requestId ? { requestId } : {}) });
}

/**
 * The answer for anything thrown while handling a request. Errors the user can cause become 4xx
 * problems that say what to fix; anything else is a 500 without details (and `unexpected` is
 * told, for the log).
 */
export function problemFor(error: unknown, unexpected: (error: unknown) => void): { body: ProblemBody; headers: Record<string, string> } {
  if (error instanceof ApiError) return { body: error.problem, headers: error.headers };
  if (error instanceof RuleViolation) {
    return {
      body: {
        ...problem('rule-violation', 422, { title: error.title, detail: error.message, errors: [...error.errors] }),
        ...(error.rule ? { rule: error.rule } : {}),
      },
      headers: {},
    };
  }
  if (error instanceof StateConflict) return { body: problem('conflict', 409, { title: error.title, detail: error.message }), headers: {} };
  if (error instanceof StoreConflictError) {
    const pointer = error.field === 'revision' || error.field === 'version' ? undefined : `/${error.field}`;
    return {
      body: problem('conflict', 409, {
        title: 'Conflict',
        detail: error.message,
        ...(pointer ? { errors: [{ pointer, message: error.message }] } : {}),
      }),
      headers: {},
    };
  }
  unexpected(error);
  return {
    body: problem('internal', 500, { detail: 'The server failed to answer; the request id identifies it in the server log.' }),
    headers: {},
  };
}
