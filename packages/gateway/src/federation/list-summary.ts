/**
 * `meta.total`, `meta.totalIsEstimate` and `meta.facets` of a federated list's first page: the
 * departments' own, summed. A sum is only as exact as its parts: when a department's total is an
 * estimate, is missing, or the department failed, the sum is a lower bound and says so.
 */

export interface ListSummary {
  readonly total?: number;
  readonly totalIsEstimate?: true;
  readonly facets?: Record<string, Record<string, number>>;
}

export function sumListSummaries(
  metas: readonly Readonly<Record<string, unknown>>[],
  options: { readonly failed: boolean; readonly facets: readonly string[] },
): ListSummary {
  const totals = metas.map((meta) => meta['total']).filter((total): total is number => Number.isSafeInteger(total));
  const exact = !options.failed && totals.length === metas.length && metas.every((meta) => meta['totalIsEstimate'] !== true);
  const facets = options.facets.length ? sumFacets(metas, options.facets) : undefined;
  return {
    ...(totals.length ? { total: totals.reduce((sum, total) => sum + total, 0) } : {}),
    ...(totals.length && !exact ? { totalIsEstimate: true as const } : {}),
    ...(facets ? { facets } : {}),
  };
}

function sumFacets(metas: readonly Readonly<Record<string, unknown>>[], asked: readonly string[]): Record<string, Record<string, number>> {
  const sums: Record<string, Record<string, number>> = Object.fromEntries(asked.map((facet) => [facet, {}]));
  for (const meta of metas) {
    const facets = meta['facets'];
    if (typeof facets !== 'object' || facets === null) continue;
    for (const facet of asked) {
      const counts: unknown = Reflect.get(facets, facet);
      if (typeof counts !== 'object' || counts === null) continue;
      const sum = sums[facet]!;
      for (const [value, count] of Object.entries(counts)) {
        if (Number.isSafeInteger(count) && count >= 0) sum[value] = (sum[value] ?? 0) + (count as number);
      }
    }
  }
  // Largest first, as each department orders them.
  return Object.fromEntries(
    Object.entries(sums).map(([facet, counts]) => [
      facet,
      Object.fromEntries(Object.entries(counts).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))),
    ]),
  );
}
