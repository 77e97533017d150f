import type { Strings } from '../i18n/language';

export const strings: Strings<{
  metadata: string;
  indexNumber: string;
  documentNumber: string;
  issuingBody: string;
  category: string;
  writtenOn: string;
  publishedAt: string;
  validity: string;
  division: string;
  publishedElsewhere: string;
  withdrawn: string;
  attachments: string;
  history: string;
  revision: (n: number) => string;
  original: string;
  notFound: string;
  missing: string;
  fields: Readonly<Record<string, string>>;
}> = {
  'zh-CN': {
    metadata: '文件信息',
    indexNumber: '索引号',
    documentNumber: '发文字号',
    issuingBody: '发文机关',
    category: '公开类别',
    writtenOn: '成文日期',
    publishedAt: '发布日期',
    validity: '有效性',
    division: '行政区划',
    publishedElsewhere: '此前已发布于',
    withdrawn: '本信息已撤回：',
    attachments: '附件',
    history: '修订记录',
    revision: (n) => `第 ${n} 版`,
    original: '原文链接',
    notFound: '未找到该信息，可能已被移除或链接有误。',
    missing: '未指定要显示的信息。',
    fields: { title: '标题', summary: '概述', body: '正文', validity: '有效性', attachments: '附件', documentNumber: '发文字号' },
  },
  en: {
    metadata: 'Document details',
    indexNumber: 'Index number',
    documentNumber: 'Document number',
    issuingBody: 'Issued by',
    category: 'Category',
    writtenOn: 'Written on',
    publishedAt: 'Published',
    validity: 'Validity',
    division: 'Division',
    publishedElsewhere: 'Published earlier in',
    withdrawn: 'This information was withdrawn: ',
    attachments: 'Attachments',
    history: 'Revision history',
    revision: (n) => `Revision ${n}`,
    original: 'Original page',
    notFound: 'This information was not found; it may have been removed, or the link is wrong.',
    missing: 'No item was given to show.',
    fields: {
      title: 'title',
      summary: 'summary',
      body: 'text',
      validity: 'validity',
      attachments: 'attachments',
      documentNumber: 'document number',
    },
  },
};
