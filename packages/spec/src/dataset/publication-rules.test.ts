import { describe, expect, it } from 'vitest';
import { dataset, errorsOf } from './test-dataset';

describe('validateDataset', () => {
  describe('publication timeline', () => {
    it('publishes an item no earlier than it was formed', () => {
      const data = dataset();
      data.items[1]!.item.formedAt = '2026-03-10';
      expect(errorsOf(data)).toEqual([
        { path: 'items[1].item.publishedAt', message: 'must not be before the item was formed (2026-03-10)' },
      ]);
    });

    it('puts updates after publication and in order', () => {
      const data = dataset();
      const update = data.items[0]!.updates![0]!;
      data.items[0]!.updates = [update, { ...update, at: '2026-03-20T09:00:00+08:00' }];
      expect(errorsOf(data)).toEqual([
        { path: 'items[0].updates[1].at', message: 'must be after the revision before it (2026-04-01T09:00:00+08:00)' },
      ]);
      data.items[0]!.updates = [{ ...update, at: '2026-03-09T00:59:59Z' }];
      expect(errorsOf(data)).toEqual([
        { path: 'items[0].updates[0].at', message: 'must be after the publication (2026-03-09T09:00:00+08:00)' },
      ]);
    });

    it('puts a withdrawal after publication and after the last update', () => {
      const data = dataset();
      data.items[0]!.withdrawal = { at: '2026-03-15T09:00:00+08:00', reason: '文件已废止。' };
      data.fees[0]!.withdrawal = { at: '2025-12-31T09:00:00+08:00', reason: '收费项目已取消。' };
      expect(errorsOf(data)).toEqual([
        { path: 'items[0].withdrawal.at', message: 'must be after the revision before it (2026-04-01T09:00:00+08:00)' },
        { path: 'fees[0].withdrawal.at', message: 'must be after the publication (2026-01-05T09:00:00+08:00)' },
      ]);
    });

    it('ends a fee no earlier than it starts', () => {
      const data = dataset();
      data.fees[0]!.fee.validTo = '2025-12-31';
      expect(errorsOf(data)).toEqual([{ path: 'fees[0].fee.validTo', message: 'must not be before validFrom (2026-01-01)' }]);
    });

    it('issues, updates and cancels an alert in order, expiring after its issue', () => {
      const data = dataset();
      data.alerts[0]!.cancellation!.at = '2026-04-10T07:00:00+08:00';
      data.alerts[0]!.alert.expiresAt = '2026-04-09T07:00:00+08:00';
      expect(errorsOf(data)).toEqual([
        { path: 'alerts[0].alert.expiresAt', message: 'must be after issuedAt (2026-04-09T08:00:00+08:00)' },
        { path: 'alerts[0].cancellation.at', message: 'must be after the update before it (2026-04-10T08:00:00+08:00)' },
      ]);
    });
  });
});
