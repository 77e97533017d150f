import { describe, expect, it } from 'vitest';
import { validateSchema } from '../validate';
import { vocabularies } from '../vocabularies';
import { emptyOutcomeCounts, emptyRemedyCountsRow, emptyRequestCountsColumn } from './empty-counts';
import { cellPaths } from './count-tree';

describe('empty counts', () => {
  it('builds a valid column, outcome row and remedy group of zeros', () => {
    expect(validateSchema('RequestCountsColumn', emptyRequestCountsColumn()).ok).toBe(true);
    expect(validateSchema('OutcomeCounts', emptyOutcomeCounts()).ok).toBe(true);
    expect(validateSchema('RemedyCountsRow', emptyRemedyCountsRow()).ok).toBe(true);
    expect(emptyRemedyCountsRow()).toEqual({ upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 });
  });

  it('has one outcome cell per reply outcome of the vocabulary, plus 三(七) 总计', () => {
    const outcomes = vocabularies.replyOutcome.terms.map((t) => t.value);
    expect(cellPaths(emptyOutcomeCounts())).toEqual([...outcomes, 'total']);
  });

  it('has the 25 rows of table 3, in the order of the official table', () => {
    const rows = cellPaths(emptyRequestCountsColumn());
    expect(rows).toHaveLength(25);
    expect(rows[0]).toBe('newReceived');
    expect(rows[1]).toBe('carriedOver');
    expect(rows.at(-1)).toBe('carriedForward');
  });

  it('hands out a fresh object each time', () => {
    const column = emptyRequestCountsColumn();
    column.outcomes.denied.stateSecret = 3;
    expect(emptyRequestCountsColumn().outcomes.denied.stateSecret).toBe(0);
  });
});
