import { ApiError, problem } from '@gongkai/spec';
import type { CursorError } from './cursor';

/**
 * The 400 for a cursor the gateway will not resume from, naming the parameter that carried it
 * (`cursor` of a list, `since` of the changes feed). A damaged or foreign token is told in one
 * wording; one for other filters or another gateway version says so.
 */
export function cursorProblem(error: CursorError, parameter: 'cursor' | 'since'): ApiError {
  const message =
    error.code === 'badSignature' || error.code === 'malformed'
      ? 'is not one this gateway issued (it was altered, truncated, or issued before a restart without GONGKAI_CURSOR_SECRET)'
      : error.message;
  return new ApiError(
    problem('validation', 400, { detail: `${parameter}: ${message}`, errors: [{ pointer: `/query/${parameter}`, message }] }),
  );
}
