import { describe, expect, it } from 'vitest';
import { csvSheet } from './csv-sheet';

describe('csvSheet', () => {
  it('names each row by its number and the line it starts on, even after a cell that spans lines', () => {
    const sheet = csvSheet('标题,正文\n第一,"两行\n正文"\n\n第二,x\n第三,y');
    expect(sheet.headers).toEqual(['标题', '正文']);
    expect(sheet.rows.map((row) => row.where)).toEqual(['row 1 (line 2)', 'row 2 (line 5)', 'row 3 (line 6)']);
    expect(sheet.rows[0]!.cells).toEqual(['第一', '两行\n正文']);
  });

  it('reads tab-separated text (Excel\'s "Unicode text")', () => {
    expect(csvSheet('标题\t类别\n通知\t有效\n').rows[0]!.cells).toEqual(['通知', '有效']);
  });

  it('refuses a row with more cells than the header, by its row and line', () => {
    const sheet = csvSheet('标题,类别\n甲,乙\n关于甲,乙的通知,丙\n');
    expect(sheet.rows).toHaveLength(1);
    expect(sheet.problems).toEqual([
      { record: 'row 2 (line 3)', reason: expect.stringContaining('has 3 cells but the header has 2 columns') },
    ]);
  });

  it('says where CSV quoting breaks', () => {
    expect(csvSheet('标题\n"未闭合\n').problems[0]).toMatchObject({ reason: expect.stringContaining('must be in double quotes') });
  });
});
