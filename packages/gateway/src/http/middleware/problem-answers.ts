import type { Middleware } from 'koa';
import { problemAnswer } from '../../answers/problem-answer';
import { writeAnswer } from '../write-answer';
import type { GatewayState } from './request-context';

/** Turns whatever a request's handling throws into its RFC 9457 answer (see `problemAnswer`). */
export function problemAnswers(): Middleware<GatewayState> {
  return async (ctx, next) => {
    try {
      await next();
    } catch (error) {
      const answer = problemAnswer(error, {
        path: ctx.path,
        requestId: ctx.state.requestId,
        onUnexpected: (unexpected) => ctx.state.log.error({ err: unexpected }, 'unhandled error'),
      });
      writeAnswer(ctx, answer);
    }
  };
}
