/**
 * One page of a list that spans departments, independent of how departments are reached.
 *
 * Each department pages with its own opaque keyset cursor. The gateway's cursor remembers, per
 * department, the department cursor to re-request and the last record already handed out from
 * that page (`after`). Re-requesting a page and dropping what is not strictly after `after`
 * makes resuming idempotent even when the department changed in between.
 */
import { ApiError } from '@gongkai/spec';
import type { DepartmentPosition, DepartmentPositions } from './cursor';
import { failureOf, type DepartmentFailure } from '../departments/department-failure';
import { mergeSorted } from './merge';
import { compareBy, compareSortKeys, isAfter, sortKeyOf, type Identified, type SortKey, type SortSpec } from './sort-order';

export interface DepartmentPageRequest {
  readonly cursor: string | null;
  readonly limit: number;
}

export interface DepartmentPage<T> {
  readonly data: readonly T[];
  readonly next: string | null;
}

export type FetchDepartmentPage<T> = (departmentId: string, request: DepartmentPageRequest) => Promise<DepartmentPage<T>>;

/** The resumable part of a cursor; a decoded `FederatedCursor` is one. */
export interface FederatedPosition {
  readonly departments: DepartmentPositions;
}

export interface FederatedPageOptions<T extends Identified> {
  /** Departments this list covers. */
  readonly departments: readonly string[];
  /** Null for the first page. */
  readonly cursor: FederatedPosition | null;
  readonly limit: number;
  readonly sort: SortSpec;
  readonly fetchPage: FetchDepartmentPage<T>;
  /**
   * How many pages one department may be asked for while filling one gateway page. Bounds the
   * fan-out when a department pages in small steps; a short department only shortens the page.
   */
  readonly maxPagesPerDepartment?: number;
}

export interface FederatedPage<T> {
  readonly data: T[];
  /** Null when every department is exhausted. */
  readonly next: FederatedPosition | null;
  /** Departments that failed for this page; their position is kept so the next page retries them. */
  readonly failures: DepartmentFailure[];
}

const START: DepartmentPosition = { departmentCursor: null, after: null, done: false };
const DONE: DepartmentPosition = { departmentCursor: null, after: null, done: true };
const DEFAULT_MAX_PAGES_PER_DEPARTMENT = 4;

/** One department page as fetched: the cursor that produced it and its records after `after`. */
interface Segment<T> {
  readonly cursor: string | null;
  readonly fresh: readonly T[];
  readonly next: string | null;
}

interface Collected<T> {
  readonly department: string;
  readonly segments: readonly Segment<T>[];
  readonly records: readonly T[];
  /**
   * Every record the department has not shown yet sorts after this key: records beyond it from
   * other departments cannot be handed out yet. `undefined` when the department is exhausted.
   */
  readonly bound: SortKey | typeof BOTTOM | undefined;
}

/** A bound below every key: the department has more, and nothing it showed is known. */
const BOTTOM = Symbol('bottom');

