import { createHash } from 'node:crypto';
import type { Context } from 'koa';
import { ifNoneMatchHits, strongEtagOf } from '@gongkai/spec/etag';

/** Who may keep a copy: anyone (`public`), only the requester (`private`), or nobody. */
export type CachePolicy = 'public' | 'private' | 'none';

const CACHE_CONTROL: Record<CachePolicy, string> = {
  // Short: the gateway revalidates with If-None-Match, which costs a hash and no body.
  public: 'public, max-age=30, stale-while-revalidate=60',
  // Personal data (a request with its applicant, admin lists): the requester's cache only, always revalidated.
  private: 'private, no-cache',
  none: 'no-store',
};

/** A strong entity tag: the hash of the exact bytes sent, in the contract's format. */
export function strongETag(bytes: Buffer): string {
  return strongEtagOf(createHash('sha256').update(bytes).digest());
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
    if (ifNoneMatchHits(ctx.get('If-None-Match'), etag)) {
      ctx.status = 304;
      ctx.body = null;
      return;
    }
  }
  ctx.status = representation.status;
  ctx.type = representation.type;
  ctx.body = representation.body;
}
