/**
 * The `X-Request-Id` every answer carries (contract: `components/headers/RequestId.yaml`). A
 * caller's id is kept, so one id follows a request from a client through the gateway to the
 * department; it is kept only when it is short and plain — letters, digits, `.`, `_`, `:` and `-`,
 * 8 to 128 of them — so it cannot inject into logs or headers. Anything else is replaced.
 *
 * Dependency-free on purpose (`@gongkai/spec/request-id`): clients make ids by the same rule.
 */
export const REQUEST_ID_PATTERN = /^[A-Za-z0-9._:-]{8,128}$/;

/** Whether a caller's `X-Request-Id` is kept as the request's id. */
export function isAcceptableRequestId(value: unknown): value is string {
  return typeof value === 'string' && REQUEST_ID_PATTERN.test(value);
}

/** The id of a request: the caller's when acceptable, otherwise a new random UUID. */
export function requestIdOf(incoming: unknown): string {
  return isAcceptableRequestId(incoming) ? incoming : newRequestId();
}

/** A fresh id (a random UUID, which is always acceptable). */
export function newRequestId(): string {
  return globalThis.crypto.randomUUID();
}
