import { ApiError, problem } from '@gongkai/spec';
import type { Context } from 'koa';

/** The media type to answer in, by `Accept` (the first offered when anything goes); 406 when none is acceptable. */
export function negotiate<T extends string>(ctx: Context, offered: readonly [T, ...T[]]): T {
  const chosen = ctx.accepts(...offered);
  if (typeof chosen === 'string') return chosen as T;
  throw new ApiError(
    problem('not-acceptable', 406, {
      detail: `This resource is available as ${offered.join(' or ')}; the Accept header (${ctx.get('Accept')}) allows none of them.`,
    }),
  );
}
