/**
 * Fills a contract path template (`/v1/items/{itemId}`) with validated path values, each
 * percent-encoded. Each template is split once into its literal parts and parameter names:
 * `String.replace` with a function, on every single-resource read, cost half a microsecond, five
 * times this (docs/performance.md). The templates are the contract's, so the map stays small.
 */
const partsOfTemplate = new Map<string, readonly string[]>();

export function fillPath(template: string, values: Readonly<Record<string, unknown>>): string {
  let parts = partsOfTemplate.get(template);
  // Literal, name, literal, …, literal: `'/v1/items/{itemId}'` is `['/v1/items/', 'itemId', '']`.
  if (!parts) partsOfTemplate.set(template, (parts = template.split(/\{(\w+)\}/)));
  let path = parts[0]!;
  for (let part = 1; part < parts.length; part += 2) path += encodeURIComponent(String(values[parts[part]!])) + parts[part + 1]!;
  return path;
}
