import type { Middleware } from 'koa';
import type { Logger } from 'pino';
import { requestIdOf } from '@gongkai/spec/request-id';

/** What every middleware after this one can rely on. */
export interface GatewayState {
  requestId: string;
  /** A logger bound to this request's id (created on first use: most requests never log). */
  readonly log: Logger;
  /** The quota policy the request was counted against (for RateLimit fields and logs). */
  rateLimitPolicy?: string;
  /** The contract operation this request matched. */
  operationId?: string;
}

/** Gives every request an id (the caller's `X-Request-Id` when acceptable), echoed in the response and in every log line. */
export function requestContext(logger: Logger): Middleware<GatewayState> {
  const logRequests = logger.isLevelEnabled('info');
  return async (ctx, next) => {
    // The caller's id when it is short and plain (the contract's rule), so one id follows the request.
    const requestId = requestIdOf(ctx.get('x-request-id'));
    let child: Logger | undefined;
    ctx.state.requestId = requestId;
    Object.defineProperty(ctx.state, 'log', { get: () => (child ??= logger.child({ requestId })), configurable: true });
    ctx.set('X-Request-Id', requestId);
    if (!logRequests) return next();
    const started = process.hrtime.bigint();
    try {
      await next();
    } finally {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      ctx.state.log.info(
        { method: ctx.method, path: ctx.path, status: ctx.status, ms: Math.round(ms * 10) / 10, operationId: ctx.state.operationId },
        'request',
      );
    }
  };
}
