import type { ValidateFunction } from 'ajv';
import type { FieldError } from './generated/openapi-types';
import type { ParameterObject, SchemaObject } from './document';
import { getOperation, type Operation } from './operations';
import { validator, validateSchema, type SchemaName, type ValidationResult } from './validate';
import { toFieldErrors } from './field-errors';
import { toJsonSchema } from './json-schema';
import { openApiDocument } from './document';

export type QueryInput = URLSearchParams | Record<string, string | string[] | undefined>;

export interface RequestParts {
  query?: QueryInput;
  path?: Record<string, string | undefined>;
  /** Header names in any case. */
  headers?: Record<string, string | string[] | undefined>;
}

export interface ParameterValues {
  query: Record<string, unknown>;
  path: Record<string, unknown>;
  header: Record<string, unknown>;
}

const parameterValidators = new WeakMap<ParameterObject, ValidateFunction>();

function compileParameter(parameter: ParameterObject): ValidateFunction {
  let fn = parameterValidators.get(parameter);
  if (!fn) {
    fn = validator().compile(toJsonSchema(parameter.schema) as SchemaObject);
    parameterValidators.set(parameter, fn);
  }
  return fn;
}

// Worked out once per schema, not for every parameter of every request (a `$ref` is followed by
// its name, a string replace and a lookup).
const typeOfSchema = new WeakMap<SchemaObject, string | undefined>();

/** The effective JSON type of a parameter's schema, following one `$ref`. */
function schemaType(schema: SchemaObject): string | undefined {
  if (typeOfSchema.has(schema)) return typeOfSchema.get(schema);
  const ref = schema['$ref'];
  let type: string | undefined;
  if (typeof ref === 'string') {
    const target = openApiDocument.components.schemas[ref.replace('#/components/schemas/', '')];
    type = target ? schemaType(target) : undefined;
  } else type = typeof schema['type'] === 'string' ? schema['type'] : undefined;
  typeOfSchema.set(schema, type);
  return type;
}

function coerce(raw: string, schema: SchemaObject): unknown {
  switch (schemaType(schema)) {
    case 'integer':
    case 'number':
      return /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
    case 'boolean':
      return raw === 'true' ? true : raw === 'false' ? false : raw;
    case 'array': {
      const items = (schema['items'] ?? {}) as SchemaObject;
      return raw.split(',').map((part) => coerce(part.trim(), items));
    }
    default:
      return raw;
  }
}

function queryEntries(query: QueryInput | undefined): Map<string, string[]> {
  const map = new Map<string, string[]>();
  if (!query) return map;
  if (query instanceof URLSearchParams) {
    for (const [key, value] of query) map.set(key, [...(map.get(key) ?? []), value]);
    return map;
  }
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    map.set(key, Array.isArray(value) ? value : [value]);
  }
  return map;
}

// Node and Koa give header names in lower case: look the name up at once, and only then compare
// every name in any case (a plain object), the length first. This runs for each header parameter
// of every request, and the header is usually absent (`If-None-Match`), so it should not build the
// list of entries and lower-case every name on the way.
function headerValue(headers: RequestParts['headers'], name: string): string | undefined {
  if (!headers) return undefined;
  const lower = name.toLowerCase();
  let value = headers[lower];
  if (value === undefined) {
    for (const key in headers) {
      if (key.length === lower.length && key.toLowerCase() === lower && Object.hasOwn(headers, key)) {
        value = headers[key];
        break;
      }
    }
  }
  return Array.isArray(value) ? value.join(', ') : value;
}

/**
 * Parses and validates an operation's query, path and header parameters: strings are coerced to
 * the declared types, defaults are applied, and unknown or repeated query parameters are errors
 * (a misspelt filter must not be ignored silently). Errors point at `/query/<name>`,
 * `/path/<name>` or `/header/<name>`.
 */
export function validateParameters(operationOrId: Operation | string, parts: RequestParts): ValidationResult<ParameterValues> {
  const operation = typeof operationOrId === 'string' ? getOperation(operationOrId) : operationOrId;
  const values: ParameterValues = { query: {}, path: {}, header: {} };
  const errors: FieldError[] = [];
  const query = queryEntries(parts.query);

  for (const parameter of operation.parameters) {
    if (parameter.in === 'cookie') continue;
    let raw: string | undefined;
    if (parameter.in === 'query') {
      const given = query.get(parameter.name);
      query.delete(parameter.name);
      if (given && given.length > 1) {
        errors.push({ pointer: `/query/${parameter.name}`, message: 'must be given once' });
        continue;
      }
      raw = given?.[0];
    } else if (parameter.in === 'path') {
      raw = parts.path?.[parameter.name];
    } else {
      raw = headerValue(parts.headers, parameter.name);
    }
    const pointer = `/${parameter.in}/${parameter.name}`;
    const target = parameter.in === 'header' ? values.header : values[parameter.in];
    if (raw === undefined || raw === '') {
      const fallback = parameter.schema['default'];
      if (fallback !== undefined) target[parameter.name] = fallback;
      else if (parameter.required) errors.push({ pointer, message: 'is required' });
      continue;
    }
    const value = coerce(raw, parameter.schema);
    const fn = compileParameter(parameter);
    if (fn(value)) target[parameter.name] = value;
    else errors.push(...toFieldErrors(fn.errors, pointer).map((e) => ({ ...e, pointer: e.pointer.replace(/\/$/, '') })));
  }

  if (query.size > 0) {
    const known = operation.parameters.filter((p) => p.in === 'query').map((p) => p.name);
    for (const name of query.keys()) {
      errors.push({
        pointer: `/query/${name}`,
        message: known.length
          ? `is not a parameter of this operation (known: ${known.join(', ')})`
          : 'is not a parameter of this operation (it takes none)',
      });
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: values };
}

/** Validates an operation's JSON body against its schema; errors point into the body. */
export function validateBody(operationOrId: Operation | string, body: unknown): ValidationResult<unknown> {
  const operation = typeof operationOrId === 'string' ? getOperation(operationOrId) : operationOrId;
  if (!operation.bodySchema) return { ok: true, value: body };
  return validateSchema(operation.bodySchema as SchemaName, body);
}
