/** Why a department is missing from a page, as listed in `meta.failures`. */
export interface DepartmentFailure {
  readonly department: string;
  /** What the gateway would answer for this department alone: 502, 503 (circuit open), 504. */
  readonly status: number;
  readonly detail: string;
}

/**
 * An error that carries its own `status` and `detail` (the HTTP layer's `UpstreamError`,
 * `CircuitOpenError`) keeps them; otherwise timeouts are 504 and anything else 502. Network
 * errors get a fixed detail so that internal addresses (`connect ECONNREFUSED 10.0.3.7:4001`)
 * never reach public clients.
 */
export function failureOf(department: string, error: unknown): DepartmentFailure {
  const fields = (typeof error === 'object' && error !== null ? error : {}) as Record<string, unknown>;
  const declared = typeof fields.status === 'number' ? fields.status : fields.statusCode;
  const timedOut = fields.name === 'TimeoutError' || (typeof fields.code === 'string' && fields.code.includes('TIMEOUT'));
  return {
    department,
    status: typeof declared === 'number' && declared >= 400 && declared <= 599 ? declared : timedOut ? 504 : 502,
    detail: typeof fields.detail === 'string' ? fields.detail : detailOf(error, fields, timedOut),
  };
}

function detailOf(error: unknown, fields: Record<string, unknown>, timedOut: boolean): string {
  if (timedOut) return 'The department did not answer in time.';
  const networkDetail = typeof fields.code === 'string' ? NETWORK_DETAILS[fields.code] : undefined;
  if (networkDetail) return networkDetail;
  return typeof fields.message === 'string' && fields.message !== '' ? fields.message : String(error);
}

const NETWORK_DETAILS: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'The department refused the connection.',
  ECONNRESET: 'The department closed the connection.',
  ENOTFOUND: 'The department host name does not resolve.',
  EAI_AGAIN: 'The department host name could not be resolved.',
  EHOSTUNREACH: 'The department host is unreachable.',
  UND_ERR_SOCKET: 'The department closed the connection.',
};
