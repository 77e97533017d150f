import type { Report } from './report';
import { isObject } from './shape';
import { chinaDateOf } from '../china-time';
import { inOrder, instant } from './timeline';
import type { DatasetAlert, DatasetFee, DatasetItem } from './types';

/** Links may point at any item of the dataset, even one with errors of its own (reported elsewhere). */
export function itemIdsOf(json: unknown): Set<unknown> {
  const items = isObject(json) && Array.isArray(json['items']) ? (json['items'] as unknown[]) : [];
  return new Set(items.map((entry) => (isObject(entry) && isObject(entry['item']) ? entry['item']['id'] : undefined)));
}

export function checkItems(entries: Map<number, unknown>, ids: Set<unknown>, departmentId: string, report: Report): void {
  for (const [index, raw] of entries) {
    const { item, updates = [], withdrawal } = raw as DatasetItem;
    const at = `/items/${index}`;
    if (chinaDateOf(item.publishedAt) < item.formedAt)
      report.add(`${at}/item/publishedAt`, `must not be before the item was formed (${item.formedAt})`);
    for (const link of ['interpretationId', 'interpretsId'] as const) {
      const target = item[link];
      if (target?.startsWith(`${departmentId}:`) && !ids.has(target))
        report.add(`${at}/item/${link}`, `links to ${target}, which is not an item of this dataset`);
    }
    updates.forEach((update, u) => {
      if (update.item.id !== undefined && update.item.id !== item.id)
        report.add(`${at}/updates/${u}/item/id`, `must be the item's id ${item.id} (an update revises the same item)`);
    });
    const steps = updates.map((update, u) => ({ pointer: `${at}/updates/${u}/at`, at: update.at, label: `the revision before it` }));
    if (withdrawal) steps.push({ pointer: `${at}/withdrawal/at`, at: withdrawal.at, label: 'the withdrawal' });
    inOrder(report, { at: item.publishedAt, label: 'the publication' }, steps);
  }
}

export function checkFees(entries: Map<number, unknown>, report: Report): void {
  for (const [index, raw] of entries) {
    const { fee, withdrawal } = raw as DatasetFee;
    if (fee.validTo !== undefined && fee.validTo < fee.validFrom)
      report.add(`/fees/${index}/fee/validTo`, `must not be before validFrom (${fee.validFrom})`);
    if (withdrawal)
      inOrder(report, { at: fee.publishedAt, label: 'the publication' }, [
        { pointer: `/fees/${index}/withdrawal/at`, at: withdrawal.at, label: '' },
      ]);
  }
}

export function checkAlerts(entries: Map<number, unknown>, report: Report): void {
  for (const [index, raw] of entries) {
    const { alert, updates = [], cancellation } = raw as DatasetAlert;
    const at = `/alerts/${index}`;
    if (instant(alert.expiresAt) <= instant(alert.issuedAt))
      report.add(`${at}/alert/expiresAt`, `must be after issuedAt (${alert.issuedAt})`);
    updates.forEach((update, u) => {
      if (update.alert.id !== undefined && update.alert.id !== alert.id)
        report.add(`${at}/updates/${u}/alert/id`, `must be the alert's id ${alert.id} (an update revises the same alert)`);
    });
    const steps = updates.map((update, u) => ({ pointer: `${at}/updates/${u}/at`, at: update.at, label: 'the update before it' }));
    if (cancellation) steps.push({ pointer: `${at}/cancellation/at`, at: cancellation.at, label: 'the cancellation' });
    inOrder(report, { at: alert.issuedAt, label: 'the issue' }, steps);
  }
}
