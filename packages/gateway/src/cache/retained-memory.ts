/**
 * What keeping a value in a long-lived cache really costs, and how to keep only that. A cache that
 * counts only the bytes of its bodies underestimates what small entries hold; with a new key per
 * request (a distinct `q`) that difference, not the bodies, is what grows.
 */

/**
 * Bytes held by one cache entry beyond its key and payload: the entry object, its headers object
 * and strings, the LRU's slots. Estimated from heap snapshots of small JSON answers, rounded up.
 */
export const ENTRY_OVERHEAD_BYTES = 512;

/** What a string occupies on the heap: two bytes a code unit at most (V8 keeps Latin-1 in one). */
export function stringBytes(text: string): number {
  return text.length * 2;
}

/**
 * The key as one flat string. Keys built by concatenation are V8 cons strings that keep every
 * piece (a whole URL, its query string, a prefix) alive as separate objects; a flat copy holds
 * only its characters.
 */
export function flatString(text: string): string {
  // Writing the characters into a buffer and reading them back makes a new sequential string.
  return Buffer.from(text, 'utf16le').toString('utf16le');
}

/**
 * The bytes, in a buffer of their own. `Buffer.from(string)` of less than 4 KiB is a view into a
 * shared 8 KiB pool slab, and keeping the view keeps the slab: a 200-byte answer would hold 8 KiB.
 */
export function ownedBytes(body: Buffer): Buffer {
  if (body.byteOffset === 0 && body.byteLength === body.buffer.byteLength) return body;
  const copy = Buffer.allocUnsafeSlow(body.byteLength);
  body.copy(copy);
  return copy;
}
