import { createHash } from 'node:crypto';
import { problem } from '@gongkai/spec';
import { canonicalJson } from '../canonical-json';
import type { IdempotencyKeys, StoredResponse } from '../store/disclosure-store';

function problemResponse(status: number, body: object, headers: Record<string, string> = {}): StoredResponse {
  return { status, headers: { 'Content-Type': 'application/problem+json', ...headers }, body: JSON.stringify(body) };
}

const reused = (): StoredResponse =>
  problemResponse(
    422,
    problem('idempotency-key-reused', 422, {
      detail: 'This Idempotency-Key was used with a different body. Use a new key for a different request.',
      errors: [{ pointer: '/header/Idempotency-Key', message: 'was already used with a different body' }],
    }),
  );

/**
 * `Idempotency-Key` for writes: the same key and body replay the first answer (same status,
 * same body); the same key with another body is 422. Requests with the same key that arrive while
 * the first is still running wait for its answer instead of racing it, and the store's claim
 * keeps a second process (or a retry after a restart) from writing twice.
 * The body is compared as canonical JSON, so key order and spacing do not make it "another body".
 */
export class IdempotentWrites {
  private readonly inflight = new Map<string, { fingerprint: string; response: Promise<StoredResponse> }>();

  constructor(
    private readonly keys: IdempotencyKeys,
    private readonly now: () => Date,
  ) {}

  async respond(
    scope: string,
    key: string,
    body: unknown,
    produce: () => Promise<StoredResponse>,
  ): Promise<{ response: StoredResponse; replayed: boolean }> {
    const fingerprint = createHash('sha256').update(canonicalJson(body)).digest('hex');
    const id = `${scope}\u0000${key}`;
    const running = this.inflight.get(id);
    if (running) {
      if (running.fingerprint !== fingerprint) return { response: reused(), replayed: false };
      return { response: await running.response, replayed: true };
    }
    // Registered before the first await, so a duplicate arriving meanwhile finds it.
    let settle!: (response: StoredResponse) => void;
    const response = new Promise<StoredResponse>((resolve) => (settle = resolve));
    this.inflight.set(id, { fingerprint, response });
    try {
      const outcome = await this.lead(scope, key, fingerprint, produce);
      settle(outcome.response);
      return outcome;
    } catch (error) {
      settle(problemResponse(500, problem('internal', 500, { detail: 'The first request with this Idempotency-Key failed; retry it.' })));
      throw error;
    } finally {
      this.inflight.delete(id);
    }
  }

  private async lead(
    scope: string,
    key: string,
    fingerprint: string,
    produce: () => Promise<StoredResponse>,
  ): Promise<{ response: StoredResponse; replayed: boolean }> {
    const claim = await this.keys.claim(scope, key, fingerprint, this.now());
    if (claim.state === 'completed')
      return claim.fingerprint === fingerprint ? { response: claim.response, replayed: true } : { response: reused(), replayed: false };
    if (claim.state === 'pending') {
      if (claim.fingerprint !== fingerprint) return { response: reused(), replayed: false };
      return {
        response: problemResponse(
          409,
          problem('conflict', 409, {
            title: 'Still in progress',
            detail: 'A request with this Idempotency-Key is still being processed; retry in a moment to get its answer.',
          }),
          { 'Retry-After': '1' },
        ),
        replayed: false,
      };
    }
    let response: StoredResponse;
    try {
      response = await produce();
    } catch (error) {
      await this.keys.release(scope, key);
      throw error;
    }
    // A server failure is not an answer to keep: the client may retry with the same key.
    if (response.status >= 500) await this.keys.release(scope, key);
    else await this.keys.complete(scope, key, response);
    return { response, replayed: false };
  }
}
