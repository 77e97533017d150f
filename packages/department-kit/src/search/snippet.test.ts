import { describe, expect, it } from 'vitest';
import { makeItem } from '../../test/support/fixtures';
import { snippetOf } from './snippet';

const marked = (snippet: { text: string; highlights: { start: number; end: number }[] }) =>
  snippet.highlights.map(({ start, end }) => [...snippet.text].slice(start, end).join(''));

describe('search snippets', () => {
  it('prefers the field where the most terms occur and marks every occurrence', () => {
    const item = makeItem({ title: '公积金', summary: '住房公积金和公积金贷款', body: '无关' });
    const snippet = snippetOf(item, ['公积金', '贷款'])!;
    expect(snippet.text).toBe('住房公积金和公积金贷款');
    expect(marked(snippet)).toEqual(['公积金', '公积金贷款']);
  });

  it('cuts a long text around the first match, with ellipses, counting code points', () => {
    const body = `${'前'.repeat(300)}𠀀目标词${'后'.repeat(300)}`;
    const snippet = snippetOf(makeItem({ title: 't', summary: '', body }), ['目标词'])!;
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(marked(snippet)).toEqual(['目标词']);
    expect([...snippet.text].length).toBeLessThanOrEqual(102);
  });

  it('ignores letter case and keeps the text as written, never as markup', () => {
    const snippet = snippetOf(makeItem({ title: 't', summary: '<b>GDP</b> 增长', body: '' }), ['gdp'])!;
    expect(snippet.text).toBe('<b>GDP</b> 增长');
    expect(marked(snippet)).toEqual(['GDP']);
  });

  it('has nothing to show when no phrase occurs', () => {
    expect(snippetOf(makeItem({ title: 't', summary: 's', body: 'b' }), [])).toBeUndefined();
  });
});
