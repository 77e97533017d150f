import { instantKeyOrUndefined } from '@gongkai/spec/china-time';

/**
 * The total order of list records. Every department sorts the same way, so the gateway can
 * merge their pages and resume with keyset cursors: `(key, id) < (?, ?)` in SQL terms.
 */

export type SortDirection = 'asc' | 'desc';

export interface SortSpec {
  readonly field: string;
  readonly direction: SortDirection;
}

/** What a sort field may hold; anything else counts as missing. */
export type SortValue = string | number | null;

/** Where a record sits in the order: its sort value and, to break ties, its id. */
export type SortKey = readonly [value: SortValue, id: string];

/** The least a record needs to be sorted: a globally unique id. */
export interface Identified {
  readonly id: string;
}

export const DEFAULT_SORT = '-publishedAt';

/** A `sort` query value that is not one of the allowed ones; the HTTP layer answers 400. */
export class SortError extends Error {
  override readonly name = 'SortError';
  readonly parameter = 'sort';

  constructor(
    readonly value: string,
    readonly allowed: readonly string[],
  ) {
    super(`Unsupported sort "${value}". Allowed values: ${allowed.join(', ')}.`);
  }
}

/** `-publishedAt` → descending by publishedAt. Absent or empty means the default sort. */
export function parseSort(
  sortParam: string | null | undefined,
  allowedFields: readonly string[],
  defaultSort: string = DEFAULT_SORT,
): SortSpec {
  const value = sortParam === null || sortParam === undefined || sortParam === '' ? defaultSort : sortParam;
  const descending = value.startsWith('-');
  const field = descending ? value.slice(1) : value;
  if (!allowedFields.includes(field)) {
    throw new SortError(
      value,
      allowedFields.flatMap((name) => [`-${name}`, name]),
    );
  }
  return { field, direction: descending ? 'desc' : 'asc' };
}

export function formatSort(sort: SortSpec): string {
  return sort.direction === 'desc' ? `-${sort.field}` : sort.field;
}

export function sortValueOf(record: Identified, field: string): SortValue {
  const value: unknown = Reflect.get(record, field);
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) ? value : null;
}

export function sortKeyOf<T extends Identified>(record: T, sort: SortSpec): SortKey {
  return [sortValueOf(record, sort.field), record.id];
}

/**
 * Orders two keys under `sort`. Missing values come last in both directions (SQL `NULLS LAST`),
 * so a client reading newest-first never meets undated records before dated ones.
 */
export function compareSortKeys(a: SortKey, b: SortKey, sort: SortSpec): number {
  const [valueA, idA] = a;
  const [valueB, idB] = b;
  if ((valueA === null) !== (valueB === null)) return valueA === null ? 1 : -1;
  const sign = sort.direction === 'desc' ? -1 : 1;
  const byValue = valueA === null || valueB === null ? 0 : compareValues(valueA, valueB);
  return sign * (byValue !== 0 ? byValue : compareCodeUnits(idA, idB));
}

export function compareBy(sort: SortSpec): <T extends Identified>(a: T, b: T) => number {
  return (a, b) => compareSortKeys(sortKeyOf(a, sort), sortKeyOf(b, sort), sort);
}

/** True when `record` comes strictly after `key`: what a keyset page resumes from. */
export function isAfter<T extends Identified>(record: T, key: SortKey, sort: SortSpec): boolean {
  return compareSortKeys(sortKeyOf(record, sort), key, sort) > 0;
}

// A field should hold one kind of value; if a department mixes them, the order must still be
// total, so kinds are ranked: numbers, then date-times, then other strings (plain dates sort
// correctly as strings because `YYYY-MM-DD` is zero-padded).
const KIND_NUMBER = 0;
const KIND_DATE_TIME = 1;
const KIND_TEXT = 2;

function compareValues(a: string | number, b: string | number): number {
  const instantA = typeof a === 'string' ? instantKeyOf(a) : undefined;
  const instantB = typeof b === 'string' ? instantKeyOf(b) : undefined;
  const kindA = kindOf(a, instantA);
  const kindB = kindOf(b, instantB);
  if (kindA !== kindB) return kindA - kindB;
  if (instantA !== undefined && instantB !== undefined) return compareCodeUnits(instantA, instantB);
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return compareCodeUnits(String(a), String(b));
}

function kindOf(value: string | number, instant: string | undefined): number {
  if (typeof value === 'number') return KIND_NUMBER;
  return instant !== undefined ? KIND_DATE_TIME : KIND_TEXT;
}

/** Code-unit order, like `ORDER BY … COLLATE "C"` / SQLite BINARY: locale-independent. */
function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// `2026-05-15T09:00:00+08:00` and `2026-05-15T01:00:00Z` are the same instant; comparing the
// strings would put them eight hours apart. The contract's ordering key (`instantKey`, the one the
// department kit stores) gives every spelling of an instant one key that sorts like the instant.
// Merging compares the same timestamps many times over (every department page, every page of a
// walk): key each text once. Bounded so a stream of distinct values cannot grow it without end.
const instantKeys = new Map<string, string | null>();
const MAX_INSTANT_KEYS = 50_000;

function instantKeyOf(text: string): string | undefined {
  let key = instantKeys.get(text);
  if (key === undefined) {
    key = instantKeyOrUndefined(text) ?? null;
    if (instantKeys.size >= MAX_INSTANT_KEYS) instantKeys.clear();
    instantKeys.set(text, key);
  }
  return key ?? undefined;
}
