import { describe, expect, it } from 'vitest';
import { containsAllTerms, searchTerms } from './search-terms';

describe('search terms', () => {
  it('splits on whitespace, lower-cases and drops duplicates', () => {
    expect(searchTerms('  住房 公积金  Ln ln ')).toEqual(['住房', '公积金', 'ln']);
  });

  it('checks each term against the short fields and the body', () => {
    expect(containsAllTerms('标题\n摘要', '正文里有住房公积金', ['住房公积金', '摘要'])).toBe(true);
    expect(containsAllTerms('标题', 'ABC', ['abc'])).toBe(true);
    expect(containsAllTerms('标题', null, ['正文'])).toBe(false);
  });
});
