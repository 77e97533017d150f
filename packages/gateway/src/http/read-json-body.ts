import type { Context } from 'koa';
import { ApiError, problem } from '@gongkai/spec';
import { isClientAbort, jsonBodyText } from '@gongkai/spec/json-body';

/**
 * Reads a JSON request body up to `limit` bytes. Too large is 413 (and reading stops at the limit),
 * not JSON or not UTF-8 by its charset is 415, bytes that are not UTF-8 or malformed JSON are 400
 * — the body is never half-used, nor passed on to a department as something it is not.
 */
export async function readJsonBody(ctx: Context, limit: number): Promise<{ raw: Buffer; json: unknown }> {
  if (!ctx.is('application/json', 'application/*+json')) {
    throw new ApiError(problem('unsupported-media-type', 415, { detail: 'Send the body as application/json.' }));
  }
  const declared = Number(ctx.get('content-length') || 0);
  if (declared > limit) throw tooLarge(declared, limit);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of ctx.req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > limit) throw tooLarge(size, limit);
      chunks.push(chunk);
    }
  } catch (error) {
    if (!isClientAbort(error)) throw error;
    // The client went away mid-upload: its doing, not a failure of ours; the 400 reaches no one.
    ctx.state['log']?.warn({ received: size, declared: ctx.get('content-length') || undefined }, 'client aborted the upload');
    throw new ApiError(problem('validation', 400, { detail: 'The request body ended before it was complete.' }));
  }
  const raw = Buffer.concat(chunks);
  const decoded = jsonBodyText(raw, ctx.get('content-type'));
  if (!decoded.ok) {
    throw new ApiError(
      decoded.status === 415
        ? problem('unsupported-media-type', 415, { detail: decoded.detail })
        : problem('validation', 400, { detail: decoded.detail, errors: [{ pointer: '/', message: decoded.message }] }),
    );
  }
  try {
    return { raw, json: JSON.parse(decoded.text) };
  } catch (error) {
    throw new ApiError(problem('validation', 400, { title: 'The body is not valid JSON', detail: (error as Error).message }));
  }
}

function tooLarge(size: number, limit: number): ApiError {
  return new ApiError(
    problem('payload-too-large', 413, { detail: `The body is at least ${size} bytes; at most ${limit} bytes are accepted.` }),
  );
}
