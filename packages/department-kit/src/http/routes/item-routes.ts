import { checkFieldNames, itemsToAtom, itemsToCsv, selectFields, type DisclosureItem, type ItemInput } from '@gongkai/spec';
import { addDays } from '../../calendar/calendar-date';
import { newItem, revisedItem, withdrawnItem } from '../../items/item-record';
import { StoreConflictError, type ItemFilter, type ItemListQuery, type Page } from '../../store/disclosure-store';
import type { ItemFacet } from '../../store/item-summary';
import { relevanceOf } from '../../search/relevance';
import { relevancePage } from '../../search/relevance-page';
import { storeSearch, wantedPhrases, type SearchQuery } from '../../search/search-query';
import { snippetOf } from '../../search/snippet';
import { itemRevision } from '../../items/item-revision';
import { chinaMidnight, chinaYearOf } from '@gongkai/spec/china-time';
import { asksForUs, clock, type DepartmentContext } from '../department-context';
import { padded } from '../fresh-id';
import { listAnswer, listReply, resumeFrom, wantsCsv } from '../list-answer';
import type { OperationHandlers } from '../operation-router';
import { searchOf, versionedResource } from '../versioned-resource';

/**
 * Publishes an item, at the time the kit records it, under its own id or a generated
 * `<department>:<year>-<000123>`; a generated index number comes from the department's scheme.
 * Generated values that an import already took are skipped.
 */
async function publishItem(context: DepartmentContext, input: ItemInput, now: string): Promise<DisclosureItem> {
  const { store, department } = context;
  const year = chinaYearOf(now);
  for (let attempt = 0; ; attempt += 1) {
    const id = input.id ?? `${department.id}:${year}-${padded(await store.nextSequence(`item:${year}`), 6)}`;
    const indexNumber =
      input.indexNumber ?? context.indexNumber({ department, year, sequence: await store.nextSequence(`index-number:${year}`) });
    const item = newItem(input, {
      departmentId: department.id,
      calendar: context.calendar,
      id,
      indexNumber,
      now,
      publicationLimits: context.publicationLimits,
    });
    try {
      await store.items.create(item, { action: 'created', at: item.publishedAt });
      return item;
    } catch (error) {
      const generated =
        error instanceof StoreConflictError &&
        ((error.field === 'id' && input.id === undefined) || (error.field === 'indexNumber' && input.indexNumber === undefined));
      if (!generated || attempt >= 10_000) throw error;
    }
  }
}

/**
 * The items of a search answer with their `relevance` and `snippet`. The snippet may come from the
 * body, which lists do not carry: it is read for the page's items only.
 */
async function withMatches(context: DepartmentContext, page: Page<DisclosureItem>, search: SearchQuery): Promise<Page<DisclosureItem>> {
  const phrases = wantedPhrases(search);
  const records = await Promise.all(
    page.records.map(async (item) => {
      const full = (await context.store.items.get(item.id)) ?? item;
      const snippet = snippetOf(full, phrases);
      return { ...item, relevance: relevanceOf(item, search), ...(snippet ? { snippet } : {}) };
    }),
  );
  return { records, next: page.next };
}

/** A search's `relevance` and `snippet` stay on a record cut down by `fields=`: the gateway merges by them. */
function withSearchFields(item: DisclosureItem, selected: Partial<DisclosureItem>): Partial<DisclosureItem> {
  const { relevance, snippet } = item as DisclosureItem & { relevance?: number; snippet?: unknown };
  return { ...selected, ...(relevance !== undefined ? { relevance } : {}), ...(snippet !== undefined ? { snippet } : {}) };
}

type ListItemsQuery = Parameters<OperationHandlers['listItems']>[0]['query'];

/** The list's filters as the store takes them (the search terms apart). */
function itemFilterOf(query: ListItemsQuery): ItemFilter {
  return {
    ...(query.category ? { category: query.category } : {}),
    ...(query.topic ? { topic: query.topic } : {}),
    ...(query.division ? { divisionCode: query.division } : {}),
    ...(query.level ? { level: query.level } : {}),
    ...(query.validity ? { validity: query.validity } : {}),
    ...(query.publishedFrom ? { publishedFrom: chinaMidnight(query.publishedFrom) } : {}),
    // The last day the calendar arithmetic can name has no "next day": no upper bound then.
    ...(query.publishedTo && query.publishedTo < '9999-12-31' ? { publishedBefore: chinaMidnight(addDays(query.publishedTo, 1)) } : {}),
  };
}

