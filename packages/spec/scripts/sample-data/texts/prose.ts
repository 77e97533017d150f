import type { Draft } from '../drafts';

// The words of an item: pieces every kind of text uses.

export const cnDate = (date: string): string => `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
export const para = (text: string): string => `　　${text}`;

/** What a subject is about, without the body's region and the document-kind suffix. */
export function coreOf(subject: string): string {
  return (
    subject
      .replace(/^(辽宁省|全省|彰武县|哈尔套镇)/, '')
      .replace(/^(进一步加强|进一步|加强|做好|规范)/, '')
      .replace(/（[^）]*）$/, '')
      .replace(/（?\d{4}(—\d{4})?年度?）?/g, '')
      .replace(
        /(管理办法|暂行办法|实施细则|实施办法|管理规定|办法|规定|工作要点|工作计划|工作方案|行动方案|实施方案|方案|技术导则|裁量基准|适用规则|编制工作方案)$/,
        '',
      )
      .replace(/有关问题$/, '') || subject
  );
}

export interface Text {
  summary: string;
  body: string;
}

/** Keywords for sentences; one-character ones (房, 火) are for search and stay out of the prose. */
export const proseKeywords = (d: Draft): string => (d.seed.keywords ?? []).filter((k) => k.length > 1).join('、');
