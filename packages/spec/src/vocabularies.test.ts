import { describe, expect, it } from 'vitest';
import { isCategoryRequired, outcomeGroupOf, vocabularies } from './vocabularies';

describe('vocabularies', () => {
  it('has the 21 reply outcomes of table 3 in six groups', () => {
    const outcomes = vocabularies.replyOutcome.terms;
    expect(outcomes).toHaveLength(21);
    const groups = new Map<string, number>();
    for (const term of outcomes) groups.set(term.group ?? '', (groups.get(term.group ?? '') ?? 0) + 1);
    expect(Object.fromEntries(groups)).toEqual({ granted: 1, partial: 1, denied: 8, unable: 3, notProcessed: 5, other: 3 });
    for (const term of outcomes) expect(outcomeGroupOf(term.value)).toBe(term.group);
  });

  it('has the 15 categories of Art. 20, the 7 of Art. 21 and the 5 more of its township sentence', () => {
    const articles = vocabularies.category.terms.map((t) => t.article ?? '');
    expect(articles.filter((a) => a.startsWith('Art. 20'))).toHaveLength(15);
    expect(articles.filter((a) => a === 'Art. 21')).toHaveLength(7);
    expect(articles.filter((a) => a === 'Art. 21 (township)')).toHaveLength(5);
    expect(vocabularies.category.label('budgetsAndFinalAccounts')).toBe('财政预算、决算信息');
  });

  it('labels Art. 20(6) in the words of the law', () => {
    expect(vocabularies.category.label('penaltiesAndCoercion')).toBe(
      '实施行政处罚、行政强制的依据、条件、程序以及本行政机关认为具有一定社会影响的行政处罚决定',
    );
  });

  it('binds Art. 21 categories only at prefecture and county level, and its township sentence at township level', () => {
    expect(isCategoryRequired('landExpropriation', 'county')).toBe(true);
    expect(isCategoryRequired('landExpropriation', 'provincial')).toBe(false);
    expect(isCategoryRequired('statistics', 'township')).toBe(true);
    expect(isCategoryRequired('publicSecurityAdministration', 'township')).toBe(false);
    // Art. 21, second sentence: 贯彻落实农业农村政策、农田水利工程建设运营、农村土地承包经营权流转、
    // 宅基地使用情况审核、土地征收、房屋征收、筹资筹劳、社会救助.
    const township = vocabularies.category.terms.filter(
      (t) => isCategoryRequired(t.value, 'township') && !t.article?.startsWith('Art. 20'),
    );
    expect(township.map((t) => t.labels['zh-CN'])).toEqual([
      '土地征收',
      '房屋征收',
      '社会救助',
      '贯彻落实农业农村政策',
      '农田水利工程建设运营',
      '农村土地承包经营权流转',
      '宅基地使用情况审核',
      '筹资筹劳',
    ]);
    expect(isCategoryRequired('homesteadApproval', 'county')).toBe(false);
  });

  it('binds nothing at village level: a village is not an administrative organ (Art. 20)', () => {
    expect(vocabularies.category.terms.filter((t) => isCategoryRequired(t.value, 'village'))).toEqual([]);
  });

  it('has the 26 grassroots areas as an open topic vocabulary, plus local additions', () => {
    expect(vocabularies.topic.open).toBe(true);
    const national = vocabularies.topic.terms.filter((t) => t.extra['local'] !== true);
    expect(national).toHaveLength(26);
    expect(vocabularies.topic.label('housingProvidentFund')).toBe('住房公积金');
  });

  it('labels the five satisfaction levels and marks 1–2 as bad reviews', () => {
    expect(vocabularies.satisfaction.terms.map((t) => [t.value, t.labels['zh-CN'], t.extra['badReview'] === true])).toEqual([
      [5, '非常满意', false],
      [4, '满意', false],
      [3, '基本满意', false],
      [2, '不满意', true],
      [1, '非常不满意', true],
    ]);
  });

  it('labels every value of every vocabulary in zh-CN and English', () => {
    for (const vocabulary of Object.values(vocabularies)) {
      for (const term of vocabulary.terms) {
        expect(term.labels['zh-CN'], `${vocabulary.name}.${term.value}`).not.toBe(String(term.value));
        expect(term.labels.en, `${vocabulary.name}.${term.value}`).not.toBe(String(term.value));
        expect(term.labels['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });

  it('has the applicant types of table 3’s columns', () => {
    expect(vocabularies.applicantType.terms.map((t) => t.labels['zh-CN'])).toEqual([
      '自然人',
      '商业企业',
      '科研机构',
      '社会公益组织',
      '法律服务机构',
      '其他',
    ]);
  });
});
