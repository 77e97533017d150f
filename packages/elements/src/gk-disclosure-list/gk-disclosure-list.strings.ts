import type { Strings } from '../i18n/language';

export const strings: Strings<{
  filters: string;
  category: string;
  topic: string;
  department: string;
  from: string;
  to: string;
  any: string;
  apply: string;
  results: string;
  published: string;
}> = {
  'zh-CN': {
    filters: '筛选条件',
    category: '类别',
    topic: '主题',
    department: '部门',
    from: '发布日期自',
    to: '至',
    any: '全部',
    apply: '筛选',
    results: '公开信息列表',
    published: '发布于',
  },
  en: {
    filters: 'Filters',
    category: 'Category',
    topic: 'Topic',
    department: 'Department',
    from: 'Published from',
    to: 'to',
    any: 'All',
    apply: 'Filter',
    results: 'Disclosed information',
    published: 'Published',
  },
};
