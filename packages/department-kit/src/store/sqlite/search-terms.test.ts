import { describe, expect, it } from 'vitest';
import { candidateQuery, gramDocument, gramToken } from './search-terms';

describe('SQLite search index tokens', () => {
  it('indexes every one- and two-character substring that holds no whitespace', () => {
    const tokens = gramDocument(['公积金', '〔2 A']).split(' ');
    for (const gram of ['公', '积', '金', '公积', '积金', '〔', '2', '〔2', 'a']) expect(tokens).toContain(gramToken(gram));
    expect(tokens).not.toContain(gramToken('2 '));
    expect(tokens).not.toContain(gramToken('金〔'));
  });

  it('uses the 1–2 character index for short terms and every trigram for longer ones', () => {
    expect(candidateQuery('公积')).toEqual({ index: 'grams', match: `"${gramToken('公积')}"`, exact: true });
    expect(candidateQuery('公积金')).toEqual({ index: 'trigrams', match: '"公积金"', exact: true });
    expect(candidateQuery('住房公积金')).toEqual({ index: 'trigrams', match: '"住房公" AND "房公积" AND "公积金"', exact: false });
    expect(candidateQuery('a"bc').match).toBe('"a""b" AND """bc"');
  });
});
