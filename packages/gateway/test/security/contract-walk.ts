/** What the security tests read from the contract: its operations and its examples. */
import { openApiDocument, type SchemaObject } from '@gongkai/spec';

export { PUBLIC_OPERATION_IDS, ADMIN_OPERATION_IDS, getOperation, type Operation } from '@gongkai/spec';

/** The contract's first example of a schema. */
export function exampleOfSchema(name: string): unknown {
  const examples = openApiDocument.components.schemas[name]?.['examples'] as unknown[] | undefined;
  if (!examples?.length) throw new Error(`${name} has no example in the contract`);
  return structuredClone(examples[0]);
}

/** A schema with its `$ref` followed. */
export function resolvedSchema(schema: SchemaObject): SchemaObject {
  const ref = schema['$ref'];
  return typeof ref === 'string' ? resolvedSchema(openApiDocument.components.schemas[ref.replace('#/components/schemas/', '')]!) : schema;
}