export async function federatedPage<T extends Identified>(options: FederatedPageOptions<T>): Promise<FederatedPage<T>> {
  const { limit, sort } = options;
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive integer, got ${limit}`);
  const positions = startingPositions(options);
  const pending = [...positions].filter(([, position]) => !position.done);
  const outcomes = await Promise.all(
    pending.map(([department, position]) =>
      collect(options, department, position).then(
        (collected) => ({ department, collected }),
        (error: unknown) => ({ department, error, failure: failureOf(department, error) }),
      ),
    ),
  );

  // A department refusing the client's input (an `ApiError`) makes the whole answer that refusal:
  // the same request would be refused by every department, and a partial list would blame one.
  for (const outcome of outcomes) if ('failure' in outcome && outcome.error instanceof ApiError) throw outcome.error;
  const collected = outcomes.flatMap((outcome) => ('collected' in outcome ? [outcome.collected] : []));
  const failures = outcomes.flatMap((outcome) => ('failure' in outcome ? [outcome.failure] : []));
  const cut = lowestBound(collected, sort);
  const lists = collected.map((each) => each.records.filter((record) => isWithin(record, cut, sort)));
  const merged = mergeSorted(lists, compareBy(sort), limit);

  collected.forEach((each, index) => {
    positions.set(each.department, positionAfter(each, merged.consumed[index]!, positions.get(each.department)!, sort));
  });
  const next = [...positions.values()].every((position) => position.done) ? null : { departments: Object.fromEntries(positions) };
  return { data: merged.records, next, failures };
}

// A department missing from a cursor joined after the walk began; starting it from its first
// page would hand out records that belong before pages the client already has, so it joins the
// next walk instead. Departments in the cursor but no longer configured are dropped.
function startingPositions<T extends Identified>(options: FederatedPageOptions<T>): Map<string, DepartmentPosition> {
  const { cursor, departments } = options;
  return new Map(
    departments.flatMap((department): [string, DepartmentPosition][] => {
      if (cursor === null) return [[department, START]];
      const position = Object.hasOwn(cursor.departments, department) ? cursor.departments[department] : undefined;
      return position ? [[department, position]] : [];
    }),
  );
}

async function collect<T extends Identified>(
  options: FederatedPageOptions<T>,
  department: string,
  position: DepartmentPosition,
): Promise<Collected<T>> {
  const { fetchPage, limit, sort } = options;
  const maxPages = Math.max(1, options.maxPagesPerDepartment ?? DEFAULT_MAX_PAGES_PER_DEPARTMENT);
  const segments: Segment<T>[] = [];
  let cursor = position.departmentCursor;
  let lastSeen: SortKey | null = position.after;
  let freshCount = 0;
  while (segments.length < maxPages) {
    let page: DepartmentPage<T>;
    try {
      page = await fetchPage(department, { cursor, limit });
    } catch (error) {
      // A failure after the first page still leaves a consistent prefix: keep it, and the
      // bound stops the merge where this department's unseen records could begin.
      if (segments.length === 0) throw error;
      break;
    }
    // Sorting what should already be sorted costs one pass and protects the merge's invariant.
    const data = [...page.data].sort(compareBy(sort));
    const fresh = position.after === null ? data : data.filter((record) => isAfter(record, position.after!, sort));
    segments.push({ cursor, fresh, next: page.next });
    freshCount += fresh.length;
    if (data.length > 0) lastSeen = sortKeyOf(data[data.length - 1]!, sort);
    if (page.next === null || freshCount >= limit) break;
    cursor = page.next;
  }
  const exhausted = segments[segments.length - 1]!.next === null;
  return {
    department,
    segments,
    records: segments.flatMap((segment) => segment.fresh),
    bound: exhausted ? undefined : (lastSeen ?? BOTTOM),
  };
}

function lowestBound<T>(collected: readonly Collected<T>[], sort: SortSpec): SortKey | typeof BOTTOM | undefined {
  let lowest: SortKey | typeof BOTTOM | undefined;
  for (const { bound } of collected) {
    if (bound === undefined || lowest === BOTTOM) continue;
    if (bound === BOTTOM || lowest === undefined || compareSortKeys(bound, lowest, sort) < 0) lowest = bound;
  }
  return lowest;
}

function isWithin<T extends Identified>(record: T, cut: SortKey | typeof BOTTOM | undefined, sort: SortSpec): boolean {
  if (cut === undefined) return true;
  return cut !== BOTTOM && !isAfter(record, cut, sort);
}

/**
 * Where the department resumes once `consumed` of its fresh records are handed out: on the page
 * holding the first record not handed out (skipping up to the last one that was), or on the
 * department's next page when everything fetched was handed out.
 */
function positionAfter<T extends Identified>(
  collected: Collected<T>,
  consumed: number,
  start: DepartmentPosition,
  sort: SortSpec,
): DepartmentPosition {
  let remaining = consumed;
  let lastConsumed: SortKey | null = null;
  for (const segment of collected.segments) {
    if (remaining < segment.fresh.length) {
      const after = remaining > 0 ? sortKeyOf(segment.fresh[remaining - 1]!, sort) : (lastConsumed ?? start.after);
      return { departmentCursor: segment.cursor, after, done: false };
    }
    remaining -= segment.fresh.length;
    if (segment.fresh.length > 0) lastConsumed = sortKeyOf(segment.fresh[segment.fresh.length - 1]!, sort);
  }
  const last = collected.segments[collected.segments.length - 1]!;
  if (last.next === null) return DONE;
  // The department's own cursor resumes after its page, so `after` is only still needed when
  // nothing was handed out (every record fetched was at or before the old `after`).
  return { departmentCursor: last.next, after: lastConsumed === null ? start.after : null, done: false };
}
