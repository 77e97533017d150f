import { describe, expect, it } from 'vitest';
import { dataset, errorsOf } from './test-dataset';
import { validateDataset } from './validate-dataset';

describe('validateDataset', () => {
  it('accepts a dataset whose records and rules all hold, and returns it typed', () => {
    const result = validateDataset(dataset());
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.ok && result.dataset.department.id).toBe('ln-zhangwu');
  });

  it('reads JSON text too, and says when it is not JSON', () => {
    expect(validateDataset(JSON.stringify(dataset())).ok).toBe(true);
    expect(errorsOf('{"format":')).toEqual([{ path: '', message: expect.stringMatching(/^is not valid JSON/) }]);
  });

  it('copies the source file name onto every error', () => {
    const result = validateDataset({ ...dataset(), format: 'other' }, 'ln-zhangwu.json');
    expect(result.ok ? [] : result.errors).toEqual([{ path: 'format', message: 'must be "gongkai-dataset@1"', source: 'ln-zhangwu.json' }]);
  });
});
