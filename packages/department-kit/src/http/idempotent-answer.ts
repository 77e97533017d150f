import type { Context } from 'koa';
import type { IdempotentAnswer } from '../store/disclosure-store';
import type { IdempotencySlot, Reply } from './operation-router';

/**
 * The idempotent answer to store with the record a write creates, when the write came with an
 * `Idempotency-Key`: the handler builds its reply before storing, and the store keeps both in one
 * transaction. Without a key, `undefined`.
 */
export function idempotentAnswer(ctx: Context | undefined, reply: Reply): IdempotentAnswer | undefined {
  const slot = ctx?.state['idempotency'] as IdempotencySlot | undefined;
  return slot?.answer(reply);
}
