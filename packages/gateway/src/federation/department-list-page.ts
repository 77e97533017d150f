import type { DepartmentClient, DepartmentResponse } from '../departments/department-client';
import { parseDepartmentJson } from '../departments/department-client';
import { cursorOfNextLink } from '../departments/department-query';
import type { DepartmentPage } from './federated-page';
import { UpstreamError } from '../departments/upstream-error';
import { refusedClientInput } from '../departments/refused-client-input';

export interface ListEnvelope<T> {
  data?: unknown;
  meta?: { cursor?: unknown; [field: string]: unknown };
  links?: { next?: unknown };
  _records?: T;
}

export interface FetchedListPage<T> extends DepartmentPage<T> {
  /** For resumable feeds, the department's `meta.cursor`. */
  readonly resumeCursor: string | null;
  /** The department's `meta`, as it sent it (totals and facets are read from it). */
  readonly meta: Readonly<Record<string, unknown>>;
}

/**
 * Makes a page out of a department's 200 answer: `parsedListPage` parses it whole; the JSON list
 * answer reads it with the scanner instead (`scanned-list-page.ts`).
 */
export type ListPageReader<T> = (department: string, response: DepartmentResponse, cursorParameter: string) => FetchedListPage<T>;

/**
 * Asks one department for one page of a list and checks the envelope. A department that refuses
 * the client's input (400, 422) is working correctly: that refusal is the client's answer. One
 * that answers anything else but 200 with `{ data: [...] }` has failed for this page. `next` is
 * the value of `cursorParameter` in the department's `links.next` (`since` for the changes feed).
 */
export async function fetchDepartmentListPage<T>(
  client: DepartmentClient,
  path: string,
  query: URLSearchParams,
  cursorParameter = 'cursor',
  readPage: ListPageReader<T> = parsedListPage,
): Promise<FetchedListPage<T>> {
  const response = await client.getRevalidated(path, query);
  const refusal = refusedClientInput(client.id, response);
  if (refusal) throw refusal;
  if (response.status !== 200) {
    const detail = problemDetail(response.body);
    throw new UpstreamError(client.id, 'badAnswer', `answered ${response.status}${detail ? `: ${detail}` : ''}`);
  }
  return readPage(client.id, response, cursorParameter);
}

export function parsedListPage<T>(department: string, response: DepartmentResponse, cursorParameter: string): FetchedListPage<T> {
  return listPageOf(department, parseDepartmentJson<ListEnvelope<T>>(department, response), cursorParameter);
}

/** The page in a department's envelope, once the envelope is checked. */
export function listPageOf<T>(department: string, envelope: ListEnvelope<T>, cursorParameter: string): FetchedListPage<T> {
  if (!Array.isArray(envelope.data)) throw new UpstreamError(department, 'badAnswer', 'answered without a data array');
  return {
    data: envelope.data as T[],
    next: cursorOfNextLink(envelope.links?.next, cursorParameter),
    resumeCursor: typeof envelope.meta?.cursor === 'string' ? envelope.meta.cursor : null,
    meta: typeof envelope.meta === 'object' && envelope.meta !== null ? envelope.meta : {},
  };
}

function problemDetail(body: Buffer): string | undefined {
  try {
    const parsed = JSON.parse(body.toString('utf8')) as { detail?: unknown; title?: unknown };
    const text = typeof parsed.detail === 'string' ? parsed.detail : typeof parsed.title === 'string' ? parsed.title : undefined;
    return text?.slice(0, 200);
  } catch {
    return undefined;
  }
}
