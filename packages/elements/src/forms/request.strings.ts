import type { Strings } from '../i18n/language';

/** What the request form's receipt and the request's status both say. */
export const requestStrings: Strings<{ number: string; received: string; due: string; provisional: string }> = {
  'zh-CN': { number: '申请编号', received: '收到申请日期', due: '答复期限（20 个工作日）', provisional: '（暂定）' },
  en: { number: 'Tracking number', received: 'Received on', due: 'Reply due (20 working days)', provisional: ' (provisional)' },
};
