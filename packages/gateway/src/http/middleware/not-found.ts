import type { Middleware } from 'koa';
import { ApiError, problem } from '@gongkai/spec';

/**
 * What nothing else answered is a 404 problem. The department admin operations are part of the
 * contract but never served by the gateway, and say so.
 */
export function notFound(): Middleware {
  return async (ctx, next) => {
    await next();
    if (ctx.status !== 404 || ctx.body != null) return;
    const admin = ctx.path.startsWith('/v1/admin');
    throw new ApiError(
      problem('not-found', 404, {
        detail: admin
          ? 'The department admin operations are served by each department to its own staff and never through the gateway.'
          : `No route ${ctx.method} ${ctx.path}; the API is under /v1 (reference at /docs).`,
      }),
    );
  };
}
