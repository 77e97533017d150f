import type { Middleware } from 'koa';

/**
 * Conservative security headers for an API: nothing the gateway serves needs to be framed, sniffed
 * or to leak the referrer. `/docs` gets a CSP that allows its own bundled scripts and nothing else.
 */
export function securityHeaders(): Middleware {
  return async (ctx, next) => {
    await next();
    ctx.set('X-Content-Type-Options', 'nosniff');
    ctx.set('X-Frame-Options', 'DENY');
    ctx.set('Referrer-Policy', 'no-referrer');
    ctx.set('Cross-Origin-Resource-Policy', 'cross-origin');
    if (!ctx.response.get('Content-Security-Policy')) ctx.set('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
  };
}
