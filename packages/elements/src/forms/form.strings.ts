import type { Strings } from '../i18n/language';

/** What every form says: rules naming the field, the buttons, the submission's outcome. */
export interface FormStrings {
  required: (label: string) => string;
  short: (label: string, n: number) => string;
  long: (label: string, n: number) => string;
  format: (label: string) => string;
  fix: string;
  choose: string;
  department: string;
  submit: string;
  sending: string;
  failed: string;
  token: string;
  optional: string;
}

export const formStrings: Strings<FormStrings> = {
  'zh-CN': {
    required: (l) => `请填写${l}`,
    short: (l, n) => `${l}至少 ${n} 个字`,
    long: (l, n) => `${l}最多 ${n} 个字`,
    format: (l) => `${l}格式不正确`,
    fix: '请更正标出的项目。',
    choose: '请选择',
    department: '受理部门',
    submit: '提交',
    sending: '正在提交…',
    failed: '提交未成功，请重试。',
    token: '查询码（只显示一次，请妥善保存）',
    optional: '（选填）',
  },
  en: {
    required: (l) => `Enter ${l}`,
    short: (l, n) => `${l}: at least ${n} characters`,
    long: (l, n) => `${l}: at most ${n} characters`,
    format: (l) => `${l} is not valid`,
    fix: 'Please correct the marked fields.',
    choose: 'Choose',
    department: 'Department',
    submit: 'Submit',
    sending: 'Submitting…',
    failed: 'It was not submitted. Please try again.',
    token: 'Access code (shown once: keep it)',
    optional: ' (optional)',
  },
};
