import type { Middleware } from 'koa';

/**
 * Conservative security headers for an API: nothing the gateway serves needs to be framed, sniffed
 * or to leak the referrer. Pages that need more (`/docs`, the demo) set their own CSP.
 */
export const SECURITY_HEADERS: ReadonlyArray<readonly [string, string]> = [
  ['X-Content-Type-Options', 'nosniff'],
  ['X-Frame-Options', 'DENY'],
  ['Referrer-Policy', 'no-referrer'],
  ['Cross-Origin-Resource-Policy', 'cross-origin'],
];
export const DEFAULT_CSP = "default-src 'none'; frame-ancestors 'none'";

/** Set before the request is handled, so error answers carry them too; a page may set its own CSP. */
export function securityHeaders(): Middleware {
  return async (ctx, next) => {
    for (const [name, value] of SECURITY_HEADERS) ctx.set(name, value);
    ctx.set('Content-Security-Policy', DEFAULT_CSP);
    await next();
  };
}
