/**
 * What the catalogue says, gathered from the departments: who each one is and, per kind of
 * record it publishes, the time the records span. Plain data, so that building the catalogue
 * is a pure function of it.
 */
export interface DepartmentFacts {
  readonly id: string;
  readonly name: string;
  readonly nameEn?: string;
  readonly website?: string;
  readonly email?: string;
  readonly phone?: string;
  readonly kinds: readonly KindFacts[];
}

export interface KindFacts {
  readonly kind: RecordKind;
  /** The oldest record's date-time (RFC 3339), when known. */
  readonly earliest?: string;
  /** The newest record's date-time (RFC 3339), when known; also `dct:modified`. */
  readonly latest?: string;
}

export const RECORD_KINDS = ['items', 'fees', 'budgets', 'alerts', 'feedback'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** The field each list is ordered by (newest first), which dates its records. */
export const DATED_BY: Readonly<Record<RecordKind, string>> = {
  items: 'publishedAt',
  fees: 'publishedAt',
  budgets: 'publishedAt',
  alerts: 'issuedAt',
  feedback: 'submittedAt',
};

export interface CatalogSettings {
  /** Where the public reaches the gateway: absolute IRIs of the catalogue start here. */
  readonly baseUrl: string;
  /** The licence of the data (an IRI), distinct from the software's. */
  readonly license: string;
  readonly title: string;
  readonly publisherName: string;
}
