import type { Strings } from '../i18n/language';

export const strings: Strings<{
  none: string;
  areas: string;
  issued: string;
  until: string;
  details: string;
}> = {
  'zh-CN': {
    none: '当前没有生效的预警信息。',
    areas: '影响区域：',
    issued: '发布时间：',
    until: '有效期至：',
    details: '详情与防御指南',
  },
  en: {
    none: 'No warnings are in force.',
    areas: 'Areas: ',
    issued: 'Issued: ',
    until: 'Valid until: ',
    details: 'Details and what to do',
  },
};
