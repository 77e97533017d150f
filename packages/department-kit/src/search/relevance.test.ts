import { describe, expect, it } from 'vitest';
import { makeItem } from '../../test/support/fixtures';
import { relevanceOf } from './relevance';
import { parseSearchQuery } from './search-query';

describe('relevance', () => {
  const item = makeItem({ title: '公积金 公积金 公积金 公积金', summary: '住房公积金', keywords: ['公积金'], documentNumber: undefined });

  it('weighs the title, the summary and the keywords, counting repetition up to three', () => {
    expect(relevanceOf(item, parseSearchQuery('公积金'))).toBe(4 * 3 + 2 + 2);
  });

  it('scores an OR group by its best phrase and a body-only term as 1', () => {
    expect(relevanceOf(item, parseSearchQuery('住房 OR 公积金'))).toBe(16);
    expect(relevanceOf(item, parseSearchQuery('正文里的词'))).toBe(1);
    expect(relevanceOf(item, parseSearchQuery('-征收'))).toBe(0);
  });
});
