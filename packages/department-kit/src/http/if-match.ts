import { ApiError, problem } from '@gongkai/spec';
import { ifMatchHolds } from '@gongkai/spec/etag';
import { StoreConflictError } from '../store/disclosure-store';
import { strongETag } from './representation';

/**
 * `If-Match` against the ETag a GET of `current` answers (its exact JSON bytes): a mismatch is
 * 412, since someone changed the record after the client read it (strong comparison, RFC 9110).
 */
export function assertIfMatch(header: string | undefined, current: unknown, what: string): void {
  if (header === undefined || header.trim() === '*') return;
  const etag = strongETag(Buffer.from(JSON.stringify(current)));
  if (!ifMatchHolds(header, etag)) {
    throw new ApiError(
      problem('precondition-failed', 412, {
        title: `The ${what} changed since you read it`,
        detail: `If-Match ${header} does not match the current ETag ${etag}; read the ${what} again and reapply your change.`,
      }),
    );
  }
}

/**
 * Runs a compare-and-set write; losing the race to another writer is 412 when the client sent
 * `If-Match` (its precondition no longer holds), else 409.
 */
export async function writeOrConflict(write: () => Promise<void>, ifMatch: string | undefined, what: string): Promise<void> {
  try {
    await write();
  } catch (error) {
    if (!(error instanceof StoreConflictError) || (error.field !== 'revision' && error.field !== 'version')) throw error;
    if (ifMatch !== undefined)
      throw new ApiError(
        problem('precondition-failed', 412, {
          title: `The ${what} changed since you read it`,
          detail: `${error.message}; read it again and reapply your change.`,
        }),
      );
    throw new ApiError(problem('conflict', 409, { title: 'Changed meanwhile', detail: `${error.message}; retry.` }));
  }
}
