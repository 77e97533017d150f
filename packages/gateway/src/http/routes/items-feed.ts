import type { Context } from 'koa';
import { itemsToAtom, type DisclosureItem, type OperationParameters } from '@gongkai/spec';
import { linkOrigin } from '../../answers/link-origin';
import { toQueryString } from '../../departments/department-query';
import { federatedList } from '../../federation/federated-list';
import { UNCACHEABLE_HEADER } from '../../cache/uncacheable';
import type { GatewayContext } from '../../gateway-context';
import { LISTS } from '../../federation/list-definitions';
import { sendCached } from '../send-cached';

/** `GET /v1/feeds/items`: the newest items across departments as Atom, for feed readers. */
export async function answerItemsFeed(ctx: Context, gateway: GatewayContext, params: OperationParameters<'getItemsFeed'>): Promise<void> {
  // Not Koa's ctx.host, which believes any X-Forwarded-Host once the proxy is trusted (and Koa
  // 3's ctx.origin is the Origin request header, not this server's origin).
  const baseUrl = linkOrigin(ctx.req, gateway.config);
  const selfQuery = toQueryString(params.query);
  const key = `feed:items:${baseUrl}:${selfQuery.toString()}`;
  const result = await gateway.cache.get(key, async () => {
    const page = await federatedList<DisclosureItem>(gateway, LISTS.listItems, { ...params.query, sort: '-publishedAt' });
    const selfPath = `${ctx.path}${selfQuery.size ? `?${selfQuery.toString()}` : ''}`;
    const xml = itemsToAtom(page.data, { baseUrl, selfPath, updatedFallback: '2019-05-15T00:00:00+08:00' });
    const headers: Record<string, string> = page.failures.length ? { [UNCACHEABLE_HEADER]: 'true' } : {};
    return { status: 200, contentType: 'application/atom+xml; charset=utf-8', body: Buffer.from(xml), headers };
  });
  sendCached(ctx, gateway, result, key);
}
