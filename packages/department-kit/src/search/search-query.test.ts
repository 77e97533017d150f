import { describe, expect, it } from 'vitest';
import { isEmptySearch, matchesSearch, parseSearchQuery } from './search-query';

describe('the q query language', () => {
  it('ANDs plain terms, lower-cased, each once', () => {
    expect(parseSearchQuery('  住房 公积金  Ln ln ')).toEqual({ all: [['住房'], ['公积金'], ['ln']], none: [] });
  });

  it('keeps a quoted phrase whole, its whitespace collapsed to one space', () => {
    expect(parseSearchQuery('"住房  公积金" 管理')).toEqual({ all: [['住房 公积金'], ['管理']], none: [] });
    expect(parseSearchQuery('"OR" "-征收"')).toEqual({ all: [['or'], ['-征收']], none: [] });
  });

  it('runs an unclosed quote to the end', () => {
    expect(parseSearchQuery('预算 "公开 目录')).toEqual({ all: [['预算'], ['公开 目录']], none: [] });
  });

  it('joins terms around OR into one group', () => {
    expect(parseSearchQuery('公积金 OR 住房 OR "保障 房" 沈阳')).toEqual({ all: [['公积金', '住房', '保障 房'], ['沈阳']], none: [] });
  });

  it('reads OR as text where it joins nothing', () => {
    expect(parseSearchQuery('OR 公积金')).toEqual({ all: [['or'], ['公积金']], none: [] });
    expect(parseSearchQuery('公积金 OR')).toEqual({ all: [['公积金'], ['or']], none: [] });
    expect(parseSearchQuery('公积金 or 住房')).toEqual({ all: [['公积金'], ['or'], ['住房']], none: [] });
    expect(parseSearchQuery('公积金 OR -住房')).toEqual({ all: [['公积金'], ['or']], none: ['住房'] });
  });

  it('excludes a term or phrase with a leading -, and only a leading one', () => {
    expect(parseSearchQuery('公积金 -征收 -"拆迁 补偿"')).toEqual({ all: [['公积金']], none: ['征收', '拆迁 补偿'] });
    expect(parseSearchQuery('辽财预〔2026〕12号 2026-00123 - x')).toEqual({
      all: [['辽财预〔2026〕12号'], ['2026-00123'], ['-'], ['x']],
      none: [],
    });
  });

  it('drops a group that a required term already satisfies', () => {
    expect(parseSearchQuery('公积金 公积金 OR 住房')).toEqual({ all: [['公积金']], none: [] });
    expect(parseSearchQuery('a OR b b OR a')).toEqual({ all: [['a', 'b']], none: [] });
  });

  it('finds nothing to ask in whitespace and empty quotes', () => {
    expect(isEmptySearch(parseSearchQuery(' \t ""  " " '))).toBe(true);
    expect(isEmptySearch(parseSearchQuery('-x'))).toBe(false);
  });

  it('passes characters through as text, whatever they mean elsewhere', () => {
    const hostile = 'a* NEAR(b) "c" ^d col:e \u0001 % _ \\';
    const parsed = parseSearchQuery(hostile);
    expect(parsed.all.flat()).toEqual(['a*', 'near(b)', 'c', '^d', 'col:e', '\u0001', '%', '_', '\\']);
  });

  it('matches text as the stores must', () => {
    const query = parseSearchQuery('公积金 OR 住房 -征收 "2026 年"');
    expect(matchesSearch('住房保障 2026 年', query)).toBe(true);
    expect(matchesSearch('住房征收 2026 年', query)).toBe(false);
    expect(matchesSearch('公积金 2026年', query)).toBe(false);
  });
});
