import type { Strings } from '../i18n/language';

export const strings: Strings<{
  expenditure: string;
  revenue: string;
  code: string;
  name: string;
  amount: string;
  total: string;
  three: string;
  travelAbroad: string;
  vehicles: string;
  purchase: string;
  operation: string;
  receptions: string;
  chart: string;
  csv: string;
  missing: string;
}> = {
  'zh-CN': {
    expenditure: '支出（按功能分类）',
    revenue: '收入',
    code: '科目编码',
    name: '科目名称',
    amount: '金额（元）',
    total: '合计',
    three: '“三公”经费',
    travelAbroad: '因公出国（境）费',
    vehicles: '公务用车购置及运行维护费',
    purchase: '其中：公务用车购置费',
    operation: '其中：公务用车运行维护费',
    receptions: '公务接待费',
    chart: '支出构成（类级科目）',
    csv: '下载 CSV 数据',
    missing: '未找到对应的预算或决算。',
  },
  en: {
    expenditure: 'Expenditure (by function)',
    revenue: 'Revenue',
    code: 'Code',
    name: 'Line',
    amount: 'Amount (CNY)',
    total: 'Total',
    three: 'The three public expenses',
    travelAbroad: 'Official travel abroad',
    vehicles: 'Official vehicles',
    purchase: 'of which: purchase',
    operation: 'of which: operation and maintenance',
    receptions: 'Official receptions',
    chart: 'Expenditure by class',
    csv: 'Download CSV',
    missing: 'No such budget or final account was found.',
  },
};
