import type { AnnualReport, Budget, DisclosureItem, DisclosureRequest, ItemRevision } from '@gongkai/spec';

interface Records {
  readonly items?: readonly DisclosureItem[];
  readonly revisions?: readonly ItemRevision[];
  readonly budgets?: readonly Budget[];
  readonly requests?: readonly DisclosureRequest[];
  readonly reports?: readonly AnnualReport[];
}

/**
 * Throws a `RangeError` naming the first record that belongs to another department: counted in
 * this department's report, it would make the figures silently wrong.
 */
export function assertOwnRecords(departmentId: string, records: Records): void {
  const owners: [string, string | undefined][] = [
    ...(records.items ?? []).map((i): [string, string] => [`item ${i.id}`, i.departmentId]),
    ...(records.revisions ?? []).map((r): [string, string] => [`revision ${r.revision} of item ${r.item.id}`, r.item.departmentId]),
    ...(records.budgets ?? []).map((b): [string, string] => [`budget ${b.id}`, b.departmentId]),
    ...(records.requests ?? []).map((r): [string, string] => [`request ${r.trackingNumber}`, r.departmentId]),
    ...(records.reports ?? []).map((r): [string, string | undefined] => [`the annual report of ${r.year}`, r.departmentId]),
  ];
  const foreign = owners.find(([, owner]) => owner !== undefined && owner !== departmentId);
  if (foreign) throw new RangeError(`${foreign[0]} belongs to ${foreign[1]}, not to ${departmentId}`);
}
