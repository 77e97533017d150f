import type { Middleware } from 'koa';
import { SECURITY_HEADERS } from '../../answers/common-headers';

/** Set before the request is handled, so error answers carry them too; a page may set its own CSP. */
export function securityHeaders(): Middleware {
  return async (ctx, next) => {
    ctx.set(SECURITY_HEADERS);
    await next();
  };
}
