import { createHash, timingSafeEqual } from 'node:crypto';
import { ApiError, problem } from '@gongkai/spec';
import type { Context } from 'koa';
import { bearerToken } from './bearer-token';

const sha256 = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

/**
 * Checks the staff token of an admin operation. Tokens are compared as sha256 digests in
 * constant time, against every configured token (no early exit), so neither the length nor the
 * position of a token leaks through timing.
 */
export function adminAuthenticator(tokens: readonly string[]): (ctx: Context) => void {
  const digests = tokens.map(sha256);
  const challenge = { 'WWW-Authenticate': 'Bearer realm="gongkai-department-admin"' };
  return (ctx) => {
    const token = bearerToken(ctx);
    if (token === undefined) {
      throw new ApiError(
        problem('unauthorized', 401, {
          title: 'Staff token required',
          detail: 'Admin operations need a department staff token as `Authorization: Bearer <token>`.',
        }),
        challenge,
      );
    }
    const candidate = sha256(token);
    let valid = false;
    for (const digest of digests) valid = timingSafeEqual(candidate, digest) || valid;
    if (!valid)
      throw new ApiError(
        problem('unauthorized', 401, {
          title: 'Staff token not accepted',
          detail: 'The bearer token is not a staff token of this department.',
        }),
        challenge,
      );
  };
}
