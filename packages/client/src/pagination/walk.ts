import type { FederationFailure, ListLinks, ListMeta } from '@gongkai/spec';
import { GongkaiError, PartialResultError } from '../errors';
import type { CallOptions } from '../transport/client-options';

/** A page of any list of the contract: `{ data, meta, links }`. */
export interface Page<T> {
  readonly data: readonly T[];
  readonly meta: ListMeta;
  readonly links: ListLinks;
}

export interface WalkOptions extends CallOptions {
  /**
   * Told of every page that some departments did not contribute to (`meta.partial`), with why.
   * The gateway keeps their position, so a later page retries them: the walk may still end
   * complete, but not in order.
   */
  readonly onPartial?: (failures: readonly FederationFailure[], page: Page<unknown>) => void;
  /** `'error'` throws a `PartialResultError` at a partial page instead of yielding it (default `'continue'`). */
  readonly partial?: 'continue' | 'error';
}

/** Tells the walk's options about a partial page, and refuses it when they say so. */
export function checkPartial(page: Page<unknown>, options: WalkOptions): void {
  if (!page.meta.partial) return;
  const failures = page.meta.failures ?? [];
  options.onPartial?.(failures, page);
  if (options.partial === 'error') throw new PartialResultError(failures);
}

/** The cursor of the next page, from `links.next`; undefined on the last page. */
export function nextCursor(links: ListLinks): string | undefined {
  if (!links.next) return undefined;
  const cursor = new URL(links.next, 'http://next.invalid').searchParams.get('cursor');
  if (!cursor) throw new GongkaiError(`The next link has no cursor: ${links.next}`);
  return cursor;
}

/**
 * Every record of a list, page by page along the cursor, starting at `cursor` (the first page when
 * undefined). A walk ends with every record or throws: when a department keeps failing, the
 * gateway keeps its position and hands out an empty page with the same cursor again, and rather
 * than ask forever (or stop as if the list were complete) the walk throws a `PartialResultError`.
 */
export async function* walk<T>(
  loadPage: (cursor: string | undefined) => Promise<Page<T>>,
  options: WalkOptions = {},
  cursor?: string,
): AsyncGenerator<T, void, undefined> {
  do {
    const page = await loadPage(cursor);
    checkPartial(page, options);
    yield* page.data;
    const next = nextCursor(page.links);
    if (next && next === cursor && !page.data.length) throw new PartialResultError(page.meta.failures ?? []);
    cursor = next;
  } while (cursor);
}
