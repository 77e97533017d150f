import type {
  Alert,
  AlertStatus,
  AnnualReport,
  Budget,
  BudgetKind,
  Category,
  Change,
  ChangeAction,
  Department,
  DisclosureItem,
  DisclosureRequest,
  FeeSchedule,
  Feedback,
  FeedbackKind,
  FeedbackStage,
  Level,
  RequestStatus,
  ResourceType,
  Severity,
  Validity,
} from '@gongkai/spec';
import type { CalendarDate } from '../calendar/calendar-date';
import type { ItemFacet, ItemSummary } from './item-summary';
import type { ExportLines } from './export-lines';
import type { ListTotal } from './list-total';

/**
 * Where a list resumes: the sort value and the id of the last record handed out. Lists are
 * keyset-paginated (never OFFSET), so a page stays right when records are added or changed
 * between requests.
 */
export type SortKey = readonly [value: string | number | null, id: string];

export interface PageRequest {
  readonly limit: number;
  /** Resume strictly after this record. */
  readonly after?: SortKey;
}

export interface Page<T> {
  readonly records: T[];
  /** The key of the last record when more follow; `null` on the last page. */
  readonly next: SortKey | null;
}

/**
 * `-relevance` is, for a store, the order of ids (descending), what `-relevance` means without
 * `q`; with `q`, a relevance depends on the query and is ranked above the store
 * (`search/relevance-page.ts`).
 */
export type ItemSort = '-publishedAt' | 'publishedAt' | '-writtenOn' | 'writtenOn' | '-updatedAt' | 'updatedAt' | '-relevance';

export interface ItemFilter {
  readonly category?: Category;
  readonly topic?: string;
  /** Lower-cased terms that must all occur in the title, summary, document number, keywords or body. */
  readonly terms?: readonly string[];
  /** Groups of lower-cased terms (`q`'s `OR`): of each group, at least one must occur there too. */
  readonly anyOf?: readonly (readonly string[])[];
  /** Lower-cased terms (`q`'s `-`) none of which may occur there. */
  readonly without?: readonly string[];
  /** The division and every division inside it (GB/T 2260). */
  readonly divisionCode?: string;
  readonly level?: Level;
  readonly validity?: Validity;
  /** Published at or after this instant (RFC 3339). */
  readonly publishedFrom?: string;
  /** Published strictly before this instant (RFC 3339). */
  readonly publishedBefore?: string;
}

export interface ItemListQuery extends ItemFilter, PageRequest {
  readonly sort: ItemSort;
  /** Give each item its `body` (lists leave it out unless asked: `include=body`). */
  readonly includeBody?: boolean;
}

/** What a write records besides the new state: one immutable revision and one change-feed entry. */
export interface RevisionNote {
  readonly action: ChangeAction;
  /** When the change happened (RFC 3339); the revision's `recordedAt` and the change's `occurredAt`. */
  readonly at: string;
  readonly changedFields?: readonly string[];
  /** Why (a withdrawal's reason), kept with the revision. */
  readonly note?: string;
}

export interface Revision<T> {
  readonly revision: number;
  readonly action: ChangeAction;
  readonly recordedAt: string;
  readonly changedFields?: readonly string[];
  readonly note?: string;
  readonly record: T;
}

/**
 * Records that are never altered in place: every create, update and withdrawal stores the whole
 * record as a new revision and appends to the changes feed, in one transaction.
 */
export interface VersionedCollection<T, Q> {
  get(id: string): Promise<T | undefined>;
  list(query: Q): Promise<Page<T>>;
  /** Every record, oldest first (for reports). */
  all(): Promise<T[]>;
  /**
   * Up to `limit` whole records (an item with its body) in `id` order (byte order of the UTF-8),
   * after the id `after`: an export walks the whole collection so, page by page.
   */
  exportPage(after: string | undefined, limit: number): Promise<T[]>;
  /** How many records match the filters of `query` (its `after` and `limit` aside), as `ItemCollection.summarize` counts. */
  count(query: Q): Promise<ListTotal>;
  /** Stores revision 1. Throws `StoreConflictError` when the id (or another unique field) is taken. */
  create(record: T, note: RevisionNote): Promise<void>;
  /**
   * Stores `record` as the revision after `expectedRevision`. Throws `StoreConflictError` when the
   * stored revision is another one (someone changed it first) or the record does not exist.
   */
  replace(record: T, expectedRevision: number, note: RevisionNote): Promise<void>;
  /** Revisions oldest first; `after` is `[revision, id]` of the last one handed out. */
  history(id: string, page: PageRequest): Promise<Page<Revision<T>>>;
}

