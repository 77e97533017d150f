import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';

/** How many proxies of the operator's own append to `X-Forwarded-For`: 0 when none is trusted. */
export function trustedProxyHops(config: { readonly trustProxy: boolean; readonly trustProxyHops: number }): number {
  return config.trustProxy ? config.trustProxyHops : 0;
}

/**
 * The client address quotas are counted against: the socket's peer, or — only when the operator
 * says `hops` proxies of theirs are in front (`trustProxy`, `trustProxyHops`) — the address the
 * outermost of them appended to `X-Forwarded-For`, the `hops`-th entry from the right. Entries to
 * its left are whatever the client wrote (a fresh quota per made-up address if they were taken),
 * so they are never read; a value that is not an IP address is junk and the socket's peer counts.
 */
export function clientIp(req: IncomingMessage, hops: number): string {
  const peer = req.socket.remoteAddress ?? 'unknown';
  if (hops < 1) return peer;
  const header = req.headers['x-forwarded-for'];
  if (header === undefined) return peer;
  // Several X-Forwarded-For headers are one list, in order (RFC 9110 §5.3).
  const entries = (Array.isArray(header) ? header.join(',') : header).split(',').map((entry) => entry.trim());
  const appended = entries.length >= hops ? entries[entries.length - hops] : undefined;
  return appended !== undefined && isIP(appended) !== 0 ? appended : peer;
}
