/**
 * The lists the gateway federates and the total order each is merged by — the same order the
 * contract makes every department use (ties broken by `id` in the same direction).
 */
export interface ListDefinition {
  readonly operationId: string;
  /** Fields the `sort` parameter may name; the first entry of `fixedSort` when the list has none. */
  readonly sortFields: readonly string[];
  readonly defaultSort: string;
  /** Whether the operation takes a `sort` parameter (otherwise the order is fixed). */
  readonly sortable: boolean;
  /** The contract's schema of one record, whose properties `fields=` may name. */
  readonly recordSchema: string;
}

export const LISTS = {
  listItems: {
    operationId: 'listItems',
    sortFields: ['publishedAt', 'writtenOn', 'updatedAt', 'relevance'],
    defaultSort: '-publishedAt',
    sortable: true,
    recordSchema: 'DisclosureItem',
  },
  listFees: {
    operationId: 'listFees',
    sortFields: ['publishedAt'],
    defaultSort: '-publishedAt',
    sortable: false,
    recordSchema: 'FeeSchedule',
  },
  listBudgets: {
    operationId: 'listBudgets',
    sortFields: ['publishedAt'],
    defaultSort: '-publishedAt',
    sortable: false,
    recordSchema: 'Budget',
  },
  listAlerts: { operationId: 'listAlerts', sortFields: ['issuedAt'], defaultSort: '-issuedAt', sortable: false, recordSchema: 'Alert' },
  listFeedback: {
    operationId: 'listFeedback',
    sortFields: ['submittedAt'],
    defaultSort: '-submittedAt',
    sortable: false,
    recordSchema: 'Feedback',
  },
} as const satisfies Record<string, ListDefinition>;

export type ListOperationId = keyof typeof LISTS;

/**
 * What the federation reads of a list's validated query. Every list operation's query is one: the
 * compiler checks it where the handlers are declared (`http/routes/public-api.ts`).
 */
export type ListQuery = Readonly<Record<string, unknown>> & {
  readonly department?: readonly string[];
  readonly sort?: string;
  readonly cursor?: string;
  readonly limit: number;
};

export function isListOperation(operationId: string): operationId is ListOperationId {
  return Object.hasOwn(LISTS, operationId);
}
