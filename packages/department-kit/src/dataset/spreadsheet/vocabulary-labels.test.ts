import { vocabularies } from '@gongkai/spec';
import { describe, expect, it } from 'vitest';
import { CHINESE_HEADERS, columnForHeader, itemColumns } from './item-columns';
import { termValue, unknownTermReason } from './vocabulary-labels';

describe('vocabulary labels', () => {
  it('reads every term of the contract’s vocabularies back from its zh-CN label, English label or value', () => {
    for (const vocabulary of [vocabularies.category, vocabularies.validity, vocabularies.level, vocabularies.genre, vocabularies.topic]) {
      for (const term of vocabulary.terms) {
        expect(termValue(vocabulary, term.labels['zh-CN'])).toBe(term.value);
        expect(termValue(vocabulary, ` ${term.labels.en.toUpperCase()} `)).toBe(term.value);
        expect(termValue(vocabulary, String(term.value))).toBe(term.value);
      }
    }
  });

  it('compares labels as people type them: half-width brackets, spaces', () => {
    expect(termValue(vocabularies.level, '乡镇(街道)级')).toBe('township');
    expect(termValue(vocabularies.category, '财政预算、 决算信息')).toBe('budgetsAndFinalAccounts');
    expect(termValue(vocabularies.category, '财政')).toBeUndefined();
  });

  it('suggests the term meant, or lists a short vocabulary', () => {
    expect(unknownTermReason(vocabularies.validity, '作废', 'a validity')).toBe(
      '"作废" is not a validity; write one of: 有效 (valid), 已修改 (amended), 已废止 (repealed), 已失效 (expired)',
    );
  });
});

describe('item columns', () => {
  it('has a column for every field of ItemInput, and Chinese headers only for columns that exist', () => {
    const names = itemColumns().map((column) => column.name);
    expect(names).toEqual(expect.arrayContaining(['id', 'title', 'publishedAt', 'divisionCode', 'divisionName', 'topics', 'attachments']));
    for (const name of Object.keys(CHINESE_HEADERS)) expect(names, name).toContain(name);
    expect(columnForHeader(itemColumns(), ' 发布日期* ')?.name).toBe('publishedAt');
    expect(columnForHeader(itemColumns(), 'PublishedAt')?.name).toBe('publishedAt');
  });
});
