import type { DisclosureItem, ItemRevision } from '@gongkai/spec';
import type { Revision } from '../store/disclosure-store';

/** A stored revision as the contract's `ItemRevision`. */
export function itemRevision(revision: Revision<DisclosureItem>): ItemRevision {
  return {
    revision: revision.revision,
    action: revision.action,
    recordedAt: revision.recordedAt,
    ...(revision.changedFields ? { changedFields: [...revision.changedFields] } : {}),
    item: revision.record,
  };
}