export interface ItemCollection extends VersionedCollection<DisclosureItem, ItemListQuery> {
  /** `exportPage` as the NDJSON lines it exports, made from the stored JSON without parsing it. */
  exportLines(after: string | undefined, limit: number): Promise<ExportLines>;
  /** How many items match `filter` (exact without search terms) and the counts of the `facets` asked. */
  summarize(filter: ItemFilter, facets: readonly ItemFacet[]): Promise<ItemSummary>;
  /** Every item without its body, oldest first. */
  all(): Promise<DisclosureItem[]>;
  /** Every revision of every item (bodies left out), for the annual report and compliance. */
  allRevisions(): Promise<Revision<DisclosureItem>[]>;
}

export interface FeeListQuery extends PageRequest {
  readonly divisionCode?: string;
  readonly level?: Level;
  readonly status?: FeeSchedule['status'];
  readonly terms?: readonly string[];
  /** As for items: of each group one term must occur, and none of `without`. */
  readonly anyOf?: readonly (readonly string[])[];
  readonly without?: readonly string[];
  /** Today in China: a fee whose `validTo` is before it is expired. */
  readonly today: CalendarDate;
}

export interface BudgetListQuery extends PageRequest {
  readonly year?: number;
  readonly kind?: BudgetKind;
}

export interface AlertListQuery extends PageRequest {
  readonly severity?: Severity;
  readonly status?: AlertStatus;
  readonly divisionCode?: string;
  /** Now (RFC 3339): an alert whose `expiresAt` has passed is expired. */
  readonly now: string;
}

/** A feedback record as the department holds it: the admin view, plus what only the store keeps. */
export interface FeedbackRecord {
  /** The department's view (`submitter`, `published`, `publishConsent` included). */
  readonly feedback: Feedback;
  /** sha256 of the submitter's access token; the token itself is never stored. */
  readonly accessTokenHash: string;
  /** The closed loop so far, with notes. */
  readonly stages: readonly { readonly stage: FeedbackStage; readonly at: string; readonly note?: string }[];
  /** Counts writes, for compare-and-set. */
  readonly version: number;
}

export interface FeedbackListQuery extends PageRequest {
  /** Only feedback whose question and reply are public. */
  readonly publishedOnly: boolean;
  readonly kind?: FeedbackKind;
}

/** A public change to record with a feedback write: its reply was published or changed. */
export interface FeedbackChange {
  readonly action: ChangeAction;
  readonly at: string;
}

export interface FeedbackCollection {
  get(id: string): Promise<FeedbackRecord | undefined>;
  list(query: FeedbackListQuery): Promise<Page<Feedback>>;
  /** How many feedback records match the filters of `query` (its `after` and `limit` aside). */
  count(query: FeedbackListQuery): Promise<ListTotal>;
  /** Every record as the department holds it (stages and submitter included), oldest first (for an export). */
  all(): Promise<FeedbackRecord[]>;
  /** Up to `limit` published feedback records in `id` order after the id `after` (the public export). */
  exportPage(after: string | undefined, limit: number): Promise<Feedback[]>;
  /** Stores a new feedback; with `answer`, its idempotent answer in the same transaction. */
  create(record: FeedbackRecord, answer?: IdempotentAnswer): Promise<void>;
  /** Replaces the record written as `expectedVersion`; throws `StoreConflictError` otherwise. */
  replace(record: FeedbackRecord, expectedVersion: number, change?: FeedbackChange): Promise<void>;
}

/** A disclosure request as the department holds it. */
export interface RequestRecord {
  /** As computed at the last write (the clock with that calendar; `overdue` as of that day). */
  readonly request: DisclosureRequest;
  /** sha256 of the applicant's access token. */
  readonly accessTokenHash: string;
  /** Counts writes (events), for compare-and-set. */
  readonly version: number;
}

export interface RequestListQuery extends PageRequest {
  readonly status?: RequestStatus;
}

export interface RequestCollection {
  get(trackingNumber: string): Promise<RequestRecord | undefined>;
  /** Newest first. */
  list(query: RequestListQuery): Promise<Page<DisclosureRequest>>;
  all(): Promise<DisclosureRequest[]>;
  /** Requests of the applicant with this identity-proof number received in `month` (`YYYY-MM`). */
  ofApplicantInMonth(identityNumber: string, month: string): Promise<DisclosureRequest[]>;
  /** Stores a new request; with `answer`, its idempotent answer in the same transaction. */
  create(record: RequestRecord, answer?: IdempotentAnswer): Promise<void>;
  replace(record: RequestRecord, expectedVersion: number): Promise<void>;
}

export interface ChangeListQuery {
  /** Resume after this sequence; 0 for the beginning. */
  readonly afterSequence: number;
  readonly resourceType?: ResourceType;
  readonly limit: number;
}

