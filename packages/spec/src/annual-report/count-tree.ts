/**
 * A table of the annual report as a tree whose leaves are counts (a table-3 column, a table-4
 * group). Summing and checking walk the tree, so a row added to the format is summed and checked
 * without anyone listing it again here.
 */
export type CountTree = { readonly [key: string]: number | CountTree };

/** Every cell of `a` plus the same cell of `b`; both have the layout of `a`. */
export function addCounts<T extends object>(a: T, b: T): T {
  const sum: Record<string, unknown> = {};
  for (const [key, left] of Object.entries(a)) {
    const right: unknown = (b as Record<string, unknown>)[key];
    if (typeof left === 'number' && typeof right === 'number') sum[key] = left + right;
    else if (isTree(left) && isTree(right)) sum[key] = addCounts(left, right);
    else throw new TypeError(`addCounts: "${key}" has different shapes (${typeof left} and ${typeof right})`);
  }
  return sum as T;
}

/** The dotted paths of every cell, in the order of the layout (`outcomes.denied.stateSecret`). */
export function cellPaths(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'number' ? [`${prefix}${key}`] : cellPaths(value as object, `${prefix}${key}.`),
  );
}

/** The count at a dotted path; 0 when the path does not reach a number. */
export function cellAt(tree: object, path: string): number {
  let node: unknown = tree;
  for (const key of path.split('.')) node = isTree(node) ? node[key] : undefined;
  return typeof node === 'number' ? node : 0;
}

function isTree(value: unknown): value is CountTree {
  return typeof value === 'object' && value !== null;
}
