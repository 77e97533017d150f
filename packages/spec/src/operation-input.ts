/**
 * The inputs of each operation as TypeScript types, derived from the generated ones: a handler
 * declared for `listItems` gets `query.category` typed as the contract's category, and a handler
 * table keyed by `PublicOperationId` misses no operation without a compile error.
 */
import type { operations as Operations } from './generated/openapi-types';
import type { QueryDefaults } from './generated/operation-ids';

export type { AdminOperationId, PublicOperationId } from './generated/operation-ids';

export type OperationId = keyof Operations;

type ParametersOf<Id extends OperationId> = Operations[Id]['parameters'];

/** The query parameters as the contract declares them (each optional unless required). */
export type QueryOf<Id extends OperationId> = NonNullable<ParametersOf<Id>['query']>;
export type PathOf<Id extends OperationId> = NonNullable<ParametersOf<Id>['path']>;
export type HeadersOf<Id extends OperationId> = NonNullable<ParametersOf<Id>['header']>;
export type BodyOf<Id extends OperationId> = Operations[Id] extends { requestBody: { content: { 'application/json': infer Body } } }
  ? Body
  : undefined;

type Defaulted<Id extends OperationId> = Id extends keyof QueryDefaults ? QueryDefaults[Id] & keyof QueryOf<Id> : never;

/** The query after validation: a parameter with a default in the contract is always present. */
export type ValidatedQueryOf<Id extends OperationId> = QueryOf<Id> & { readonly [Name in Defaulted<Id>]-?: NonNullable<QueryOf<Id>[Name]> };

/** An operation's parameters after `validateParameters`: coerced to their types, defaults applied. */
export interface OperationParameters<Id extends OperationId> {
  readonly query: ValidatedQueryOf<Id>;
  readonly path: PathOf<Id>;
  readonly header: HeadersOf<Id>;
}

/** An operation's whole input after validation, its JSON body included. */
export interface OperationInput<Id extends OperationId> extends OperationParameters<Id> {
  readonly body: BodyOf<Id>;
}
