import { openApiDocument, type HttpMethod, type OperationObject, type ParameterObject } from './document';

export interface Operation {
  operationId: string;
  method: HttpMethod;
  /** OpenAPI path template, e.g. `/v1/items/{itemId}`. */
  path: string;
  tags: string[];
  /** Served by departments to their staff only; the gateway never proxies these. */
  admin: boolean;
  parameters: ParameterObject[];
  /** Name of the request body's schema in `components.schemas`, when there is a body. */
  bodySchema?: string;
  object: OperationObject;
}

const methods: HttpMethod[] = ['get', 'put', 'post', 'delete', 'patch'];
const ADMIN_TAG = 'Department admin';

function resolveParameter(parameter: ParameterObject | { $ref: string }): ParameterObject {
  if (!('$ref' in parameter)) return parameter;
  const name = parameter.$ref.replace('#/components/parameters/', '');
  const resolved = openApiDocument.components.parameters[name];
  if (!resolved) throw new Error(`The bundled spec has a dangling parameter reference ${parameter.$ref}`);
  return resolved;
}

function bodySchemaName(operation: OperationObject): string | undefined {
  const ref = operation.requestBody?.content['application/json']?.schema['$ref'];
  return typeof ref === 'string' ? ref.replace('#/components/schemas/', '') : undefined;
}

function indexOperations(): Map<string, Operation> {
  const index = new Map<string, Operation>();
  for (const [path, item] of Object.entries(openApiDocument.paths)) {
    for (const method of methods) {
      const object = item[method];
      if (!object) continue;
      index.set(object.operationId, {
        operationId: object.operationId,
        method,
        path,
        tags: object.tags,
        admin: object.tags.includes(ADMIN_TAG),
        parameters: (object.parameters ?? []).map(resolveParameter),
        bodySchema: bodySchemaName(object),
        object,
      });
    }
  }
  return index;
}

/** Every operation of the contract, by `operationId`. */
export const operations: ReadonlyMap<string, Operation> = indexOperations();

/** The operation with this id; throws for an id the contract does not have (a programming error). */
export function getOperation(operationId: string): Operation {
  const operation = operations.get(operationId);
  if (!operation) throw new Error(`No operation "${operationId}" in the v1 contract`);
  return operation;
}
