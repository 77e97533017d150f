import type { Middleware } from 'koa';
import { ApiError, problem } from '@gongkai/spec';

export const EXPOSED_HEADERS = 'ETag, Link, Location, RateLimit, RateLimit-Policy, Retry-After, X-Request-Id, Idempotent-Replayed';
const READ_METHODS = new Set(['GET', 'HEAD']);

/**
 * Reads are open to every origin: any government page may embed the data. Writes (disclosure
 * requests, feedback, ratings) are accepted from a browser only when its page's origin is
 * configured, so another site cannot file requests in a visitor's name.
 */
export function cors(writeOrigins: readonly string[]): Middleware {
  const allowedWriters = new Set(writeOrigins);
  return async (ctx, next) => {
    const origin = ctx.get('origin');
    if (ctx.method === 'OPTIONS' && origin && ctx.get('access-control-request-method')) {
      const method = ctx.get('access-control-request-method').toUpperCase();
      const canWrite = allowedWriters.has(origin);
      ctx.set('Vary', 'Origin');
      ctx.set('Access-Control-Allow-Origin', READ_METHODS.has(method) ? '*' : canWrite ? origin : 'null');
      ctx.set('Access-Control-Allow-Methods', canWrite ? 'GET, HEAD, POST' : 'GET, HEAD');
      ctx.set(
        'Access-Control-Allow-Headers',
        'Accept, Content-Type, If-None-Match, Idempotency-Key, X-Api-Key, X-Request-Id, Authorization',
      );
      ctx.set('Access-Control-Max-Age', '600');
      ctx.status = 204;
      return;
    }
    if (origin && !READ_METHODS.has(ctx.method)) {
      if (!allowedWriters.has(origin)) {
        throw new ApiError(
          problem('forbidden', 403, {
            title: 'Writes are not accepted from this origin',
            detail: `Pages on ${origin} may read but not write; the gateway operator can add the origin to cors.writeOrigins.`,
          }),
        );
      }
      ctx.set('Vary', 'Origin');
      ctx.set('Access-Control-Allow-Origin', origin);
    } else {
      ctx.set('Access-Control-Allow-Origin', '*');
    }
    ctx.set('Access-Control-Expose-Headers', EXPOSED_HEADERS);
    await next();
  };
}
