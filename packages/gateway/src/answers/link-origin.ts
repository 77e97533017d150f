import type { IncomingMessage } from 'node:http';

export interface LinkOriginConfig {
  readonly publicBaseUrl?: string;
  readonly trustProxy: boolean;
  /** Hosts (`host` or `host:port`) an `X-Forwarded-Host` may name; lower case. */
  readonly publicHosts: readonly string[];
}

function first(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  return value?.split(',')[0]?.trim().toLowerCase() || undefined;
}

/**
 * The origin absolute links in an answer are built from (the Atom feed's): `publicBaseUrl` when
 * configured; otherwise what the request says, believing a proxy's `X-Forwarded-Proto` and
 * `X-Forwarded-Host` only with `trustProxy`, and a forwarded host only if it is one of
 * `publicHosts` — a proxy that passes the client's header through unchecked would otherwise let
 * one client choose where everyone's links point. Anything remembered for a request (the fast
 * path's index of answered requests, the cache key of the feed) is keyed on this origin, so an
 * answer built for one origin is never sent to a request for another.
 */
export function linkOrigin(req: IncomingMessage, config: LinkOriginConfig): string {
  if (config.publicBaseUrl) return config.publicBaseUrl;
  const proto = config.trustProxy ? first(req.headers['x-forwarded-proto']) : undefined;
  const protocol = proto === 'https' || proto === 'http' ? proto : 'http';
  const forwardedHost = config.trustProxy ? first(req.headers['x-forwarded-host']) : undefined;
  const host = forwardedHost && config.publicHosts.includes(forwardedHost) ? forwardedHost : (req.headers.host ?? '');
  return `${protocol}://${host}`;
}
