import { createHash } from 'node:crypto';
import type { Context } from 'koa';

/** Who may keep a copy: anyone (`public`), only the requester (`private`), or nobody. */
export type CachePolicy = 'public' | 'private' | 'none';

const CACHE_CONTROL: Record<CachePolicy, string> = {
  // Short: the gateway revalidates with If-None-Match, which costs a hash and no body.
  public: 'public, max-age=30, stale-while-revalidate=60',
  // Personal data (a request with its applicant, admin lists): the requester's cache only, always revalidated.
  private: 'private, no-cache',
  none: 'no-store',
};

/** A strong entity tag: the hash of the exact bytes sent. */
export function strongETag(bytes: Buffer): string {
  return `"${createHash('sha256').update(bytes).digest('hex').slice(0, 32)}"`;
}

/** Whether `If-None-Match` names this tag (weak comparison, as RFC 9110 §13.1.2 requires). */
export function ifNoneMatchHits(header: string, etag: string): boolean {
  if (header.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((candidate) => opaque(candidate) === opaque(etag));
}

export interface Representation {
  readonly status: number;
  readonly type: string;
  readonly body: Buffer;
  readonly cache: CachePolicy;
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * Sends a representation. A successful GET gets a strong ETag and answers `304 Not Modified`
 * (no body) when `If-None-Match` already holds it.
 */
export function sendRepresentation(ctx: Context, representation: Representation): void {
  for (const [name, value] of Object.entries(representation.headers ?? {})) ctx.set(name, value);
  ctx.set('Cache-Control', CACHE_CONTROL[representation.cache]);
  const conditional = (ctx.method === 'GET' || ctx.method === 'HEAD') && representation.status === 200;
  if (conditional) {
    const etag = strongETag(representation.body);
    ctx.set('ETag', etag);
    const ifNoneMatch = ctx.get('If-None-Match');
    if (ifNoneMatch && ifNoneMatchHits(ifNoneMatch, etag)) {
      ctx.status = 304;
      ctx.body = null;
      return;
    }
  }
  ctx.status = representation.status;
  ctx.type = representation.type;
  ctx.body = representation.body;
}
