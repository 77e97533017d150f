import type { DisclosureItem, ItemList, ItemRevision, ItemRevisionList } from '@gongkai/spec';
import { walk, type WalkOptions } from '../pagination/walk';
import type { CallOptions } from '../transport/client-options';
import type { Transport } from '../transport/create-transport';
import { unwrap } from '../transport/unwrap';
import { representation } from '../transport/representation';
import type { As, QueryOf, Representation, RepresentationOptions } from '../types';

export type ItemsQuery = QueryOf<'listItems'>;
export type ItemHistoryQuery = QueryOf<'listItemHistory'>;
export type ItemsFeedQuery = QueryOf<'getItemsFeed'>;

/** Proactive disclosure (Art. 19–26): the catalogue, full texts, revisions and the Atom feed. */
export interface ItemsResource {
  /** One page of items, searched (`q`, Chinese substrings) and filtered across the departments. */
  list(query?: ItemsQuery, options?: CallOptions): Promise<ItemList>;
  /** Every item of the query, page by page; starts at `query.cursor` when given. */
  iterate(query?: ItemsQuery, options?: WalkOptions): AsyncGenerator<DisclosureItem, void, undefined>;
  /** One item with its full text; a withdrawn item is still answered, marked `withdrawn`. */
  get(itemId: string, options?: CallOptions): Promise<DisclosureItem>;
  /** One page of an item's revisions, oldest first. */
  history(itemId: string, query?: ItemHistoryQuery, options?: CallOptions): Promise<ItemRevisionList>;
  /** Every revision of an item. */
  iterateHistory(itemId: string, query?: ItemHistoryQuery, options?: WalkOptions): AsyncGenerator<ItemRevision, void, undefined>;
  /** The newest items as an Atom feed (RFC 4287), as text or as a stream. */
  feed<A extends As = 'text'>(query?: ItemsFeedQuery, options?: RepresentationOptions<A>): Promise<Representation<A>>;
}

export function itemsResource(t: Transport): ItemsResource {
  const list: ItemsResource['list'] = (query, options) => unwrap(t.api.GET('/v1/items', { params: { query }, ...options }));
  const history: ItemsResource['history'] = (itemId, query, options) =>
    unwrap(t.api.GET('/v1/items/{itemId}/history', { params: { path: { itemId }, query }, ...options }));
  return {
    list,
    iterate: (query, options) => walk((cursor) => list({ ...query, cursor }, options), options, query?.cursor),
    get: (itemId, options) => unwrap(t.api.GET('/v1/items/{itemId}', { params: { path: { itemId } }, ...options })),
    history,
    iterateHistory: (itemId, query, options) => walk((cursor) => history(itemId, { ...query, cursor }, options), options, query?.cursor),
    feed: (query, options) =>
      unwrap(t.api.GET('/v1/feeds/items', { params: { query }, ...representation('application/atom+xml', options) })) as never,
  };
}
