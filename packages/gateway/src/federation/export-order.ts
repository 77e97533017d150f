/** Byte order of UTF-8 text: the order of ids in an export, on every department and the gateway alike. */
export function compareBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

/**
 * The departments of a federated export in the order that keeps the whole file in `id` order:
 * every id starts with `<department>:`, so the departments go by that prefix.
 */
export function exportOrder(departments: readonly string[]): string[] {
  return [...departments].sort((a, b) => compareBytes(`${a}:`, `${b}:`));
}

/**
 * Where each department starts when an export resumes after the id `after`: departments whose ids
 * all sort before it are skipped, the one it belongs to resumes after it, the rest start at their
 * beginning.
 */
export function resumePlan(departments: readonly string[], after: string | undefined): { department: string; after?: string }[] {
  if (after === undefined) return departments.map((department) => ({ department }));
  return departments.flatMap((department) => {
    const prefix = `${department}:`;
    if (after.startsWith(prefix)) return [{ department, after }];
    // Past the prefix: every id of this department sorts before `after`.
    return compareBytes(prefix, after) < 0 ? [] : [{ department }];
  });
}
