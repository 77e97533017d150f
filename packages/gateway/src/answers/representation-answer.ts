import { ifNoneMatchHits } from '@gongkai/spec/etag';
import { strongEtag } from '../cache/strong-etag';
import type { Answer } from './answer';

export interface Representation {
  readonly bytes: Buffer;
  readonly type: string;
  /** The strong ETag of `bytes`. */
  readonly etag: string;
}

/**
 * Bytes made for this request or kept by the route (the contract, the docs assets), not by the
 * response cache: the strong ETag, and a `304` when `If-None-Match` still matches.
 */
export function representationAnswer(representation: Representation, ifNoneMatch: string | undefined, cacheControl: string): Answer {
  const headers = { 'Cache-Control': cacheControl, ETag: representation.etag };
  if (ifNoneMatchHits(ifNoneMatch, representation.etag)) return { status: 304, headers };
  return { status: 200, headers, body: { type: representation.type, bytes: representation.bytes } };
}

/** JSON computed for this request alone: pollers of live answers (health, feeds) still get their `304`. */
export function jsonAnswer(value: unknown, ifNoneMatch: string | undefined, cacheControl: string): Answer {
  const bytes = Buffer.from(JSON.stringify(value));
  return representationAnswer({ bytes, type: 'application/json; charset=utf-8', etag: strongEtag(bytes) }, ifNoneMatch, cacheControl);
}
