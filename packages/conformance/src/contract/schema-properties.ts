import { openApiDocument, type SchemaName } from '@gongkai/spec';

type Node = Record<string, unknown>;

/** The schema of a component, `$ref`s followed. */
export function componentSchema(name: string): Node | undefined {
  return resolveSchema(openApiDocument.components.schemas[name]);
}

export function resolveSchema(node: unknown): Node | undefined {
  if (!node || typeof node !== 'object') return undefined;
  const ref = (node as Node)['$ref'];
  if (typeof ref === 'string' && ref.startsWith('#/components/schemas/')) return componentSchema(ref.slice('#/components/schemas/'.length));
  return node as Node;
}

/** The name of the component a schema node refers to (`Division`), if it is a reference. */
export function referencedName(node: unknown): string | undefined {
  const ref = (node as Node | undefined)?.['$ref'];
  return typeof ref === 'string' && ref.startsWith('#/components/schemas/') ? ref.slice('#/components/schemas/'.length) : undefined;
}

/** The properties a component schema declares, unresolved. */
export function propertiesOf(name: SchemaName | string): Record<string, Node> {
  return (componentSchema(name)?.['properties'] ?? {}) as Record<string, Node>;
}
