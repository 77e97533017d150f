import type { Strings } from '../i18n/language';

export const strings: Strings<{
  title: string;
  type: string;
  name: string;
  idKind: string;
  idNumber: string;
  phone: string;
  email: string;
  address: string;
  postcode: string;
  contact: string;
  description: string;
  docTitle: string;
  form: string;
  delivery: string;
  needs: string;
  done: string;
}> = {
  'zh-CN': {
    title: '政府信息公开申请',
    type: '申请人类型',
    name: '姓名或名称',
    idKind: '身份证明',
    idNumber: '证件号码',
    phone: '电话',
    email: '电子邮箱',
    address: '通信地址',
    postcode: '邮政编码',
    contact: '请至少填写电话、电子邮箱或通信地址',
    description: '所需信息描述',
    docTitle: '文件标题或文号',
    form: '信息的提供形式',
    delivery: '获取方式',
    needs: '无障碍需求',
    done: '申请已提交：',
  },
  en: {
    title: 'Request information',
    type: 'Applicant',
    name: 'Name',
    idKind: 'Identity document',
    idNumber: 'Document number',
    phone: 'Phone',
    email: 'E-mail',
    address: 'Postal address',
    postcode: 'Postcode',
    contact: 'Enter a phone, e-mail or address',
    description: 'Information wanted',
    docTitle: 'Title or document number',
    form: 'Form of the information',
    delivery: 'Delivery',
    needs: 'Accessibility needs',
    done: 'Your request was filed: ',
  },
};