export interface ChangeCollection {
  /** Oldest first; `more` when entries follow the last one. */
  list(query: ChangeListQuery): Promise<{ records: Change[]; more: boolean }>;
  /** The latest sequence (0 when the feed is empty). */
  latestSequence(): Promise<number>;
}

/** A stored answer to replay for an `Idempotency-Key`. */
export interface StoredResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/**
 * The answer to an `Idempotency-Key` write, stored in the transaction that stores the record: a
 * process killed between the two can leave neither a record without its answer (a retry would
 * file it twice) nor an answer without its record.
 */
export interface IdempotentAnswer {
  readonly scope: string;
  readonly key: string;
  readonly response: StoredResponse;
}

export type IdempotencyClaim =
  | { readonly state: 'claimed' }
  | { readonly state: 'pending'; readonly fingerprint: string }
  | { readonly state: 'completed'; readonly fingerprint: string; readonly response: StoredResponse };

export interface IdempotencyKeys {
  /**
   * Claims `key` in `scope` for a request with this body `fingerprint`. A key already claimed
   * answers how far that request got; keys older than the retention are forgotten first.
   */
  claim(scope: string, key: string, fingerprint: string, now: Date): Promise<IdempotencyClaim>;
  complete(scope: string, key: string, response: StoredResponse): Promise<void>;
  /** Forgets a claim whose request failed without an answer worth replaying. */
  release(scope: string, key: string): Promise<void>;
}

export interface AnnualReportArchive {
  get(year: number): Promise<AnnualReport | undefined>;
  all(): Promise<AnnualReport[]>;
  /** Throws `StoreConflictError` when the year is already published. */
  publish(report: AnnualReport): Promise<void>;
}

/** One record's history to import: its revisions, oldest first. */
export interface ImportedHistory<T> {
  /**
   * For a record already stored (an upsert), the revision these follow: the first is written as
   * `replace(record, continuesRevision, note)` would write it, and the batch fails with
   * `StoreConflictError` when the stored revision is another one. Absent: a new record.
   */
  readonly continuesRevision?: number;
  readonly revisions: readonly { readonly record: T; readonly note: RevisionNote }[];
}

/** Everything an import writes, all or nothing. */
export interface ImportBatch {
  readonly department?: Omit<Department, 'health'>;
  readonly items: readonly ImportedHistory<DisclosureItem>[];
  readonly fees: readonly ImportedHistory<FeeSchedule>[];
  readonly budgets: readonly ImportedHistory<Budget>[];
  readonly alerts: readonly ImportedHistory<Alert>[];
  readonly feedback: readonly { readonly record: FeedbackRecord; readonly change?: FeedbackChange }[];
  readonly requests: readonly RequestRecord[];
}

/** Progress of a long write, e.g. `imported 20000 of 100000 records`. */
export type ProgressListener = (done: number, total: number) => void;

/**
 * Everything a department stores. Each method is atomic; a write that must be consistent with
 * what was read passes the version it read (compare-and-set), so the interface suits SQLite and
 * a networked database alike.
 */
export interface DisclosureStore {
  readonly items: ItemCollection;
  readonly fees: VersionedCollection<FeeSchedule, FeeListQuery>;
  readonly budgets: VersionedCollection<Budget, BudgetListQuery>;
  readonly alerts: VersionedCollection<Alert, AlertListQuery>;
  readonly feedback: FeedbackCollection;
  readonly requests: RequestCollection;
  readonly changes: ChangeCollection;
  readonly idempotency: IdempotencyKeys;
  readonly annualReports: AnnualReportArchive;
  /** The department this store holds (set by an import or by `serve --config`). */
  getDepartment(): Promise<Omit<Department, 'health'> | undefined>;
  setDepartment(department: Omit<Department, 'health'>): Promise<void>;
  /** The next number of a named sequence (1, 2, …); numbers are never handed out twice. */
  nextSequence(name: string): Promise<number>;
  /**
   * Writes a whole batch in one transaction: either every record is stored or none is. Throws
   * `StoreConflictError` naming the first id that already exists (or, for a history that
   * continues a stored record, the first record whose stored revision is not the one it continues).
   */
  importBatch(batch: ImportBatch, onProgress?: ProgressListener): Promise<void>;
  close(): Promise<void>;
}

/** A write that collides with what is stored: a taken id, or a revision someone else wrote first. */
export class StoreConflictError extends Error {
  override readonly name = 'StoreConflictError';

  constructor(
    /** What collided: `id`, `indexNumber`, `revision`, `year`… */
    readonly field: string,
    readonly value: string | number,
    message: string,
  ) {
    super(message);
  }
}
