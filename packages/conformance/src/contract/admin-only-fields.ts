import type { SchemaName } from '@gongkai/spec';
import { componentSchema, resolveSchema } from './schema-properties';

type Node = Record<string, unknown>;

/**
 * Where a value holds fields the contract marks `x-admin-only` (a feedback submitter's identity):
 * JSON pointers into the value, following the schema through objects, arrays and references.
 */
export function adminOnlyFields(schema: SchemaName | Node | undefined, value: unknown, pointer = ''): string[] {
  const node = typeof schema === 'string' ? componentSchema(schema) : resolveSchema(schema);
  if (!node || value === null || typeof value !== 'object') return [];
  if (Array.isArray(value))
    return value.flatMap((item, index) => adminOnlyFields(node['items'] as Node | undefined, item, `${pointer}/${index}`));
  const found: string[] = [];
  for (const [name, property] of Object.entries((node['properties'] ?? {}) as Record<string, Node>)) {
    if (!(name in value)) continue;
    if (property['x-admin-only'] === true) found.push(`${pointer}/${name}`);
    else found.push(...adminOnlyFields(property, (value as Record<string, unknown>)[name], `${pointer}/${name}`));
  }
  return found;
}
