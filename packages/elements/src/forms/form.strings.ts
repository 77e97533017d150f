import type { Strings } from '../i18n/language';

/** What every form says: rules naming the field, the buttons, the submission's outcome. */
export interface FormStrings {
  required: (label: string) => string;
  /** The length a field must have: at least `min` (when given) and at most `max` characters. */
  length: (label: string, min: number | undefined, max: number) => string;
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
    length: (l, min, max) => `${l}应为${min ? ` ${min}–` : '不超过 '}${max} 个字`,
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
    length: (l, min, max) => `${l}: ${min ? `${min}–` : 'at most '}${max} characters`,
    format: (l) => `${l} is not valid`,
    fix: 'Please correct the marked fields.',
    choose: 'Choose',
    department: 'Department',
    submit: 'Submit',
    sending: 'Submitting…',
    failed: 'Not sent. Please try again.',
    token: 'Access code (keep it)',
    optional: ' (optional)',
  },
};
