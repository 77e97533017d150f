import { bodyJson, type Exchange } from '../http/exchange';
import type { Probe } from '../http/probe';
import { failure, unexpectedAnswer, type Failure } from './failure';

export type ListRecord = Readonly<Record<string, unknown>>;

export interface WalkPage {
  readonly exchange: Exchange;
  readonly records: readonly ListRecord[];
  readonly next?: string;
  readonly meta: Readonly<Record<string, unknown>>;
}

/** A list read page by page along `links.next`, as a client reads it. */
export interface Walk {
  readonly pages: readonly WalkPage[];
  readonly records: readonly ListRecord[];
  /** Whether the walk reached the last page (not stopped at the record budget or by a fault). */
  readonly complete: boolean;
  readonly failures: readonly Failure[];
}

export interface WalkOptions {
  /** Stop once this many records are read (a real department may hold a million). */
  readonly maxRecords: number;
  /** The page size asked for, to tell a page that is too long. */
  readonly pageSize?: number;
}

/** The `{ data, meta, links }` of a page, or a description of what is wrong with it. */
function listPage(exchange: Exchange): Omit<WalkPage, 'exchange'> | string {
  const body = bodyJson(exchange.response) as { data?: unknown; meta?: unknown; links?: { next?: unknown } } | undefined;
  if (!body || !Array.isArray(body.data)) return 'the answer is not a list ({ data, meta, links })';
  const next = body.links?.next;
  if (next !== undefined && typeof next !== 'string') return 'links.next is not a string';
  const records = body.data.filter((record): record is ListRecord => typeof record === 'object' && record !== null);
  return { records, ...(typeof next === 'string' ? { next } : {}), meta: (body.meta ?? {}) as Record<string, unknown> };
}

/**
 * Reads a list from `first` along `links.next` (resolved against the page's own URL, as a URI
 * reference is). Stops at the last page, at the record budget, or at the first fault: an answer
 * that is not a list page, a `next` that leaves the server, a page that repeats an earlier one's
 * link, an empty page that still has a `next`, a page longer than its `limit`.
 */
export async function walkList(probe: Probe, first: string, options: WalkOptions): Promise<Walk> {
  const pages: WalkPage[] = [];
  const records: ListRecord[] = [];
  const seenLinks = new Set<string>();
  let target: string | URL = first;
  const stop = (complete: boolean, failures: Failure[] = []): Walk => ({ pages, records, complete, failures });
  for (;;) {
    const exchange = await probe.send({ target });
    if (exchange.response.status !== 200) return stop(false, [unexpectedAnswer(exchange, '200 with a page of the list')]);
    const page = listPage(exchange);
    if (typeof page === 'string') return stop(false, [failure(page, '{ data: [...], meta: {...}, links: { next? } }', exchange)]);
    pages.push({ exchange, ...page });
    records.push(...page.records);
    if (options.pageSize !== undefined && page.records.length > options.pageSize)
      return stop(false, [failure(`the page has ${page.records.length} records`, `at most limit=${options.pageSize}`, exchange)]);
    if (page.next === undefined) return stop(true);
    if (page.records.length === 0)
      return stop(false, [
        failure('an empty page has links.next', 'a page with links.next holds at least one record, or a client never ends', exchange),
      ]);
    let nextUrl: URL;
    try {
      nextUrl = new URL(page.next, exchange.request.url);
    } catch {
      return stop(false, [failure(`links.next "${page.next}" is not a URL reference`, 'a URL or a path', exchange)]);
    }
    if (nextUrl.origin !== probe.baseUrl.origin)
      return stop(false, [
        failure(`links.next leads to another server (${nextUrl.origin})`, `a link on ${probe.baseUrl.origin}`, exchange),
      ]);
    if (seenLinks.has(nextUrl.toString()))
      return stop(false, [failure('links.next repeats the link of an earlier page', 'each page links to a new position', exchange)]);
    seenLinks.add(nextUrl.toString());
    if (records.length >= options.maxRecords) return stop(false);
    target = nextUrl;
  }
}

/** How a record is told apart from the others in its list: its `id`, or its position field (`revision`). */
export function recordKey(record: ListRecord, fallbackField?: string): string {
  const value = record['id'] ?? (fallbackField ? record[fallbackField] : undefined);
  return typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(record);
}
