import { openApiDocument } from './document';
import { ApiError, validationProblem } from './problem';

/**
 * `fields=`: a list answers only the fields asked of each record. Which names exist is read from
 * the record's schema in the contract, so a field added there can be asked for at once.
 */
export function recordFieldNames(schemaName: string): readonly string[] {
  const schema = (openApiDocument.components.schemas as Record<string, { properties?: Record<string, unknown> } | undefined>)[schemaName];
  return Object.keys(schema?.properties ?? {});
}

/** Throws a 400 naming `fields` when a name is not a field of the record. */
export function checkFieldNames(schemaName: string, fields: readonly string[]): void {
  const known = new Set(recordFieldNames(schemaName));
  const unknown = fields.filter((field) => !known.has(field));
  if (unknown.length > 0)
    throw new ApiError(
      validationProblem([
        { pointer: '/query/fields', message: `${schemaName} has no field ${unknown.join(', ')}; fields are ${[...known].join(', ')}` },
      ]),
    );
}

/** The record with only `fields` (and always `id`, which names it). */
export function selectFields<T extends object>(record: T, fields: readonly string[]): Partial<T> {
  const selected: Record<string, unknown> = {};
  for (const field of ['id', ...fields]) if (Object.hasOwn(record, field)) selected[field] = Reflect.get(record, field);
  return selected as Partial<T>;
}
