/**
 * The headers every answer carries, whichever entry point sends it: the request id, CORS, the
 * RateLimit fields and the security headers.
 */
import type { RateLimitDecision } from '../rate-limit/rate-limiter';
import { rateLimitHeaders } from '../rate-limit/rate-limit-fields';

/** Conservative security headers for an API: nothing the gateway serves needs to be framed, sniffed or to leak the referrer. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'cross-origin',
  // Pages that need more (`/docs`, the demo) set their own.
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
};

export const EXPOSED_HEADERS = 'ETag, Link, Location, RateLimit, RateLimit-Policy, Retry-After, X-Request-Id, Idempotent-Replayed';
const READ_METHODS = new Set(['GET', 'HEAD']);
const ALLOWED_HEADERS = 'Accept, Content-Type, If-None-Match, Idempotency-Key, X-Api-Key, X-Request-Id, Authorization';

export interface CorsRequest {
  readonly method: string;
  /** The `Origin` header; empty when absent. */
  readonly origin: string;
  /** `Access-Control-Request-Method` of a preflight; empty otherwise. */
  readonly requestMethod: string;
  /** The host (`host:port`) the gateway answers as, from `linkOrigin`: a page it serves itself (the demo) writes without being listed. */
  readonly selfHost?: string;
}

export type CorsDecision =
  | { readonly kind: 'preflight'; readonly headers: Readonly<Record<string, string>> }
  | { readonly kind: 'forbidden'; readonly origin: string }
  | { readonly kind: 'allowed'; readonly headers: Readonly<Record<string, string>> };

const READ_CORS: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': EXPOSED_HEADERS,
};

/**
 * Reads are open to every origin: any government page may embed the data. Writes (disclosure
 * requests, feedback, ratings) are accepted from a browser only when its page's origin is
 * configured or is the gateway's own (browsers send `Origin` on same-origin POSTs too), so another
 * site cannot file requests in a visitor's name.
 */
export function corsDecision(request: CorsRequest, writeOrigins: ReadonlySet<string>): CorsDecision {
  const { method, origin, requestMethod } = request;
  const canWrite = writeOrigins.has(origin) || (origin !== '' && request.selfHost !== undefined && hostOf(origin) === request.selfHost);
  if (method === 'OPTIONS' && origin && requestMethod) {
    return {
      kind: 'preflight',
      headers: {
        Vary: 'Origin',
        'Access-Control-Allow-Origin': READ_METHODS.has(requestMethod.toUpperCase()) ? '*' : canWrite ? origin : 'null',
        'Access-Control-Allow-Methods': canWrite ? 'GET, HEAD, POST' : 'GET, HEAD',
        'Access-Control-Allow-Headers': ALLOWED_HEADERS,
        'Access-Control-Max-Age': '600',
      },
    };
  }
  if (!origin || READ_METHODS.has(method)) return { kind: 'allowed', headers: READ_CORS };
  if (!canWrite) return { kind: 'forbidden', origin };
  return {
    kind: 'allowed',
    headers: { Vary: 'Origin', 'Access-Control-Allow-Origin': origin, 'Access-Control-Expose-Headers': EXPOSED_HEADERS },
  };
}

/** `host:port` of an origin; empty for one that is not a URL (`null`). */
export function hostOf(origin: string): string {
  try {
    return new URL(origin).host;
  } catch {
    return '';
  }
}

// The fields every read carries that do not depend on the request, as name, value pairs.
const STATIC_READ_FIELDS: readonly string[] = Object.entries({ ...READ_CORS, ...SECURITY_HEADERS }).flat();

/**
 * The common headers of a read answered before Koa, the same the full path's middleware sets, as
 * a flat list of name, value pairs (the shape `res.writeHead` takes): the request id, CORS, the
 * RateLimit fields and the security headers. Every field name in it is distinct.
 */
export function commonReadHeaders(requestId: string, decision: RateLimitDecision): string[] {
  const fields = ['X-Request-Id', requestId];
  const rateLimit = rateLimitHeaders(decision);
  for (const name in rateLimit) fields.push(name, rateLimit[name]!);
  for (const field of STATIC_READ_FIELDS) fields.push(field);
  return fields;
}
