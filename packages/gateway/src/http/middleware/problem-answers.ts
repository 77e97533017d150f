import type { Middleware } from 'koa';
import { ApiError, problem } from '@gongkai/spec';
import type { GatewayState } from './request-context';

/**
 * Turns whatever a request's handling throws into an RFC 9457 answer. An `ApiError` carries its
 * own problem; anything else is logged with its stack and answered as a bare 500 — never a stack
 * trace, never HTML.
 */
export function problemAnswers(): Middleware<GatewayState> {
  return async (ctx, next) => {
    try {
      await next();
    } catch (error) {
      const requestId = ctx.state.requestId;
      let body;
      if (error instanceof ApiError) {
        body = { ...error.problem, instance: ctx.path, requestId };
        for (const [name, value] of Object.entries(error.headers)) ctx.set(name, value);
      } else if (isKoaHttpError(error)) {
        body = problem(error.status === 413 ? 'payload-too-large' : 'validation', error.status, {
          detail: error.expose ? error.message : undefined,
          instance: ctx.path,
          requestId,
        });
      } else {
        ctx.state.log.error({ err: error }, 'unhandled error');
        body = problem('internal', 500, {
          detail: `Something went wrong on our side; quote request id ${requestId} if you report it.`,
          instance: ctx.path,
          requestId,
        });
      }
      ctx.status = body.status;
      ctx.type = 'application/problem+json';
      ctx.body = body;
    }
  };
}

function isKoaHttpError(error: unknown): error is { status: number; expose: boolean; message: string } {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}