/** `meta.total`, `meta.totalIsEstimate` and the `meta.facets` asked, for the first page. */
async function summaryMeta(context: DepartmentContext, filter: ItemFilter, query: ListItemsQuery) {
  const asked = query.facets ?? [];
  const storeFacets = asked.filter((facet): facet is ItemFacet => facet !== 'department');
  const summary = asksForUs(context, query.department)
    ? await context.store.items.summarize(filter, storeFacets)
    : { total: 0, totalIsEstimate: false, facets: Object.fromEntries(storeFacets.map((facet) => [facet, {}])) };
  const facets = {
    ...summary.facets,
    ...(asked.includes('department') ? { department: summary.total ? { [context.department.id]: summary.total } : {} } : {}),
  };
  return {
    total: summary.total,
    ...(summary.totalIsEstimate ? { totalIsEstimate: true } : {}),
    ...(asked.length ? { facets } : {}),
  };
}

export function itemHandlers(
  context: DepartmentContext,
): Pick<OperationHandlers, 'listItems' | 'getItem' | 'listItemHistory' | 'getItemsFeed' | 'createItem' | 'updateItem' | 'withdrawItem'> {
  const { store } = context;
  // Items are published by `publishItem` (index numbers, generated ids); the rest is the common way.
  const items = versionedResource(context, {
    noun: 'disclosure item',
    changedNoun: 'item',
    collection: (store) => store.items,
    path: '/v1/items',
    createdAt: (item) => item.publishedAt,
  });
  return {
    async listItems({ query }, ctx) {
      const filter = itemFilterOf(query);
      const fields = query.fields;
      if (fields) checkFieldNames('DisclosureItem', fields);
      // Asking for the body by name is asking for it too.
      const includeBody = query.include?.includes('body') === true || fields?.includes('body') === true;
      const search = searchOf(query.q);
      const ranked = search && query.sort === '-relevance';
      const list = ranked ? (listed: ItemListQuery) => relevancePage((q) => store.items.list(q), listed, search) : undefined;
      const page = await items.page(
        ctx,
        query,
        (position): ItemListQuery => ({ ...position, sort: query.sort ?? '-publishedAt', ...filter, includeBody }),
        list,
      );
      const matched = search ? await withMatches(context, page, search) : page;
      if (wantsCsv(ctx, query)) return listReply(ctx, query, matched, (item) => item, itemsToCsv);
      const answer = listAnswer(ctx, query, matched, fields ? (item) => withSearchFields(item, selectFields(item, fields)) : undefined);
      // Counting is for the first page: the pages after it belong to the same list.
      if (query.cursor !== undefined) return { json: answer };
      return { json: { ...answer, meta: await summaryMeta(context, { ...filter, ...(search ? storeSearch(search) : {}) }, query) } };
    },

    async getItem({ path }) {
      return { json: await items.read(path.itemId) };
    },

    async listItemHistory({ path, query }, ctx) {
      await items.current(path.itemId);
      const after = resumeFrom(ctx, query);
      const page = await store.items.history(path.itemId, { limit: query.limit ?? 20, ...(after ? { after } : {}) });
      return { json: listAnswer(ctx, query, page, itemRevision) };
    },

    async getItemsFeed({ query }, ctx) {
      const newest = asksForUs(context, query.department)
        ? (
            await store.items.list({
              sort: '-publishedAt',
              limit: query.limit ?? 20,
              ...(query.category ? { category: query.category } : {}),
              ...(query.topic ? { topic: query.topic } : {}),
            })
          ).records
        : [];
      // Koa 3's `ctx.origin` is the Origin request header, not this server's origin.
      const baseUrl = context.publicBaseUrl ?? `${ctx.protocol}://${ctx.host}`;
      const text = itemsToAtom(newest, { baseUrl, selfPath: ctx.url, title: `${context.department.name} — 最新公开信息` });
      return { text, type: 'application/atom+xml; charset=utf-8' };
    },

    async createItem({ body }) {
      const item = await publishItem(context, body, clock(context).now);
      return { status: 201, json: item, headers: { Location: `/v1/items/${item.id}` } };
    },

    async updateItem({ path, header, body }) {
      return items.revise(path.itemId, header['If-Match'], (current, now) => {
        const { item, changedFields } = revisedItem(current, body, context.calendar, now, { publicationLimits: context.publicationLimits });
        return { record: item, changedFields };
      });
    },

    async withdrawItem({ path, body }) {
      return items.withdraw(path.itemId, body.reason, (current, now) => withdrawnItem(current, body.reason, now));
    },
  };
}
