/**
 * Whether a failure while reading a request body is the client going away (Node's `aborted`,
 * `ECONNRESET`, a stream closed early): the client's doing, to be logged as such, never as a
 * server failure.
 */
export function isClientAbort(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  return code === 'ECONNRESET' || code === 'ECONNABORTED' || code === 'ERR_STREAM_PREMATURE_CLOSE' || message === 'aborted';
}
