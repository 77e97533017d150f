import type { Middleware } from 'koa';
import { ApiError, problem } from '@gongkai/spec';
import { corsDecision, hostOf } from '../../answers/common-headers';
import { linkOrigin, type LinkOriginConfig } from '../../answers/link-origin';

/** CORS as `corsDecision` rules it: preflights answered here, writes from unknown origins refused. */
export function cors(writeOrigins: readonly string[], origins: LinkOriginConfig): Middleware {
  const allowedWriters = new Set(writeOrigins);
  return async (ctx, next) => {
    const decision = corsDecision(
      {
        method: ctx.method,
        origin: ctx.get('origin'),
        requestMethod: ctx.get('access-control-request-method'),
        // Only a write (or its preflight) asks whether the page is the gateway's own.
        ...(ctx.method === 'GET' || ctx.method === 'HEAD' ? {} : { selfHost: hostOf(linkOrigin(ctx.req, origins)) || undefined }),
      },
      allowedWriters,
    );
    if (decision.kind === 'forbidden') {
      throw new ApiError(
        problem('forbidden', 403, {
          title: 'Writes are not accepted from this origin',
          detail: `Pages on ${decision.origin} may read but not write; the gateway operator can add the origin to cors.writeOrigins.`,
        }),
      );
    }
    ctx.set(decision.headers);
    if (decision.kind === 'preflight') {
      ctx.status = 204;
      return;
    }
    await next();
  };
}
