import type { Middleware } from 'koa';
import { requestIdOf } from '@gongkai/spec/request-id';
import { problemFor, sendProblem } from './problem-response';

/**
 * The outermost middleware: every answer carries `X-Request-Id` (the caller's, when it is a
 * plain token, so a gateway's id follows the request), and anything thrown becomes a problem
 * answer — never a stack trace.
 */
export function requestContext(log: (message: string, error: unknown) => void, warn: (message: string) => void): Middleware {
  return async (ctx, next) => {
    const requestId = requestIdOf(ctx.get('X-Request-Id'));
    ctx.state['requestId'] = requestId;
    ctx.set('X-Request-Id', requestId);
    try {
      await next();
    } catch (error) {
      const aborted = ctx.state['clientAborted'] as { received: number } | undefined;
      if (aborted) warn(`${ctx.method} ${ctx.path}: the client aborted the upload after ${aborted.received} bytes (request ${requestId})`);
      const { body, headers } = problemFor(error, (unexpected) =>
        log(`${ctx.method} ${ctx.path} failed (request ${requestId})`, unexpected),
      );
      sendProblem(ctx, body, headers);
    }
  };
}
