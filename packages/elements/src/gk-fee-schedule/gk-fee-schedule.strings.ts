import type { Strings } from '../i18n/language';

export const strings: Strings<{
  caption: string;
  name: string;
  standard: string;
  basis: string;
  collector: string;
  division: string;
  validity: string;
  upTo: string;
  open: string;
  status: Readonly<Record<string, string>>;
  none: string;
}> = {
  'zh-CN': {
    caption: '行政事业性收费项目',
    name: '收费项目',
    standard: '收费标准',
    basis: '收费依据',
    collector: '执收单位',
    division: '适用区域',
    validity: '有效期',
    upTo: '不超过',
    open: '长期',
    status: { active: '有效', expired: '已过期', withdrawn: '已撤回' },
    none: '暂无收费项目。',
  },
  en: {
    caption: 'Administrative fees',
    name: 'Fee',
    standard: 'Standard',
    basis: 'Legal basis',
    collector: 'Collected by',
    division: 'Applies in',
    validity: 'Valid',
    upTo: 'up to',
    open: 'open-ended',
    status: { active: 'In force', expired: 'Expired', withdrawn: 'Withdrawn' },
    none: 'No fees are listed.',
  },
};
