/**
 * Entity tags as the contract uses them (RFC 9110 §8.8.3): every `ETag` is strong, the quoted hex
 * of the first 128 bits of the SHA-256 of the exact bytes sent, so the same bytes give the same tag
 * on every department and every gateway replica (`"5d41402abc4b2a76b9719d911017c592"`).
 *
 * Dependency-free on purpose (`@gongkai/spec/etag`): the hashing is the caller's (`node:crypto`
 * on a server), and browser code compares tags without the validators or the bundled document.
 */

const DIGEST_BYTES = 16;
const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/** The strong ETag of a representation, from the SHA-256 digest of its bytes. */
export function strongEtagOf(sha256: Uint8Array): string {
  if (sha256.length < DIGEST_BYTES) throw new RangeError(`strongEtagOf: expected a SHA-256 digest, got ${sha256.length} bytes`);
  let hex = '';
  for (let index = 0; index < DIGEST_BYTES; index++) hex += HEX[sha256[index]!];
  return `"${hex}"`;
}

// RFC 9110 §8.8.3: entity-tag = [ "W/" ] DQUOTE *etagc DQUOTE, etagc = %x21 / %x23-7E / obs-text.
const STRONG_ETAG = /^"[\x21\x23-\x7e\x80-\xff]*"$/;

/** Whether `value` is a strong entity tag (quoted, not `W/`), safe to send back as a header value. */
export function isStrongEtag(value: string): boolean {
  return STRONG_ETAG.test(value);
}

/**
 * `If-None-Match` (RFC 9110 §13.1.2): `*`, or a list of tags compared weakly — `W/"x"` matches
 * `"x"` — so a cache that weakened our tag still gets its `304`.
 */
export function ifNoneMatchHits(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const opaque = withoutWeakPrefix(etag);
  return header.split(',').some((candidate) => withoutWeakPrefix(candidate.trim()) === opaque);
}

/**
 * `If-Match` (RFC 9110 §13.1.1): `*`, or a list of tags compared strongly, since a write must be
 * based on exactly the bytes the client read. An absent header holds.
 */
export function ifMatchHolds(header: string | undefined, etag: string): boolean {
  if (header === undefined || header.trim() === '*') return true;
  return header.split(',').some((candidate) => candidate.trim() === etag);
}

function withoutWeakPrefix(tag: string): string {
  return tag.startsWith('W/') ? tag.slice(2) : tag;
}
