import type { Context } from 'koa';
import { cachedList } from '../../federation/cached-list';
import type { GatewayContext } from '../../gateway-context';
import type { ListDefinition, ListQuery } from '../../federation/list-definitions';
import { sendCached } from '../send-cached';

/** A federated list on the full path (see `cachedList`; the fast path answers most of them first). */
export async function answerList(
  ctx: Context,
  gateway: GatewayContext,
  list: ListDefinition,
  params: { readonly query: ListQuery },
): Promise<void> {
  const { result, cacheKey } = await cachedList(gateway, list, params.query, {
    path: ctx.path,
    acceptPrefersCsv: () => ctx.accepts('application/json', 'text/csv') === 'text/csv',
  });
  sendCached(ctx, gateway, result, cacheKey);
}
