import type { DisclosureItem } from '@gongkai/spec';
import type { ItemListQuery, Page, SortKey } from '../store/disclosure-store';
import { relevanceOf } from './relevance';
import type { SearchQuery } from './search-query';

/** How many matches one read of the store returns while ranking: few reads, each of bounded size. */
const BATCH = 5000;

type Ranked = { readonly item: DisclosureItem; readonly relevance: number };

/** Descending by relevance, ties by id descending (code units), as the contract orders `-relevance`. */
function compareRanked(a: Ranked, b: Ranked): number {
  if (a.relevance !== b.relevance) return b.relevance - a.relevance;
  return a.item.id < b.item.id ? 1 : a.item.id > b.item.id ? -1 : 0;
}

function isAfter(ranked: Ranked, key: SortKey): boolean {
  const [relevance, id] = key;
  const score = typeof relevance === 'number' ? relevance : Number.POSITIVE_INFINITY;
  return ranked.relevance < score || (ranked.relevance === score && ranked.item.id < id);
}

/**
 * One page of `-relevance` order for a search. A relevance depends on the query, so no index
 * holds it: every match is read (in batches, the store's own filters and plan deciding how) and
 * scored, and only the best `limit + 1` after the cursor's `[relevance, id]` are kept, so memory
 * stays bounded by the page, not by the number of matches. The cost grows with the matches: a
 * term found in most of a large catalogue is better read newest first.
 */
export async function relevancePage(
  list: (query: ItemListQuery) => Promise<Page<DisclosureItem>>,
  query: ItemListQuery,
  search: SearchQuery,
  batchSize = BATCH,
): Promise<Page<DisclosureItem & { relevance: number }>> {
  const { after, limit, sort: _sort, ...filters } = query;
  const keep = limit + 1;
  let best: Ranked[] = [];
  let walkAfter: SortKey | undefined;
  do {
    // Any order reads every match; the newest-first one is the stores' best-indexed.
    const batch = await list({ ...filters, sort: '-publishedAt', limit: batchSize, ...(walkAfter ? { after: walkAfter } : {}) });
    for (const item of batch.records) {
      const ranked = { item, relevance: relevanceOf(item, search) };
      if (!after || isAfter(ranked, after)) best.push(ranked);
    }
    if (best.length > keep * 4) best = best.sort(compareRanked).slice(0, keep);
    walkAfter = batch.next ?? undefined;
  } while (walkAfter);
  best = best.sort(compareRanked).slice(0, keep);
  const records = best.slice(0, limit).map(({ item, relevance }) => ({ ...item, relevance }));
  const last = best[limit - 1];
  return { records, next: best.length > limit && last ? [last.relevance, last.item.id] : null };
}
