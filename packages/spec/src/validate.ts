import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { components, FieldError } from './generated/openapi-types';
import { componentsAsJsonSchema, schemaRef } from './json-schema';
import { toFieldErrors } from './field-errors';
import { openApiDocument } from './document';

export type SchemaName = keyof components['schemas'];

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

function createAjv(): Ajv2020 {
  // `verbose` keeps the failing schema on each error, so a pattern error can name the schema's title.
  const ajv = new Ajv2020({ allErrors: true, strict: true, verbose: true, allowUnionTypes: true });
  addFormats(ajv);
  ajv.addSchema(componentsAsJsonSchema());
  return ajv;
}

let ajv: Ajv2020 | undefined;
const compiled = new Map<string, ValidateFunction>();

/** The shared validator instance, created on first use. */
export function validator(): Ajv2020 {
  ajv ??= createAjv();
  return ajv;
}

/** A compiled validator for one component schema (compiled once, then cached). */
export function schemaValidator(name: SchemaName): ValidateFunction {
  let fn = compiled.get(name);
  if (!fn) {
    if (!(name in openApiDocument.components.schemas)) throw new Error(`No schema "${name}" in the v1 contract`);
    fn = validator().getSchema(schemaRef(name));
    if (!fn) throw new Error(`Schema "${name}" failed to compile`);
    compiled.set(name, fn);
  }
  return fn;
}

/**
 * Validates `value` against the component schema `name`. On failure every error names the field
 * (a JSON pointer, prefixed with `pointerPrefix`) and the rule it breaks.
 */
export function validateSchema<N extends SchemaName>(
  name: N,
  value: unknown,
  pointerPrefix = '',
): ValidationResult<components['schemas'][N]> {
  const fn = schemaValidator(name);
  if (fn(value)) return { ok: true, value: value as components['schemas'][N] };
  return { ok: false, errors: toFieldErrors(fn.errors, pointerPrefix) };
}
