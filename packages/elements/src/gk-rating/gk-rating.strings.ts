import type { Strings } from '../i18n/language';

export const strings: Strings<{ title: string; level: string; comment: string; done: string; rectify: string }> = {
  'zh-CN': {
    title: '评价答复',
    level: '满意程度',
    comment: '评价意见',
    done: '评价已提交：',
    rectify: '差评将由部门整改，整改期限：',
  },
  en: {
    title: 'Rate the reply',
    level: 'Satisfaction',
    comment: 'Comment',
    done: 'Your rating was sent: ',
    rectify: 'The department must act on this bad review by ',
  },
};
