import type { Strings } from '../i18n/language';

export const strings: Strings<{
  caption: (asOf: string) => string;
  department: string;
  categories: string;
  timeliness: string;
  requests: string;
  annualReport: string;
  guide: string;
  current: (current: number, required: number) => string;
  missing: (n: number) => string;
  onTime: (onTime: number, measured: number) => string;
  none: string;
  overdue: (n: number) => string;
  replied: (onTime: number, all: number) => string;
  report: (year: number, state: 'onTime' | 'late' | 'missing', consistent: boolean) => string;
  guideState: (current: boolean) => string;
}> = {
  'zh-CN': {
    caption: (asOf) => `政务公开合规情况（截至${asOf}）`,
    department: '部门',
    categories: '法定公开类别',
    timeliness: '按时发布',
    requests: '依申请公开',
    annualReport: '年度报告',
    guide: '公开指南',
    current: (c, r) => `${c}/${r} 类有近一年内容`,
    missing: (n) => `${n} 类没有内容`,
    onTime: (o, m) => `${o}/${m} 条按时`,
    none: '无记录',
    overdue: (n) => `逾期未答复 ${n} 件`,
    replied: (o, a) => `按时答复 ${o}/${a} 件`,
    report: (y, s, c) => `${y}年度：${{ onTime: '按时发布', late: '逾期发布', missing: '未发布' }[s]}${c ? '' : '，数据不一致'}`,
    guideState: (c) => (c ? '近一年已更新' : '超过一年未更新'),
  },
  en: {
    caption: (asOf) => `Disclosure compliance (as of ${asOf})`,
    department: 'Department',
    categories: 'Statutory categories',
    timeliness: 'Published on time',
    requests: 'Requests',
    annualReport: 'Annual report',
    guide: 'Disclosure guide',
    current: (c, r) => `${c} of ${r} with content in the last year`,
    missing: (n) => `${n} with no content`,
    onTime: (o, m) => `${o} of ${m} on time`,
    none: 'none recorded',
    overdue: (n) => `${n} overdue`,
    replied: (o, a) => `${o} of ${a} replied on time`,
    report: (y, s, c) => `${y}: ${{ onTime: 'on time', late: 'late', missing: 'not published' }[s]}${c ? '' : ', inconsistent'}`,
    guideState: (c) => (c ? 'updated in the last year' : 'not updated for over a year'),
  },
};
