import { hash } from 'node:crypto';
import { strongEtagOf } from '@gongkai/spec/etag';

/** A strong validator in the contract's format: the same bytes always give the same ETag, on every replica. */
export function strongEtag(body: Uint8Array): string {
  return strongEtagOf(hash('sha256', body, 'buffer'));
}
