import type { Strings } from '../i18n/language';

export const strings: Strings<{
  title: string;
  token: string;
  look: string;
  ask: string;
  unknown: string;
  status: string;
  overdue: string;
  clock: string;
  states: Record<string, string>;
  extended: (n: number) => string;
  deferred: string;
  pauses: string;
  decision: string;
  articles: string;
  information: string;
  remedies: string;
  /** Between a label and what it labels: full-width in Chinese. */
  colon: string;
}> = {
  'zh-CN': {
    title: '查询申请办理情况',
    token: '查询码',
    look: '查询',
    ask: '请输入申请编号和查询码。',
    unknown: '未找到，请核对编号和查询码。',
    status: '办理状态',
    overdue: '已超期',
    clock: '计时',
    states: { running: '计时中', paused: '暂停计时', awaitingSupplement: '等待补正', stopped: '已停止' },
    extended: (n) => `已延长 ${n} 个工作日：`,
    deferred: '延迟答复至',
    pauses: '不计入期限',
    decision: '答复结果',
    articles: '依据：',
    information: '获取公开的信息',
    remedies: '救济途径',
    colon: '：',
  },
  en: {
    title: 'Track a request',
    token: 'Access code',
    look: 'Look up',
    ask: 'Enter the number and code.',
    unknown: 'Not found: check the number and code.',
    status: 'Status',
    overdue: 'Overdue',
    clock: 'Clock',
    states: { running: 'Running', paused: 'Paused', awaitingSupplement: 'Awaiting supplement', stopped: 'Stopped' },
    extended: (n) => `Extended by ${n} working days: `,
    deferred: 'Reply deferred to ',
    pauses: 'Not counted',
    decision: 'Decision',
    articles: 'Basis: ',
    information: 'Get the information',
    remedies: 'Remedies',
    colon: ': ',
  },
};
