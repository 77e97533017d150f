import type { Middleware } from 'koa';
import type { Logger } from 'pino';
import { requestIdOf } from '@gongkai/spec/request-id';
import type { RequestFinished } from '../../answers/request-finished';
import { handedOver } from '../../fast-path/hand-off';

/** What every middleware after this one can rely on. */
export interface GatewayState {
  requestId: string;
  /** A logger bound to this request's id (created on first use: most requests never log). */
  readonly log: Logger;
  /** The quota policy the request was counted against (for RateLimit fields and logs). */
  rateLimitPolicy?: string;
  /** The contract operation this request matched. */
  operationId?: string;
  /** How the response cache served the answer, when it did (for `/metrics`). */
  cacheOutcome?: string;
}

/**
 * The outermost middleware: gives every request an id — the caller's `X-Request-Id` when the
 * contract's rule accepts it, or the one the fast path already gave — echoed in the response and in
 * every log line; and records the request once it is answered, problems included, under the status
 * it was answered with.
 */
export function requestContext(logger: Logger, recordFinished: (finished: RequestFinished) => void): Middleware<GatewayState> {
  return async (ctx, next) => {
    const started = process.hrtime.bigint();
    const requestId = handedOver(ctx.req)?.requestId ?? requestIdOf(ctx.get('x-request-id'));
    let child: Logger | undefined;
    ctx.state.requestId = requestId;
    Object.defineProperty(ctx.state, 'log', { get: () => (child ??= logger.child({ requestId })), configurable: true });
    ctx.set('X-Request-Id', requestId);
    try {
      await next();
    } finally {
      const { operationId, cacheOutcome } = ctx.state;
      recordFinished({
        requestId,
        method: ctx.method,
        path: ctx.path,
        status: ctx.status,
        seconds: Number(process.hrtime.bigint() - started) / 1e9,
        ...(operationId ? { operationId } : {}),
        ...(cacheOutcome ? { cache: cacheOutcome } : {}),
      });
    }
  };
}
