import { KINDS, type ConformingEntries, type Kind } from './envelope';
import type { Report } from './report';
import type { DatasetAlert, DatasetBudget, DatasetFee, DatasetFeedback, DatasetItem, DatasetRequest } from './types';

/** Every id a department issues carries its prefix and is unique within its kind (it may repeat across kinds). */
export function checkIds(departmentId: string, valid: ConformingEntries, report: Report): void {
  const idOf: Record<Kind, [string, (entry: never) => string]> = {
    items: ['/item/id', (e: DatasetItem) => e.item.id],
    fees: ['/fee/id', (e: DatasetFee) => e.fee.id],
    budgets: ['/budget/id', (e: DatasetBudget) => e.budget.id],
    alerts: ['/alert/id', (e: DatasetAlert) => e.alert.id],
    feedback: ['/id', (e: DatasetFeedback) => e.id],
    requests: ['/trackingNumber', (e: DatasetRequest) => e.trackingNumber],
  };
  for (const kind of KINDS) {
    const [suffix, read] = idOf[kind];
    const seen = new Map<string, number>();
    for (const [index, entry] of valid.get(kind) ?? []) {
      const id = read(entry as never);
      const pointer = `/${kind}/${index}${suffix}`;
      if (!id.startsWith(`${departmentId}:`))
        report.add(pointer, `must start with "${departmentId}:" (every id a department issues carries its prefix)`);
      const first = seen.get(id);
      if (first !== undefined) report.add(pointer, `duplicates the id of ${kind}[${first}] (ids are unique per kind)`);
      else seen.set(id, index);
    }
  }
}
