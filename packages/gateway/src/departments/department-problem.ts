/**
 * A department's problem answer (4xx) as the gateway passes it on. The body's `requestId` becomes
 * the gateway's own, so that it always equals the `X-Request-Id` header the client got; a body that
 * is not a JSON object is passed on as it came.
 */
export function withRequestId(body: Buffer, requestId: string): Buffer {
  try {
    const problem = JSON.parse(body.toString('utf8')) as unknown;
    if (typeof problem !== 'object' || problem === null || Array.isArray(problem)) return body;
    return Buffer.from(JSON.stringify({ ...problem, requestId }));
  } catch {
    return body;
  }
}

/** Response headers of a department's problem answer the client needs: how to authenticate, when to retry. */
export function problemHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  if (headers['www-authenticate']) out['WWW-Authenticate'] = headers['www-authenticate'];
  if (headers['retry-after']) out['Retry-After'] = headers['retry-after'];
  return out;
}
