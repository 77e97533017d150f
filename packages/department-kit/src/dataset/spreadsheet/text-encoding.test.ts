import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, TextDecodingError } from './text-encoding';

const csv = '标题,发布日期,类别\n关于印发章武县2026年财政预算的通知,2026/3/12,财政预算、决算信息\n';

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM, and says which', () => {
    expect(decodeText(Buffer.from(csv))).toEqual({ text: csv, encoding: 'UTF-8', detected: true });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv)]))).toEqual({
      text: csv,
      encoding: 'UTF-8 with BOM',
      detected: true,
    });
  });

  it('detects GBK (what Excel saves on Chinese Windows) and reads it as GB18030', () => {
    for (const text of [csv, '标题\n公开\n', 'id,title\nx,联通\n']) {
      expect(decodeText(iconv.encode(text, 'gbk'))).toEqual({ text, encoding: 'GB18030', detected: true });
    }
    // A character outside GBK, only GB18030 has it.
    expect(decodeText(iconv.encode('标题\n䶮\n', 'gb18030'), 'gb18030').text).toBe('标题\n䶮\n');
  });

  it('detects UTF-16 with a BOM (Excel\'s "Unicode text")', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(csv, 'utf-16le')]);
    expect(decodeText(bytes)).toEqual({ text: csv, encoding: 'UTF-16', detected: true });
    expect(decodeText(iconv.encode(csv, 'utf-16le'))).toEqual({ text: csv, encoding: 'UTF-16LE', detected: true });
  });

  it('uses a forced encoding', () => {
    expect(decodeText(iconv.encode(csv, 'gbk'), 'gbk')).toEqual({ text: csv, encoding: 'GB18030', detected: false });
  });

  it('refuses bytes the encoding cannot read, naming the line', () => {
    const broken = Buffer.concat([iconv.encode('标题\n第一行\n', 'gbk'), Buffer.from([0x81, 0x20]), iconv.encode('坏\n', 'gbk')]);
    const error = (() => {
      try {
        return decodeText(broken, 'gb18030');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(TextDecodingError);
    expect(error).toMatchObject({ line: 3, message: expect.stringContaining('line 3 holds bytes that are not GB18030 text') });
    expect(() => decodeText(Buffer.from('标题\n乱码\uFFFD\n'))).toThrow(/line 2 holds "\uFFFD", the replacement character/);
    expect(() => decodeText(Buffer.from(csv), 'klingon')).toThrow(/--encoding klingon is not an encoding/);
  });
});
