/**
 * One factory for the versioned resources (items, fee schedules, budgets, emergency notices): what
 * reading, listing, publishing, revising and withdrawing one of them takes is written once, and each
 * resource states only its own rules — its name, its view, when it was created, how its ids are
 * made. A fix to any of these steps lands for every resource.
 */
import type { Context } from 'koa';
import { ApiError, validationProblem } from '@gongkai/spec';
import { changedFields } from '../items/changed-fields';
import type { DisclosureStore, Page, PageRequest, VersionedCollection } from '../store/disclosure-store';
import { isEmptySearch, parseSearchQuery, storeSearch, type SearchQuery, type StoreSearch } from '../search/search-query';
import { asksForUs, clock, notFound, ownId, type DepartmentContext } from './department-context';
import { withFreshId } from './fresh-id';
import { assertIfMatch, writeOrConflict } from './if-match';
import { resumeFrom } from './list-answer';
import { totalMeta, type TotalMeta } from './list-total-meta';

interface Versioned {
  readonly id: string;
  readonly revision?: number;
}

export interface VersionedResourceRules<T extends Versioned, Q, V> {
  /** What the resource is called in a 404: `fee schedule`. */
  readonly noun: string;
  /** What it is called when a write lost to another (`The item changed since you read it`); default `noun`. */
  readonly changedNoun?: string;
  /** Where it is kept. */
  readonly collection: (store: DisclosureStore) => VersionedCollection<T, Q>;
  /** The collection path of its public reads, for `Location`: `/v1/fees`. */
  readonly path: string;
  /** When a new record counts as created in the changes feed (its publication or issue time). */
  readonly createdAt: (record: T) => string;
  /** What readers see of a record (a fee's status today); default the record as stored. */
  readonly view?: (record: T) => V;
}

/** What a list request asks, as far as every list reads it. */
export type ListRequest = Readonly<Record<string, unknown>> & {
  readonly department?: readonly string[];
  readonly limit?: number;
  readonly q?: string;
};

/** The page position and search of a list request, for the collection's own query. */
export interface ListPosition extends PageRequest, Partial<StoreSearch> {}

/** A generated id: the sequence numbered from, and the id a number gives. */
export interface FreshId {
  readonly sequence: string;
  readonly idOf: (number: number) => string;
}

/**
 * The search of `q` (every list that takes it; the syntax is `parseSearchQuery`'s): a `q` that
 * asks nothing (whitespace, empty quotes) is refused rather than answered with everything.
 */
export function searchOf(q: string | undefined): SearchQuery | undefined {
  if (q === undefined) return undefined;
  const search = parseSearchQuery(q);
  if (isEmptySearch(search))
    throw new ApiError(validationProblem([{ pointer: '/query/q', message: 'must contain something other than whitespace' }]));
  return search;
}

export function versionedResource<T extends Versioned, Q, V = T>(context: DepartmentContext, rules: VersionedResourceRules<T, Q, V>) {
  const collection = rules.collection(context.store);
  const view = rules.view ?? ((record: T) => record as unknown as V);
  const changedNoun = rules.changedNoun ?? rules.noun;

  async function current(id: string): Promise<T> {
    const record = await collection.get(id);
    if (!record) throw notFound(rules.noun, id);
    return record;
  }

  return {
    view,
    current,

    /** The record as readers see it; 404 when there is none. */
    async read(id: string): Promise<V> {
      return view(await current(id));
    },

    /**
     * One page of the list: the query is checked (cursor, search terms) before anything else, and
     * a `department` filter that leaves this department out gets an empty page. `list` reads
     * the page (default: the collection's own list).
     */
    async page(
      ctx: Pick<Context, 'path'>,
      request: ListRequest,
      queryOf: (position: ListPosition) => Q,
      list: (query: Q) => Promise<Page<T>> = (query) => collection.list(query),
    ): Promise<Page<T>> {
      const search = searchOf(request.q);
      const after = resumeFrom(ctx, request);
      if (!asksForUs(context, request.department)) return { records: [], next: null };
      return list(queryOf({ limit: request.limit ?? 20, ...(after ? { after } : {}), ...(search ? storeSearch(search) : {}) }));
    },

    /** `meta.total` of the list `page` answers (on its first page): the same filters and search, counted. */
    async total(request: ListRequest, queryOf: (position: ListPosition) => Q): Promise<TotalMeta> {
      return totalMeta(context, request, () => {
        const search = searchOf(request.q);
        return collection.count(queryOf({ limit: 0, ...(search ? storeSearch(search) : {}) }));
      });
    },

    /**
     * Publishes a record under the id given (which must be this department's) or a generated one;
     * `check` runs first, so that a refused record does not use up a number.
     */
    async create(
      id: string | undefined,
      make: (id: string, now: string) => T,
      freshId: (now: string) => FreshId,
      check?: () => Promise<void> | void,
    ): Promise<{ status: 201; json: V; headers: { Location: string } }> {
      ownId(context, id);
      await check?.();
      const { now } = clock(context);
      const publish = async (recordId: string) => {
        const record = make(recordId, now);
        await collection.create(record, { action: 'created', at: rules.createdAt(record) });
        return record;
      };
      const { sequence, idOf } = freshId(now);
      const record = id !== undefined ? await publish(id) : await withFreshId(() => context.store.nextSequence(sequence), idOf, publish);
      return { status: 201, json: view(record), headers: { Location: `${rules.path}/${record.id}` } };
    },

    /** A new revision, if `If-Match` (when sent) still names the current one. */
    async revise(
      id: string,
      ifMatch: string | undefined,
      revised: (record: T, now: string) => { record: T; changedFields: readonly string[] },
    ): Promise<{ json: V }> {
      const record = await current(id);
      assertIfMatch(ifMatch, view(record), changedNoun);
      const { now } = clock(context);
      const revision = revised(record, now);
      await writeOrConflict(
        () =>
          collection.replace(revision.record, record.revision ?? 1, { action: 'updated', at: now, changedFields: revision.changedFields }),
        ifMatch,
        changedNoun,
      );
      return { json: view(revision.record) };
    },

    /** Withdraws the record (it stays readable, marked), noting why. */
    async withdraw(id: string, reason: string, withdrawn: (record: T, now: string) => T): Promise<{ json: V }> {
      const record = await current(id);
      const { now } = clock(context);
      const next = withdrawn(record, now);
      await writeOrConflict(
        () =>
          collection.replace(next, record.revision ?? 1, {
            action: 'withdrawn',
            at: now,
            note: reason,
            changedFields: changedFields(record, next),
          }),
        undefined,
        changedNoun,
      );
      return { json: view(next) };
    },
  };
}
