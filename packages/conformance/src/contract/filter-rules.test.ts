import { describe, expect, it } from 'vitest';
import { filterRule } from './filter-rules';
import { listOperation, listOperations } from './list-operations';

const rule = (operationId: string, name: string) => {
  const list = listOperation(operationId)!;
  return filterRule(
    list,
    list.filters.find((parameter) => parameter.name === name)!,
  )!;
};

describe('filterRule', () => {
  it('knows what every filter of every list of the contract matches', () => {
    const unknown = listOperations.flatMap((list) =>
      list.filters
        .filter((parameter) => !filterRule(list, parameter))
        .map((parameter) => `${list.operation.operationId}?${parameter.name}`),
    );
    expect(unknown).toEqual([]);
    expect(listOperations.flatMap((list) => list.filters).length).toBeGreaterThan(20);
  });

  it('matches a field of the same name, a list of the plural name, and department ids', () => {
    expect(rule('listItems', 'category').matches({ category: 'statistics' }, 'statistics')).toBe(true);
    expect(rule('listItems', 'category').matches({ category: 'regulations' }, 'statistics')).toBe(false);
    expect(rule('listItems', 'topic').matches({ topics: ['workSafety', 'socialAssistance'] }, 'socialAssistance')).toBe(true);
    expect(rule('listBudgets', 'year').matches({ year: 2026 }, '2026')).toBe(true);
    expect(rule('listChanges', 'department').matches({ departmentId: 'ln-finance' }, 'ln-housing,ln-finance')).toBe(true);
    expect(rule('listChanges', 'department').values([], ['ln-finance'])).toEqual(['ln-finance']);
    expect(rule('listChanges', 'department').absent).toBe('conformance-absent-department');
  });

  it('matches a division and everything inside it, in any Division field of the record', () => {
    const division = rule('listAlerts', 'division');
    const alert = { areas: [{ code: '210922', name: '彰武县' }] };
    expect(division.matches(alert, '210900')).toBe(true);
    expect(division.matches(alert, '210000')).toBe(true);
    expect(division.matches(alert, '211000')).toBe(false);
    expect(division.values([alert], [])).toEqual(['210900']);
  });

  it('compares publication days in China Standard Time', () => {
    // 23:30 UTC on the 9th is already the 10th in China.
    const item = { publishedAt: '2026-03-09T23:30:00Z' };
    expect(rule('listItems', 'publishedFrom').matches(item, '2026-03-10')).toBe(true);
    expect(rule('listItems', 'publishedTo').matches(item, '2026-03-09')).toBe(false);
  });

  it('searches every text of a record, and asks for the full record when the list view cannot tell', () => {
    const q = rule('listItems', 'q');
    expect(q.values([{ id: 'x:1', issuingBody: '辽宁省住房和城乡建设厅', title: '关于住房公积金的通知' }], [])).toEqual(['于住']);
    expect(q.exhaustive).toBe(false);
    expect(q.matches({ title: '住房公积金管理办法', keywords: ['提取'] }, '公积金 提取')).toBe(true);
    expect(q.matches({ title: '预算公开' }, '公积金')).toBeUndefined();
  });
});
