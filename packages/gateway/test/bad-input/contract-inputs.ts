/**
 * From the contract, every input of a public operation that a client controls — its path, query
 * and header parameters and every field of its request body — with a valid value for each, so a
 * probe can make exactly one of them hostile and leave the others as a real client sends them.
 */
import { openApiDocument, type Operation, type ParameterObject, type SchemaObject } from '@gongkai/spec';

/** A path, query or header parameter. */
export interface ParameterTarget<In extends 'path' | 'query' | 'header'> {
  readonly in: In;
  readonly name: string;
  readonly parameter: ParameterObject;
}

export type InputTarget =
  | ParameterTarget<'path'>
  | ParameterTarget<'query'>
  | ParameterTarget<'header'>
  /** A field of the body, as a JSON pointer (`/applicant/contact/phone`). */
  | { readonly in: 'body'; readonly pointer: string };

function resolve(schema: SchemaObject): SchemaObject {
  const ref = schema['$ref'];
  if (typeof ref !== 'string') return schema;
  return resolve(openApiDocument.components.schemas[ref.replace('#/components/schemas/', '')]!);
}

/** The contract's first example of a schema (every body schema of a public write has one). */
export function exampleOf(schemaName: string): unknown {
  const examples = openApiDocument.components.schemas[schemaName]?.['examples'] as unknown[] | undefined;
  if (!examples?.length) throw new Error(`${schemaName} has no example in the contract`);
  return structuredClone(examples[0]);
}

/** Every pointer into a JSON value, containers and leaves alike (the root excluded). */
export function pointersOf(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [];
  const entries = Array.isArray(value) ? value.map((inner, index) => [String(index), inner] as const) : Object.entries(value);
  return entries.flatMap(([key, inner]) => {
    const pointer = `${prefix}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    return [pointer, ...pointersOf(inner, pointer)];
  });
}

/** Sets (or with `undefined`, deletes) the value at a pointer, in place. */
export function setAt(root: unknown, pointer: string, value: unknown): void {
  const keys = pointer
    .split('/')
    .slice(1)
    .map((key) => key.replace(/~1/g, '/').replace(/~0/g, '~'));
  let parent = root as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
  const last = keys[keys.length - 1]!;
  if (value === undefined) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else parent[last] = value;
}

export function inputTargets(operation: Operation): InputTarget[] {
  const parameters: InputTarget[] = operation.parameters
    .filter((parameter) => parameter.in !== 'cookie')
    .map((parameter) => ({ in: parameter.in, name: parameter.name, parameter }) as InputTarget);
  const body: InputTarget[] = operation.bodySchema
    ? pointersOf(exampleOf(operation.bodySchema)).map((pointer) => ({ in: 'body', pointer }))
    : [];
  return [...parameters, ...body];
}

/** A valid value for a query parameter, from its schema (enum, bounds, format), as a client sends it. */
export function validQueryValue(parameter: ParameterObject): string {
  const schema = resolve(parameter.schema);
  if (schema['type'] === 'array') return validQueryValue({ ...parameter, schema: schema['items'] as SchemaObject });
  const values = schema['enum'] as unknown[] | undefined;
  if (values?.length) return String(values[0]);
  if (schema['type'] === 'integer')
    return String(Math.max(Number(schema['minimum'] ?? 1), Math.min(2025, Number(schema['maximum'] ?? 2025))));
  if (schema['format'] === 'date') return '2026-01-01';
  if (parameter.name === 'department') return 'ln-finance';
  if (parameter.name === 'division') return '210000';
  return '公开';
}

/** The query parameters an operation requires, filled in validly. */
export function requiredQuery(operation: Operation): Record<string, string> {
  return Object.fromEntries(operation.parameters.filter((p) => p.in === 'query' && p.required).map((p) => [p.name, validQueryValue(p)]));
}
