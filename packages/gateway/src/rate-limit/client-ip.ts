import type { IncomingMessage } from 'node:http';

/**
 * The client address quotas are counted against: the socket's peer, or — only when the operator
 * says a proxy of theirs is in front (`trustProxy`) — the first address of `X-Forwarded-For`.
 */
export function clientIp(req: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = req.headers['x-forwarded-for'];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
    if (first) return first;
  }
  return req.socket.remoteAddress ?? 'unknown';
}
