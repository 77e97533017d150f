import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * A secret handed to an applicant or a feedback submitter once (`gk_rq_…`, `gk_fb_…`): 32
 * random base64url characters, 192 bits. Only its sha256 is stored.
 */
export function newAccessToken(prefix: 'gk_rq_' | 'gk_fb_'): string {
  return `${prefix}${randomBytes(24).toString('base64url')}`;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Compares the token's hash with a stored one in constant time. */
export function tokenMatches(token: string, storedHash: string): boolean {
  const candidate = Buffer.from(hashToken(token), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return candidate.length === stored.length && timingSafeEqual(candidate, stored);
}
