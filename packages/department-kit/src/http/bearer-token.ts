import type { Context } from 'koa';

/** The token of an `Authorization: Bearer <token>` header, if there is one. */
export function bearerToken(ctx: Context): string | undefined {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(ctx.get('Authorization'));
  return match?.[1];
}
