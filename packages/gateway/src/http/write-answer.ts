import type { Context } from 'koa';
import type { Answer } from '../answers/answer';

/** Writes an answer to Koa; the common headers are already set by the middleware. */
export function writeAnswer(ctx: Context, answer: Answer): void {
  ctx.set(answer.headers);
  ctx.status = answer.status;
  if (!answer.body) {
    ctx.body = null;
    return;
  }
  ctx.set('Content-Type', answer.body.type);
  ctx.body = answer.body.bytes;
}
