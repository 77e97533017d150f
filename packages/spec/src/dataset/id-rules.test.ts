import { describe, expect, it } from 'vitest';
import { dataset, errorsOf } from './test-dataset';

describe('validateDataset', () => {
  describe('ids', () => {
    it('start with the department id and a colon', () => {
      const data = dataset();
      data.fees[0]!.fee.id = 'ln-finance:fee-0001';
      expect(errorsOf(data)).toEqual([
        { path: 'fees[0].fee.id', message: 'must start with "ln-zhangwu:" (every id a department issues carries its prefix)' },
      ]);
    });

    it('are unique per kind but may repeat across kinds', () => {
      const data = dataset();
      data.items.push({ ...data.items[1]!, item: { ...data.items[1]!.item } });
      data.feedback[0]!.id = 'ln-zhangwu:2026-000001';
      expect(errorsOf(data)).toEqual([{ path: 'items[2].item.id', message: 'duplicates the id of items[1] (ids are unique per kind)' }]);
    });

    it('link interpretations to items of the dataset', () => {
      const data = dataset();
      data.items[0]!.item.interpretationId = 'ln-zhangwu:2026-009999';
      data.items[1]!.item.interpretsId = 'ln-finance:2026-000001';
      expect(errorsOf(data)).toEqual([
        { path: 'items[0].item.interpretationId', message: 'links to ln-zhangwu:2026-009999, which is not an item of this dataset' },
      ]);
    });

    it('keep an update on the same item, and feedback on the same department', () => {
      const data = dataset();
      data.items[0]!.updates![0]!.item.id = 'ln-zhangwu:2026-000002';
      data.feedback[0]!.submission.departmentId = 'ln-finance';
      expect(errorsOf(data).map((e) => e.path)).toEqual(['items[0].updates[0].item.id', 'feedback[0].submission.departmentId']);
    });
  });
});
