import { randomBytes, randomInt } from 'node:crypto';
import { openApiDocument, type Operation } from '@gongkai/spec';

/** The first example the contract gives for an operation's JSON body. */
export function exampleBody(operation: Operation): Record<string, unknown> | undefined {
  const examples = (
    operation.object.requestBody?.content['application/json'] as
      { examples?: Record<string, { $ref?: string; value?: unknown }> } | undefined
  )?.examples;
  const first = Object.values(examples ?? {})[0];
  const named = first?.$ref
    ? (openApiDocument.components['examples'] as Record<string, { value?: unknown }>)[first.$ref.split('/').pop()!]
    : first;
  const value = named?.value;
  return value && typeof value === 'object' ? structuredClone(value as Record<string, unknown>) : undefined;
}

/**
 * The parts of a write that hold personal data (Art. 29's applicant, a feedback submitter):
 * never to be shown to anyone but their owner and the department.
 */
const PERSONAL_FIELDS = ['applicant', 'submitter'];

/** A value of the same shape as `value` that nobody else would send: a marker to look for in public answers. */
function markerLike(value: string): string {
  const tag = randomBytes(4).toString('hex');
  if (value.includes('@')) return `conformance-${tag}@example.org`;
  if (/^[0-9+\- ]+$/.test(value)) return value.replace(/\d/g, (digit, index: number) => (index === 0 ? digit : String(randomInt(10))));
  if (/^[0-9]+X?$/i.test(value)) return value.replace(/\d/g, () => String(randomInt(10)));
  return /\p{Script=Han}/u.test(value) ? `测试${tag}` : value;
}

function mark(node: unknown, personal: string[]): unknown {
  if (typeof node === 'string') {
    const marked = markerLike(node);
    if (marked !== node) personal.push(marked);
    return marked;
  }
  if (Array.isArray(node)) return node.map((child) => mark(child, personal));
  if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([key, child]) => [key, mark(child, personal)]));
  return node;
}

export interface MarkedBody {
  readonly body: Record<string, unknown>;
  /** The personal values in it, each unique to this run. */
  readonly personal: readonly string[];
}

/** The contract's example body for the target department, its personal data replaced by unique markers. */
export function markedExample(operation: Operation, departmentId: string): MarkedBody | undefined {
  const example = exampleBody(operation);
  if (!example) return undefined;
  const personal: string[] = [];
  const body: Record<string, unknown> = { ...example, ...('departmentId' in example ? { departmentId } : {}) };
  for (const field of PERSONAL_FIELDS) if (field in body) body[field] = mark(body[field], personal);
  // A real item to point at would tie the write to data it may not have: drop optional links.
  delete body['relatedItemId'];
  return { body, personal };
}
