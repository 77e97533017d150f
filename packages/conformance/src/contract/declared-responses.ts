import { openApiDocument, type Operation, type SchemaName } from '@gongkai/spec';

/** A header the contract declares on a response, with the JSON type of its value. */
export interface DeclaredHeader {
  readonly name: string;
  readonly type?: string;
  readonly format?: string;
}

/** One response the contract declares for an operation and status. */
export interface DeclaredResponse {
  readonly status: string;
  /** Media type → the component schema of its body (`undefined` for a plain string, such as CSV). */
  readonly content: ReadonlyMap<string, SchemaName | undefined>;
  readonly headers: readonly DeclaredHeader[];
}

type Node = Record<string, unknown>;

/** Follows one `#/components/<section>/<name>` reference of the bundled document. */
function resolve(node: unknown): Node | undefined {
  if (!node || typeof node !== 'object') return undefined;
  const ref = (node as Node)['$ref'];
  if (typeof ref !== 'string') return node as Node;
  const [, , section, name] = ref.split('/');
  const target = (openApiDocument.components[section!] as Record<string, unknown> | undefined)?.[name!];
  return resolve(target);
}

function schemaName(schema: unknown): SchemaName | undefined {
  const ref = (schema as Node | undefined)?.['$ref'];
  return typeof ref === 'string' && ref.startsWith('#/components/schemas/')
    ? (ref.slice('#/components/schemas/'.length) as SchemaName)
    : undefined;
}

function headerOf(name: string, node: unknown): DeclaredHeader {
  const schema = resolve(resolve(node)?.['schema']);
  const type = schema?.['type'];
  const format = schema?.['format'];
  return { name, ...(typeof type === 'string' ? { type } : {}), ...(typeof format === 'string' ? { format } : {}) };
}

/** The statuses the contract declares for an operation (`200`, `304`, `400`…). */
export function declaredStatuses(operation: Operation): string[] {
  return Object.keys(operation.object.responses);
}

/** What the contract says an operation answers with `status`, or `undefined` if it does not declare it. */
export function declaredResponse(operation: Operation, status: number): DeclaredResponse | undefined {
  const key = String(status);
  const node = resolve(
    operation.object.responses[key] ?? operation.object.responses[`${key[0]}XX`] ?? operation.object.responses['default'],
  );
  if (!node) return undefined;
  const content = new Map<string, SchemaName | undefined>();
  for (const [type, media] of Object.entries((node['content'] ?? {}) as Record<string, Node>))
    content.set(type, schemaName(media['schema']));
  const headers = Object.entries((node['headers'] ?? {}) as Record<string, unknown>).map(([name, header]) => headerOf(name, header));
  return { status: key, content, headers };
}

/** The component schema of the operation's JSON success answer (`ItemList`, `DisclosureItem`…). */
export function successSchema(operation: Operation): SchemaName | undefined {
  for (const status of [200, 201]) {
    const schema = declaredResponse(operation, status)?.content.get('application/json');
    if (schema) return schema;
  }
  return undefined;
}

/** The media types of the operation's 200 answer (`application/json`, `text/csv`…). */
export function successMediaTypes(operation: Operation): string[] {
  return [...(declaredResponse(operation, 200)?.content.keys() ?? [])];
}
