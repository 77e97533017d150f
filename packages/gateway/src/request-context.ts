import { randomUUID } from 'node:crypto';
import type { Middleware } from 'koa';
import type { Logger } from 'pino';

/** What every middleware after this one can rely on. */
export interface GatewayState {
  requestId: string;
  log: Logger;
  /** The quota policy the request was counted against (for RateLimit fields and logs). */
  rateLimitPolicy?: string;
  /** The contract operation this request matched. */
  operationId?: string;
}

// A caller's id is kept only when it is short and plain, so it cannot inject into logs or headers.
const ACCEPTABLE_REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;

/** Gives every request an id (the caller's `X-Request-Id` when acceptable), echoed in the response and in every log line. */
export function requestContext(logger: Logger): Middleware<GatewayState> {
  return async (ctx, next) => {
    const incoming = ctx.get('x-request-id');
    const requestId = ACCEPTABLE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
    ctx.state.requestId = requestId;
    ctx.state.log = logger.child({ requestId });
    ctx.set('X-Request-Id', requestId);
    const started = process.hrtime.bigint();
    try {
      await next();
    } finally {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      ctx.state.log.info({ method: ctx.method, path: ctx.path, status: ctx.status, ms: Math.round(ms * 10) / 10, operationId: ctx.state.operationId }, 'request');
    }
  };
}
