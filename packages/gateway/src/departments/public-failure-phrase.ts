/**
 * What `GET /v1/departments` may say of a department's last failure: a fixed phrase. The failure
 * itself (`connect ECONNREFUSED 10.0.3.7:4001`, a department's own message) names internal
 * addresses and stays in the logs.
 */
export type PublicFailurePhrase = 'connection refused' | 'connection closed' | 'host not found' | 'timeout' | 'bad answer' | 'unreachable';

const PHRASES: ReadonlyArray<readonly [RegExp, PublicFailurePhrase]> = [
  [/ECONNREFUSED/, 'connection refused'],
  [/ECONNRESET|EPIPE|UND_ERR_SOCKET|other side closed|socket hang up/i, 'connection closed'],
  [/ENOTFOUND|EAI_AGAIN/, 'host not found'],
  [/timeout|timed out|did not answer within|ETIMEDOUT/i, 'timeout'],
  [/answered \d{3}|not JSON|without a data array|bad answer/i, 'bad answer'],
];

/** The public phrase for a failure recorded as `message`. */
export function publicFailurePhrase(message: string): PublicFailurePhrase {
  return PHRASES.find(([pattern]) => pattern.test(message))?.[1] ?? 'unreachable';
}
