import type { HttpMethod } from './document';
import { operations, type Operation } from './operations';

export type OperationMatch =
  | { readonly kind: 'operation'; readonly operation: Operation; readonly path: Record<string, string> }
  | { readonly kind: 'methodNotAllowed'; readonly allowed: HttpMethod[] }
  | { readonly kind: 'none' };

interface CompiledRoute {
  readonly operation: Operation;
  readonly pattern: RegExp;
  readonly names: string[];
}

function compile(operation: Operation): CompiledRoute {
  const names: string[] = [];
  // A path parameter is one segment; literal segments are escaped (they may contain dots).
  const source = operation.path.replace(/\{(\w+)\}|[.*+?^$()|[\]\\]/g, (token, name?: string) => {
    if (!name) return `\\${token}`;
    names.push(name);
    return '([^/]+)';
  });
  return { operation, pattern: new RegExp(`^${source}/?$`), names };
}

// Routes bucketed by their first segment after the version (`items`, `admin`…): a request is
// tested against a handful of patterns, not all of them.
const buckets = new Map<string, CompiledRoute[]>();
for (const operation of operations.values()) {
  const bucket = operation.path.split('/')[2] ?? '';
  const routes = buckets.get(bucket) ?? [];
  routes.push(compile(operation));
  buckets.set(bucket, routes);
}
// More literal segments first, so `/v1/items/{itemId}/history` wins over a shorter template.
for (const routes of buckets.values()) routes.sort((a, b) => b.operation.path.split('/').length - a.operation.path.split('/').length);

const NONE: OperationMatch = Object.freeze({ kind: 'none' });

/** The first segment after the version (`items` of `/v1/items/…`), as `path.split('/', 3)[2] ?? ''` without the array. */
function bucketOf(path: string): string {
  const first = path.indexOf('/');
  const second = first === -1 ? -1 : path.indexOf('/', first + 1);
  if (second === -1) return '';
  const third = path.indexOf('/', second + 1);
  return path.slice(second + 1, third === -1 ? path.length : third);
}

/** A path segment percent-decoded, undefined when its encoding is malformed; most have nothing to decode. */
function decodedSegment(segment: string): string | undefined {
  if (!segment.includes('%')) return segment;
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/**
 * Which operation of the contract a request is: its path parameters (percent-decoded), or that the
 * path exists with other methods (405), or that it is not part of the contract.
 */
export function matchOperation(method: string, path: string): OperationMatch {
  const routes = buckets.get(bucketOf(path));
  if (!routes) return NONE;
  const lower = method.toLowerCase();
  let allowed: HttpMethod[] | undefined;
  for (const route of routes) {
    const match = route.pattern.exec(path);
    if (!match) continue;
    if (route.operation.method !== lower) {
      (allowed ??= []).push(route.operation.method);
      continue;
    }
    const params: Record<string, string> = {};
    for (let index = 0; index < route.names.length; index++) {
      const value = decodedSegment(match[index + 1]!);
      if (value === undefined) return NONE; // malformed percent-encoding: no resource has that name
      params[route.names[index]!] = value;
    }
    return { kind: 'operation', operation: route.operation, path: params };
  }
  return allowed ? { kind: 'methodNotAllowed', allowed } : NONE;
}
