import {
  listOrders,
  openApiDocument,
  operations,
  type ListOrders,
  type Operation,
  type ParameterObject,
  type SchemaName,
} from '@gongkai/spec';
import { successSchema } from './declared-responses';

/**
 * The query parameters that carry a position in a list: `cursor` (from `links.next`) and, for the
 * changes feed, `since` (from `meta.cursor`). The contract calls both opaque.
 */
export const POSITION_PARAMETERS: readonly string[] = ['cursor', 'since'];
const LIMIT = 'limit';
/** Query parameters that choose how the same records are written (`format=csv`), not which. */
export const REPRESENTATION_PARAMETERS: readonly string[] = ['format'];

export interface LimitBounds {
  readonly min: number;
  readonly max: number;
  readonly default: number;
}

/** A public list of the contract, with everything the checks derive from its declaration. */
export interface ListOperation {
  readonly operation: Operation;
  /** The schema of each record in `data` (`DisclosureItem`). */
  readonly recordSchema: SchemaName;
  readonly limit?: LimitBounds;
  readonly orders?: ListOrders;
  /** The GET of one record (`getItem` for `listItems`). */
  readonly single?: Operation;
  /** The query parameter that resumes the list, if it pages. */
  readonly position?: string;
  /**
   * Query parameters that narrow the list: everything but the limit, the position, the order and
   * what the contract marks `x-answer-shape` (`facets`: what the answer says, not which records).
   */
  readonly filters: readonly ParameterObject[];
}

type Node = Record<string, unknown>;

function recordSchemaOf(operation: Operation): SchemaName | undefined {
  const list = successSchema(operation);
  const schema = list ? (openApiDocument.components.schemas[list] as Node | undefined) : undefined;
  const data = (schema?.['properties'] as Record<string, Node> | undefined)?.['data'];
  const ref = (data?.['items'] as Node | undefined)?.['$ref'];
  return data?.['type'] === 'array' && typeof ref === 'string' ? (ref.replace('#/components/schemas/', '') as SchemaName) : undefined;
}

function limitBounds(operation: Operation): LimitBounds | undefined {
  const schema = operation.parameters.find((p) => p.in === 'query' && p.name === LIMIT)?.schema;
  if (!schema) return undefined;
  const { minimum, maximum, default: fallback } = schema as { minimum?: number; maximum?: number; default?: number };
  return typeof minimum === 'number' && typeof maximum === 'number'
    ? { min: minimum, max: maximum, default: fallback ?? maximum }
    : undefined;
}

export const publicReads = (): Operation[] => [...operations.values()].filter((op) => !op.admin && op.method === 'get');

function describeList(operation: Operation): ListOperation | undefined {
  const recordSchema = recordSchemaOf(operation);
  if (!recordSchema) return undefined;
  const orders = listOrders(operation);
  const position = operation.parameters.find((p) => p.in === 'query' && POSITION_PARAMETERS.includes(p.name))?.name;
  const single = publicReads().find(
    (candidate) => /^\/\{\w+\}$/.test(candidate.path.slice(operation.path.length)) && successSchema(candidate) === recordSchema,
  );
  const limit = limitBounds(operation);
  return {
    operation,
    recordSchema,
    ...(limit ? { limit } : {}),
    ...(orders ? { orders } : {}),
    ...(single ? { single } : {}),
    ...(position ? { position } : {}),
    filters: operation.parameters.filter(
      (p) =>
        p.in === 'query' &&
        p.name !== LIMIT &&
        p.name !== position &&
        p.name !== orders?.parameter &&
        (p as unknown as Record<string, unknown>)['x-answer-shape'] !== true &&
        !REPRESENTATION_PARAMETERS.includes(p.name),
    ),
  };
}

/** Every public list of the contract (`listItems`, `listChanges`, `listItemHistory`…). */
export const listOperations: readonly ListOperation[] = publicReads()
  .map(describeList)
  .filter((list): list is ListOperation => list !== undefined);

export function listOperation(operationId: string): ListOperation | undefined {
  return listOperations.find((list) => list.operation.operationId === operationId);
}

/**
 * The list whose records give values for a path parameter: `/v1/items/{itemId}/history` takes
 * its `itemId` from `/v1/items`, the path before the parameter.
 */
export function idSourceOf(operation: Operation, parameter: string): ListOperation | undefined {
  const at = operation.path.indexOf(`/{${parameter}}`);
  if (at < 0) return undefined;
  const prefix = operation.path.slice(0, at);
  return listOperations.find((list) => list.operation.path === prefix && list.single);
}
