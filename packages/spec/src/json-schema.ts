import { openApiDocument, type SchemaObject } from './document';

export const SCHEMA_ROOT_ID = 'urn:gongkai:v1:schemas';

/**
 * The components of the contract as one JSON Schema 2020-12 document: `#/components/schemas/X`
 * becomes `#/$defs/X`, and the `x-…` extensions (labels for people) are dropped, so a standard
 * validator reads it in strict mode.
 */
export function componentsAsJsonSchema(): SchemaObject {
  return {
    $id: SCHEMA_ROOT_ID,
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $defs: toJsonSchema(openApiDocument.components.schemas) as SchemaObject,
  };
}

/**
 * A schema from the bundled document as plain JSON Schema: component references point into the
 * `$defs` of `componentsAsJsonSchema()` and the `x-…` extensions are dropped.
 */
export function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('x-')) continue;
    if (key === '$ref' && typeof value === 'string') {
      out[key] = value.replace('#/components/schemas/', `${SCHEMA_ROOT_ID}#/$defs/`);
    } else {
      out[key] = toJsonSchema(value);
    }
  }
  return out;
}

/** The reference a validator uses for the component schema `name`. */
export function schemaRef(name: string): string {
  return `${SCHEMA_ROOT_ID}#/$defs/${name}`;
}
