import { newIdempotencyKey } from '@gongkai/client';

/**
 * One `Idempotency-Key` per submission attempt: taken on the first send, kept for every retry of
 * the same values (a lost answer replays the first record instead of filing twice), dropped when
 * the visitor changes a value or the submission succeeded.
 */
export class SubmissionKey {
  private key: string | undefined;

  take(): string {
    return (this.key ??= newIdempotencyKey());
  }

  drop(): void {
    this.key = undefined;
  }
}
