import { describe, expect, it } from 'vitest';
import { csvSheet } from './csv-sheet';
import { itemsFromSheet } from './items-from-sheet';

const defaults = {
  issuingBody: '彰武县人民政府',
  division: { code: '210922', name: '彰武县' },
  level: 'county' as const,
  validity: 'valid' as const,
};
const read = (csv: string) => itemsFromSheet(csvSheet(csv), { departmentId: 'ln-zhangwu', defaults });

describe('itemsFromSheet', () => {
  it('reads Chinese headers, the vocabularies’ zh-CN labels and spreadsheet dates, and fills the department’s defaults', () => {
    const { items, problems } = read(
      '编号,标题,发布日期,形成日期,文号,类别,文种,主题,关键词\n2026-0001,关于印发彰武县2026年财政预算的通知,2026-03-12 09:00,2026/3/2,彰政发〔2026〕3号,财政预算、决算信息,通知公告,财政预决算；审计报告,预算;财政\n',
    );
    expect(problems).toEqual([]);
    expect(items).toEqual([
      {
        where: 'row 1 (line 2)',
        item: {
          id: 'ln-zhangwu:2026-0001',
          title: '关于印发彰武县2026年财政预算的通知',
          publishedAt: '2026-03-12T09:00:00+08:00',
          formedAt: '2026-03-02',
          documentNumber: '彰政发〔2026〕3号',
          category: 'budgetsAndFinalAccounts',
          genre: 'notice',
          topics: ['budgetsAndFinalAccounts', 'auditReports'],
          keywords: ['预算', '财政'],
          issuingBody: '彰武县人民政府',
          division: { code: '210922', name: '彰武县' },
          level: 'county',
          validity: 'valid',
        },
      },
    ]);
  });

  it('takes the English names and values too, and a row’s own values over the defaults', () => {
    const { items } = read(
      'id,title,publishedAt,formedAt,category,level,issuingBody,validity\nln-zhangwu:x1,标题,2026-03-12T09:00:00+08:00,2026-03-02,regulations,township,彰武县财政局,已废止\n',
    );
    expect(items[0]!.item).toMatchObject({ level: 'township', issuingBody: '彰武县财政局', validity: 'repealed', category: 'regulations' });
  });

  it('reports every problem of every row at once, with the right row, line and column, each saying what to do', () => {
    const { items, problems } = read(
      [
        '编号,标题,发布日期,形成日期,类别,层级',
        '1,好的,2026/3/12,2026/3/2,财政预算、决算信息,',
        '2,,2026/2/30,2026/3/2,财政预决算,省',
        '3,"两行\n的标题",2026/3/12,,行政法规、规章和规范性文件,',
        'other:4,好的,2026/3/12,2026/3/2,行政法规、规章和规范性文件,',
      ].join('\n'),
    );
    expect(items.map((item) => item.where)).toEqual(['row 1 (line 2)']);
    expect(problems).toEqual([
      {
        record: 'row 2 (line 3)',
        field: '发布日期 (publishedAt)',
        reason: expect.stringContaining('"2026/2/30" is not a real date and time'),
      },
      {
        record: 'row 2 (line 3)',
        field: '类别 (category)',
        reason: expect.stringContaining('did you mean 财政预算、决算信息 (budgetsAndFinalAccounts)?'),
      },
      {
        record: 'row 2 (line 3)',
        field: '层级 (level)',
        reason: expect.stringContaining('write one of: 国家级 (national), 省级 (provincial)'),
      },
      { record: 'row 2 (line 3)', field: '标题 (title)', reason: 'is empty; fill it in' },
      { record: 'row 3 (line 4)', field: '形成日期 (formedAt)', reason: 'is empty; fill it in' },
      { record: 'row 4 (line 6)', field: '编号 (id)', reason: expect.stringContaining('belongs to another department') },
    ]);
  });

  it('names unknown, doubled and missing columns once, in the header', () => {
    const { problems } = itemsFromSheet(csvSheet('标题,颜色,名称\nx,红,y\n'), { departmentId: 'ln-zhangwu' });
    expect(problems).toEqual(
      expect.arrayContaining([
        { record: 'the header', field: '颜色', reason: expect.stringContaining('is not a column of an items spreadsheet') },
        { record: 'the header', field: '名称', reason: expect.stringContaining('names the same column as "标题"') },
        { record: 'the header', reason: expect.stringContaining('has no 编号 (id) column') },
        { record: 'the header', reason: expect.stringContaining('has no 发布机构 (issuingBody) column') },
      ]),
    );
  });
});
