import type { Strings } from '../i18n/language';

export const strings: Strings<{
  title: string;
  kind: string;
  subject: string;
  content: string;
  name: string;
  phone: string;
  email: string;
  realName: string;
  publish: string;
  done: string;
  number: string;
  due: string;
}> = {
  'zh-CN': {
    title: '留言咨询',
    kind: '留言类型',
    subject: '标题',
    content: '留言内容',
    name: '姓名',
    phone: '电话',
    email: '电子邮箱',
    realName: '实名提交',
    publish: '同意公开（不含个人信息）',
    done: '留言已提交。',
    number: '留言编号',
    due: '答复期限',
  },
  en: {
    title: 'Send feedback',
    kind: 'Kind',
    subject: 'Subject',
    content: 'Message',
    name: 'Name',
    phone: 'Phone',
    email: 'E-mail',
    realName: 'Submit under my real name',
    publish: 'Publish it with the reply (no personal data)',
    done: 'Your feedback was sent.',
    number: 'Tracking number',
    due: 'Reply due',
  },
};
