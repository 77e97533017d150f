import { describe, expect, it } from 'vitest';
import { dataset, errorsOf } from './test-dataset';

describe('validateDataset', () => {
  describe('the envelope', () => {
    it('names a missing kind, an unknown top-level field and an entry that is not an object', () => {
      const { fees: _fees, ...withoutFees } = dataset();
      expect(errorsOf({ ...withoutFees, extra: 1, budgets: [42] })).toEqual([
        { path: 'extra', message: 'is not a known field' },
        { path: 'fees', message: 'is required (an empty array when there is nothing)' },
        { path: 'budgets[0]', message: 'must be an object' },
      ]);
    });

    it('rejects the gateway-only health of a department', () => {
      const data = dataset();
      expect(errorsOf({ ...data, department: { ...data.department, health: { status: 'up' } } }).map((e) => e.path)).toContain(
        'department.health',
      );
    });

    it('requires the id and publication time an import keeps', () => {
      const data = dataset();
      delete (data.items[0]!.item as { publishedAt?: string }).publishedAt;
      delete (data.alerts[0]!.alert as { id?: string }).id;
      expect(errorsOf(data)).toEqual([
        { path: 'items[0].item.publishedAt', message: 'is required in a dataset (an import keeps its ids and publication times)' },
        { path: 'alerts[0].alert.id', message: 'is required in a dataset (an import keeps its ids and publication times)' },
      ]);
    });

    it('requires a withdrawal to state its reason', () => {
      const data = dataset();
      data.fees[0]!.withdrawal = { at: '2026-06-01T09:00:00+08:00', reason: '' };
      expect(errorsOf(data)).toEqual([
        { path: 'fees[0].withdrawal.reason', message: 'must be a non-empty string of at most 500 characters' },
      ]);
    });
  });

  describe('every record against its schema', () => {
    it('translates the schema pointer into the record path', () => {
      const data = dataset();
      data.items[0]!.item.documentNumber = '彰政发[2026]003号';
      expect(errorsOf(data)).toEqual([{ path: 'items[0].item.documentNumber', message: expect.stringMatching(/^must match/) }]);
    });

    it('checks nested records: an update, a stage, a request event', () => {
      const data = dataset();
      data.items[0]!.updates![0]!.item.validity = 'gone' as never;
      data.feedback[0]!.stages![0]!.stage = 'lost' as never;
      data.requests[0]!.events[2]!.decision = { outcome: 'maybe' as never };
      expect(errorsOf(data).map((e) => e.path)).toEqual([
        'items[0].updates[0].item.validity',
        'feedback[0].stages[0].stage',
        'requests[0].events[2].decision.outcome',
      ]);
    });
  });
});
