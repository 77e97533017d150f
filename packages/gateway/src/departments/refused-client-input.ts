import { ApiError, problem, validateSchema } from '@gongkai/spec';
import type { DepartmentResponse } from './department-client';

type Problem = ApiError['problem'];

/** The statuses with which a department refuses what the client sent, rather than failing. */
const CLIENT_INPUT_STATUSES = new Set([400, 422]);

/**
 * Parameters the gateway writes itself when it calls a department (its position from the
 * gateway's cursor, the page size it asks for): a department refusing only these refused the
 * gateway, not the client, and has failed for this page like any other bad answer.
 */
const GATEWAY_WRITTEN = new Set(['/query/cursor', '/query/since', '/query/limit']);

/**
 * A department's refusal of the client's input, as the client's own error: the request was bad,
 * not the department, so it is answered as a 4xx (the department's problem, naming the field)
 * instead of a partial list or a 502, and it never counts against the department's circuit (the
 * department client only rejects for 5xx and network failures). Undefined for any other answer.
 */
export function refusedClientInput(department: string, response: DepartmentResponse): ApiError | undefined {
  if (!CLIENT_INPUT_STATUSES.has(response.status)) return undefined;
  const refusal = departmentProblem(department, response);
  const pointers = (refusal.errors ?? []).map((error) => error.pointer);
  if (pointers.length > 0 && pointers.every((pointer) => GATEWAY_WRITTEN.has(pointer))) return undefined;
  return new ApiError(refusal);
}

function departmentProblem(department: string, response: DepartmentResponse): Problem {
  try {
    const parsed = JSON.parse(response.body.toString('utf8')) as unknown;
    if (validateSchema('Problem', parsed).ok) {
      const given = parsed as Problem;
      // The gateway's own request id goes on the answer; the department's would mislead.
      const { requestId: _departmentRequestId, ...rest } = given;
      return { ...rest, status: response.status, department };
    }
  } catch {
    // Not JSON: the department's words are lost, its refusal is not.
  }
  return problem('validation', response.status, { detail: `${department} refused the request's parameters.`, department });
}
