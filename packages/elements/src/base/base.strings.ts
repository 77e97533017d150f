import type { Strings } from '../i18n/language';

/** The strings the loading, empty, error and partial states share. */
export const baseStrings: Strings<{
  loading: string;
  empty: string;
  error: string;
  retry: string;
  partial: string;
  separator: string;
  previous: string;
  next: string;
  page: (n: number) => string;
}> = {
  'zh-CN': {
    loading: '正在加载…',
    empty: '暂无信息。',
    error: '暂时无法获取信息，请稍后再试。',
    retry: '重试',
    partial: '以下部门暂未响应，结果可能不完整：',
    separator: '、',
    previous: '上一页',
    next: '下一页',
    page: (n) => `第 ${n} 页`,
  },
  en: {
    loading: 'Loading…',
    empty: 'Nothing to show.',
    error: 'The information cannot be fetched right now. Please try again later.',
    retry: 'Try again',
    partial: 'These departments did not answer, so the results may be incomplete: ',
    separator: ', ',
    previous: 'Previous page',
    next: 'Next page',
    page: (n) => `Page ${n}`,
  },
};
