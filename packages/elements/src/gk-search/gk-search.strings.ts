import type { Strings } from '../i18n/language';

export const strings: Strings<{
  search: string;
  query: string;
  submit: string;
  results: (q: string, page: number) => string;
  none: (q: string) => string;
}> = {
  'zh-CN': {
    search: '搜索政府信息',
    query: '关键词',
    submit: '搜索',
    results: (q, page) => `“${q}”的搜索结果（第 ${page} 页）`,
    none: (q) => `没有找到与“${q}”相关的信息。`,
  },
  en: {
    search: 'Search government information',
    query: 'Keywords',
    submit: 'Search',
    results: (q, page) => `Results for “${q}” (page ${page})`,
    none: (q) => `Nothing found for “${q}”.`,
  },
};
