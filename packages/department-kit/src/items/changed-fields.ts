import { canonicalJson } from '../canonical-json';

/** Fields every revision changes by definition, left out of `changedFields`. */
const BOOKKEEPING = new Set(['revision', 'updatedAt', 'timeliness']);

/** The top-level fields whose values differ between two revisions of a record, sorted. */
export function changedFields(previous: object, next: object): string[] {
  const before = previous as Record<string, unknown>;
  const after = next as Record<string, unknown>;
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((key) => !BOOKKEEPING.has(key) && canonicalJson(before[key]) !== canonicalJson(after[key])).sort();
}
