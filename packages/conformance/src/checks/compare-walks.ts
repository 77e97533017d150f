import { failure, type Failure } from '../run/failure';
import { recordKey, type Walk } from '../run/walk';

/**
 * Where a walk at a small page size departs from the reference walk (the same list at the
 * largest page size): a record it repeats, a record it skips, or records in another order. Only
 * the part both walks read is compared.
 */
export function compareWalks(reference: Walk, walk: Walk, pageSize: number, field: string | undefined): Failure[] {
  const expected = reference.records.map((record) => recordKey(record, field));
  const pageOf: number[] = [];
  walk.pages.forEach((page, index) => page.records.forEach(() => pageOf.push(index)));
  const seen = new Map<string, number>();
  const keys = walk.records.map((record) => recordKey(record, field));
  const length = reference.complete ? keys.length : Math.min(keys.length, expected.length);
  for (let i = 0; i < length; i++) {
    const key = keys[i]!;
    const page = walk.pages[pageOf[i]!]!;
    const earlier = seen.get(key);
    if (earlier !== undefined)
      return [
        failure(
          `at limit=${pageSize}, record ${key} is on page ${earlier + 1} and again on page ${pageOf[i]! + 1}`,
          'every record exactly once',
          page.exchange,
        ),
      ];
    seen.set(key, pageOf[i]!);
    if (i >= expected.length)
      return [
        failure(
          `at limit=${pageSize}, the walk has record ${key} beyond the ${expected.length} records of the walk at the largest page size`,
          'the same records at every page size',
          page.exchange,
        ),
      ];
    if (key !== expected[i]) {
      const skipped = !keys.includes(expected[i]!);
      const message = skipped
        ? `at limit=${pageSize}, record ${expected[i]} is skipped: page ${pageOf[i]! + 1} goes on with ${key}`
        : `at limit=${pageSize}, record ${key} comes where the walk at the largest page size has ${expected[i]}`;
      return [failure(message, 'the same records in the same order at every page size', page.exchange)];
    }
  }
  if (walk.complete && reference.complete && keys.length < expected.length)
    return [
      failure(
        `at limit=${pageSize}, the walk ends after ${keys.length} of ${expected.length} records (next missing: ${expected[keys.length]})`,
        'every record',
        walk.pages.at(-1)?.exchange,
      ),
    ];
  return [];
}
