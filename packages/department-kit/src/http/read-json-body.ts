import { ApiError, problem } from '@gongkai/spec';
import { isClientAbort, jsonBodyText } from '@gongkai/spec/json-body';
import type { Context } from 'koa';

/** 1 MiB: an item's body may hold 200 000 characters, up to 600 kB of UTF-8. */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

function tooLarge(limit: number, size?: number): ApiError {
  const kb = (bytes: number) => `${Math.ceil(bytes / 1024)} KB`;
  return new ApiError(
    problem('payload-too-large', 413, {
      detail: `${size === undefined ? 'The body is larger than' : `The body is ${kb(size)}; at most`} ${kb(limit)}${size === undefined ? ', the most' : ''} is accepted.`,
    }),
    { Connection: 'close' },
  );
}

/**
 * Reads a JSON request body: 415 unless it is `application/json` (or `+json`) in UTF-8, 413 past
 * `limit` bytes (announced or streamed), 400 naming the body when it is not UTF-8 or not JSON.
 */
export async function readJsonBody(ctx: Context, limit: number): Promise<unknown> {
  if (!ctx.is('application/json', '+json')) {
    const given = ctx.get('Content-Type');
    throw new ApiError(
      problem('unsupported-media-type', 415, {
        detail: `Send the body as application/json${given ? `, not ${given}` : ' (Content-Type is missing)'}.`,
      }),
    );
  }
  const announced = Number(ctx.get('Content-Length'));
  if (Number.isFinite(announced) && announced > limit) throw tooLarge(limit, announced);
  const decoded = jsonBodyText(await readChunks(ctx, limit), ctx.get('Content-Type'));
  if (!decoded.ok) {
    throw new ApiError(
      decoded.status === 415
        ? problem('unsupported-media-type', 415, { detail: decoded.detail })
        : problem('validation', 400, { detail: decoded.detail, errors: [{ pointer: '/', message: decoded.message }] }),
    );
  }
  const { text } = decoded;
  if (text.trim() === '')
    throw new ApiError(
      problem('validation', 400, {
        detail: 'The request body is empty; send a JSON object.',
        errors: [{ pointer: '/', message: 'is required' }],
      }),
    );
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = (error as Error).message;
    throw new ApiError(
      problem('validation', 400, {
        detail: `The request body is not valid JSON: ${reason}`,
        errors: [{ pointer: '/', message: `is not valid JSON (${reason})` }],
      }),
    );
  }
}

/**
 * The raw body, refusing it past `limit`. An oversized body is drained (up to a bound) rather than
 * cut off, so the client reads the 413 instead of a reset connection.
 */
function readChunks(ctx: Context, limit: number): Promise<Buffer> {
  const req = ctx.req;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else if (size > 8 * limit) req.destroy();
    });
    req.on('end', () => (size > limit ? reject(tooLarge(limit, size)) : resolve(Buffer.concat(chunks))));
    const aborted = () => {
      // The client went away mid-upload: its doing, logged as such (see requestContext).
      ctx.state['clientAborted'] = { received: size };
      return new ApiError(problem('validation', 400, { detail: 'The request body ended before it was complete.' }));
    };
    req.on('error', (error) => reject(isClientAbort(error) ? aborted() : error));
    req.on('close', () => {
      if (!req.complete) reject(size > limit ? tooLarge(limit) : aborted());
    });
  });
}
