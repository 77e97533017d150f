/**
 * One page of the changes feed across departments.
 *
 * A department's feed is a queue in its own `sequence` order, and only that order is promised:
 * `occurredAt` need not grow with the sequence (an import records old changes late). So the
 * gateway does not keyset-page the feed by time, as it does a list; it merges the queues by
 * their heads — the earliest `(occurredAt, departmentId, sequence)` first — and remembers, per
 * department, the department's own position and the last sequence handed out. A queue whose
 * fetched changes are used up while the department has more holds the whole merge back: the
 * change it shows next is unknown, and any other change handed out before it could be one a
 * client resuming by time would never see again.
 */
import type { Change } from '@gongkai/spec';
import { failureOf, type DepartmentFailure } from '../departments/department-failure';
import { compareSortKeys, type SortSpec } from './sort-order';

/** Where the gateway resumes one department's feed. */
export interface FeedPosition {
  /** The department's own `since` to read from; null is the start of its feed. */
  readonly since: string | null;
  /**
   * The highest sequence already handed out from this department. Changes up to it that come
   * back when `since` is read again are dropped: sequences are monotonic, so this is exact.
   */
  readonly afterSequence: number | null;
}

export interface FeedPage {
  readonly data: readonly Change[];
  /** The department's `since` for the page after this one, from its `links.next`; null when caught up. */
  readonly next: string | null;
  /** The department's `meta.cursor`: its position after the last change of this page. */
  readonly resume: string | null;
}

export type FetchFeedPage = (department: string, request: { since: string | null; limit: number }) => Promise<FeedPage>;

export interface ChangesMergeOptions {
  readonly departments: readonly string[];
  /** Positions from the client's `since`; a department missing from it starts at its beginning. */
  readonly positions: Readonly<Record<string, FeedPosition>>;
  readonly limit: number;
  readonly fetchPage: FetchFeedPage;
  /** How many pages one department may be asked for while filling one gateway page. */
  readonly maxPagesPerDepartment?: number;
}

export interface ChangesMergePage {
  readonly data: Change[];
  /** Every department's position after this page (a failed one keeps its old position). */
  readonly positions: Record<string, FeedPosition>;
  /** Some department that answered has changes this page did not hand out. */
  readonly waiting: boolean;
  readonly failures: DepartmentFailure[];
}

const DEFAULT_MAX_PAGES_PER_DEPARTMENT = 4;
const START: FeedPosition = { since: null, afterSequence: null };
const BY_TIME_THEN_DEPARTMENT: SortSpec = { field: 'occurredAt', direction: 'asc' };

/** One department's feed while a page is filled: what was fetched and not yet handed out. */
class DepartmentQueue {
  private buffered: Change[] = [];
  private head = 0;
  /** The `since` that produced the page being handed out. */
  private pageSince: string | null;
  private next: string | null = null;
  private resume: string | null = null;
  private pages = 0;
  private lastSequence: number | null;
  private stuck = false;

  constructor(
    readonly department: string,
    start: FeedPosition,
    private readonly fetchPage: FetchFeedPage,
    private readonly limit: number,
    private readonly maxPages: number,
  ) {
    this.pageSince = start.since;
    this.lastSequence = start.afterSequence;
  }

  get peek(): Change | undefined {
    return this.buffered[this.head];
  }

  /** Used up what was fetched while the department has more: the merge must wait for it. */
  get holdsBack(): boolean {
    return this.peek === undefined && this.next !== null;
  }

  get canFetch(): boolean {
    return this.holdsBack && !this.stuck && this.pages < this.maxPages;
  }

  get waiting(): boolean {
    return this.peek !== undefined || this.next !== null;
  }

  take(): Change {
    const change = this.buffered[this.head++]!;
    this.lastSequence = change.sequence;
    return change;
  }

  /**
   * Reads the department's next page (following its own `links.next`), skipping what was
   * already handed out. The first read's failure is the department's failure for this page;
   * a later one only stops this queue where it is, so the page ends consistent and shorter.
   */
  async fill(): Promise<void> {
    const since = this.pages === 0 ? this.pageSince : this.next;
    let page: FeedPage;
    try {
      page = await this.fetchPage(this.department, { since, limit: this.limit });
    } catch (error) {
      if (this.pages === 0) throw error;
      this.stuck = true;
      return;
    }
    this.pages += 1;
    this.pageSince = since;
    const after = this.lastSequence;
    // Sorting what should already be in sequence order protects the queue's one invariant.
    this.buffered = page.data.filter((change) => after === null || change.sequence > after).sort((a, b) => a.sequence - b.sequence);
    this.head = 0;
    this.next = page.next;
    this.resume = page.resume;
  }

  position(): FeedPosition {
    // Part of the page is still to be handed out: read it again and skip what was.
    if (this.peek !== undefined) return { since: this.pageSince, afterSequence: this.lastSequence };
    return { since: this.next ?? this.resume ?? this.pageSince, afterSequence: this.lastSequence };
  }
}

/** The feed's order across departments; within one department, the queue keeps its own order. */
function compareHeads(a: Change, b: Change): number {
  const byTime = compareSortKeys([a.occurredAt, a.departmentId], [b.occurredAt, b.departmentId], BY_TIME_THEN_DEPARTMENT);
  return byTime !== 0 ? byTime : a.sequence - b.sequence;
}

export async function mergeChanges(options: ChangesMergeOptions): Promise<ChangesMergePage> {
  const { limit } = options;
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive integer, got ${limit}`);
  const maxPages = Math.max(1, options.maxPagesPerDepartment ?? DEFAULT_MAX_PAGES_PER_DEPARTMENT);
  const positions: Record<string, FeedPosition> = {};
  for (const department of options.departments) {
    positions[department] = Object.hasOwn(options.positions, department) ? options.positions[department]! : START;
  }
  const queues = options.departments.map(
    (department) => new DepartmentQueue(department, positions[department]!, options.fetchPage, limit, maxPages),
  );
  const outcomes = await Promise.all(
    queues.map((queue) =>
      queue.fill().then(
        () => ({ queue }),
        (error: unknown) => ({ queue, failure: failureOf(queue.department, error) }),
      ),
    ),
  );
  const failures = outcomes.flatMap((outcome) => ('failure' in outcome ? [outcome.failure] : []));
  const live = outcomes.flatMap((outcome) => ('failure' in outcome ? [] : [outcome.queue]));

  const data: Change[] = [];
  while (data.length < limit) {
    const refill = live.filter((queue) => queue.canFetch);
    if (refill.length > 0) await Promise.all(refill.map((queue) => queue.fill()));
    if (live.some((queue) => queue.holdsBack)) break;
    let earliest: DepartmentQueue | undefined;
    for (const queue of live) {
      if (queue.peek !== undefined && (earliest === undefined || compareHeads(queue.peek, earliest.peek!) < 0)) earliest = queue;
    }
    if (earliest === undefined) break;
    data.push(earliest.take());
  }

  for (const queue of live) positions[queue.department] = queue.position();
  return { data, positions, waiting: live.some((queue) => queue.waiting), failures };
}
