import { describe, expect, it } from 'vitest';
import { itemsFromCsv } from './items-csv';

const header = 'id,title,category,validity,issuingBody,divisionCode,divisionName,level,formedAt,publishedAt,topics,keywords';

describe('items CSV', () => {
  it('reads one item per row, lists separated by semicolons, a BOM tolerated', () => {
    const csv = `\uFEFF${header}\nln-test:1,"关于住房公积金的通知, 第二批",regulations,valid,辽宁省测试厅,210000,辽宁省,provincial,2026-03-02,2026-03-10T09:30:00+08:00,housingProvidentFund; affordableHousing,公积金;住房\n`;
    const { items, problems } = itemsFromCsv(csv);
    expect(problems).toEqual([]);
    expect(items).toEqual([
      {
        id: 'ln-test:1',
        title: '关于住房公积金的通知, 第二批',
        category: 'regulations',
        validity: 'valid',
        issuingBody: '辽宁省测试厅',
        division: { code: '210000', name: '辽宁省' },
        level: 'provincial',
        formedAt: '2026-03-02',
        publishedAt: '2026-03-10T09:30:00+08:00',
        topics: ['housingProvidentFund', 'affordableHousing'],
        keywords: ['公积金', '住房'],
      },
    ]);
  });

  it('reports every bad cell by row and column, and unknown columns', () => {
    const csv = `${header}\nln-test:1,标题,nope,valid,机关,21,辽宁省,provincial,2026-03-02,2026-03-10T09:30:00+08:00,,\nln-test:2,标题,regulations,valid,机关,210000,辽宁省,provincial,2026-02-30,,,\n`;
    const { problems } = itemsFromCsv(csv);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ record: 'row 1 (line 2)', field: 'category' }),
        expect.objectContaining({ record: 'row 1 (line 2)', field: 'divisionCode' }),
        expect.objectContaining({ record: 'row 2 (line 3)', field: 'formedAt' }),
        expect.objectContaining({ record: 'row 2 (line 3)', field: 'publishedAt', reason: expect.stringContaining('required') }),
      ]),
    );
    expect(itemsFromCsv('id,colour\nx,red\n').problems).toEqual([expect.objectContaining({ record: 'the header', field: 'colour' })]);
  });
});
