/**
 * A fresh `Idempotency-Key`: 128 random bits in hex. `crypto.getRandomValues` rather than
 * `randomUUID`, which browsers only offer on https pages — and many government sites still serve http.
 */
export function newIdempotencyKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
