import type { ListTotal } from '../store/list-total';
import { asksForUs, type DepartmentContext } from './department-context';

/** `meta.total` and, when the count stopped early, `meta.totalIsEstimate`, as the items answer them. */
export interface TotalMeta {
  readonly total?: number;
  readonly totalIsEstimate?: true;
}

/**
 * The `meta` of a list's page: its total on the first page (without `cursor`), nothing on the
 * pages after it, which belong to the same list. A `department` filter that leaves this
 * department out holds no records: 0.
 */
export async function totalMeta(
  context: DepartmentContext,
  request: Readonly<Record<string, unknown>> & { readonly department?: readonly string[] },
  count: () => Promise<ListTotal>,
): Promise<TotalMeta> {
  if (request['cursor'] !== undefined) return {};
  if (!asksForUs(context, request.department)) return { total: 0 };
  const { total, totalIsEstimate } = await count();
  return { total, ...(totalIsEstimate ? { totalIsEstimate: true as const } : {}) };
}
