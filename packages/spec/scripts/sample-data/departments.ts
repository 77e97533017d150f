import type { Department, Division } from '../../src/generated/openapi-types';
import { uscc } from './identifiers';

// The six bodies: four provincial departments of Liaoning, Zhangwu County and its township Hartao.

export interface Profile {
  department: Omit<Department, 'health'>;
  /** Short name used inside sentences (财政厅). */
  short: string;
  host: string;
  /** Who normative documents are addressed to. */
  addressees: string;
  /** Where remedies go (行政复议法 2023: the government at the level above; the competent court). */
  reconsiderationBody: string;
  court: string;
  /** Division codes the records of this body apply to. */
  region: string;
}

export const LIAONING: Division = { code: '210000', name: '辽宁省' };
export const ZHANGWU: Division = { code: '210922', name: '彰武县' };
export const HARTAO: Division = { code: '210922105', name: '哈尔套镇' };
export const HARTAO_VILLAGES: Division[] = [
  { code: '210922105201', name: '哈尔套镇东村' },
  { code: '210922105202', name: '哈尔套镇西村' },
  { code: '210922105203', name: '哈尔套镇新发村' },
  { code: '210922105204', name: '哈尔套镇二台子村' },
  { code: '210922105205', name: '哈尔套镇塔营子村' },
];

const provincialGuide = (host: string, updatedAt: string): Department['guide'] => ({
  url: `https://${host}/zfxxgk/gkzn/`,
  summary:
    '本指南说明本机关主动公开政府信息的分类、编排体系和获取方式，依申请公开的受理机构、申请方式、办理程序和时限，以及监督和救济渠道。申请人可通过当面提交、信函、网络平台等方式提出申请；本机关自收到申请之日起20个工作日内予以答复，需要延长的经负责人同意后延长不超过20个工作日。',
  updatedAt,
});

function province(
  id: string,
  name: string,
  nameEn: string,
  short: string,
  host: string,
  org: string,
  office: Omit<Department['disclosureOffice'], 'onlineUrl'>,
  addressees: string,
): Profile {
  return {
    department: {
      id,
      name,
      nameEn,
      kind: 'governmentDepartment',
      level: 'provincial',
      division: LIAONING,
      unifiedSocialCreditCode: uscc(`11210000${org}`),
      website: `https://${host}/`,
      disclosureOffice: { ...office, onlineUrl: `https://${host}/zfxxgk/ysqgk/` },
      guide: provincialGuide(host, '2026-01-15T09:00:00+08:00'),
    },
    short,
    host,
    addressees,
    reconsiderationBody: '辽宁省人民政府',
    court: '沈阳市和平区人民法院',
    region: LIAONING.code,
  };
}

export const PROFILES: Profile[] = [
  province(
    'ln-finance',
    '辽宁省财政厅',
    'Department of Finance of Liaoning Province',
    '财政厅',
    'czt.ln.gov.cn',
    '001281356',
    {
      name: '辽宁省财政厅办公室（政务公开办）',
      address: '辽宁省沈阳市和平区北五马路8号',
      postcode: '110001',
      officeHours: '工作日 8:30-11:30，13:00-16:30',
      phone: '024-22000000',
      fax: '024-22000001',
      email: 'gk@czt.ln.gov.cn',
      acceptedChannels: ['inPerson', 'postSigned', 'postUnsigned', 'online', 'email'],
    },
    '各市财政局，沈抚示范区财政金融局，省直各部门',
  ),
  province(
    'ln-ndrc',
    '辽宁省发展和改革委员会',
    'Development and Reform Commission of Liaoning Province',
    '省发展改革委',
    'fgw.ln.gov.cn',
    '001281407',
    {
      name: '辽宁省发展和改革委员会办公室',
      address: '辽宁省沈阳市皇姑区北陵大街45-9号',
      postcode: '110032',
      officeHours: '工作日 8:30-11:30，13:00-16:30',
      phone: '024-22010000',
      fax: '024-22010001',
      email: 'gk@fgw.ln.gov.cn',
      acceptedChannels: ['inPerson', 'postSigned', 'postUnsigned', 'online', 'fax'],
    },
    '各市发展改革委，沈抚示范区经济发展局，省直有关部门',
  ),
  province(
    'ln-housing',
    '辽宁省住房和城乡建设厅',
    'Department of Housing and Urban-Rural Development of Liaoning Province',
    '省住房城乡建设厅',
    'zjt.ln.gov.cn',
    '001281481',
    {
      name: '辽宁省住房和城乡建设厅办公室',
      address: '辽宁省沈阳市和平区太原北街2号',
      postcode: '110001',
      officeHours: '工作日 8:30-11:30，13:00-16:30',
      phone: '024-22020000',
      fax: '024-22020001',
      email: 'gk@zjt.ln.gov.cn',
      acceptedChannels: ['inPerson', 'postSigned', 'online', 'fax', 'email'],
    },
    '各市住房和城乡建设局（住房公积金管理中心），沈抚示范区建设局，省直有关单位',
  ),
  province(
    'ln-emergency',
    '辽宁省应急管理厅',
    'Department of Emergency Management of Liaoning Province',
    '省应急管理厅',
    'yjgl.ln.gov.cn',
    'MB1534760',
    {
      name: '辽宁省应急管理厅办公室',
      address: '辽宁省沈阳市皇姑区华山路8号',
      postcode: '110031',
      officeHours: '工作日 8:30-11:30，13:00-16:30',
      phone: '024-22030000',
      fax: '024-22030001',
      email: 'gk@yjgl.ln.gov.cn',
      acceptedChannels: ['inPerson', 'postSigned', 'online', 'email'],
    },
    '各市应急管理局，沈抚示范区应急管理局，省安委会各成员单位',
  ),
  {
    department: {
      id: 'ln-zhangwu',
      name: '彰武县人民政府',
      nameEn: "People's Government of Zhangwu County",
      kind: 'peoplesGovernment',
      level: 'county',
      division: ZHANGWU,
      unifiedSocialCreditCode: uscc('11210922001234829'),
      website: 'https://www.zhangwu.gov.cn/',
      disclosureOffice: {
        name: '彰武县人民政府办公室（政务公开办）',
        address: '辽宁省阜新市彰武县彰武镇文化路1号',
        postcode: '123200',
        officeHours: '工作日 8:30-11:30，13:30-17:00',
        phone: '0418-7000000',
        fax: '0418-7000001',
        email: 'zwgk@zhangwu.gov.cn',
        onlineUrl: 'https://www.zhangwu.gov.cn/zfxxgk/ysqgk/',
        acceptedChannels: ['inPerson', 'postSigned', 'postUnsigned', 'online', 'oral'],
      },
      guide: {
        url: 'https://www.zhangwu.gov.cn/zfxxgk/gkzn/',
        summary:
          '说明县政府主动公开信息的分类（含《条例》第二十条、第二十一条规定的内容和基层政务公开标准目录）、获取方式，依申请公开的办理程序、时限和联系方式。县政务服务中心设政务公开专区，提供查阅、申请和咨询服务。',
        updatedAt: '2026-02-01T10:00:00+08:00',
      },
    },
    short: '县政府',
    host: 'www.zhangwu.gov.cn',
    addressees: '各乡镇人民政府，县政府各部门，各直属单位',
    reconsiderationBody: '阜新市人民政府',
    court: '阜新市中级人民法院',
    region: ZHANGWU.code,
  },
  {
    department: {
      id: 'ln-zhangwu-hrt',
      name: '彰武县哈尔套镇人民政府',
      nameEn: "People's Government of Hartao Town, Zhangwu County",
      kind: 'peoplesGovernment',
      level: 'township',
      division: HARTAO,
      parentId: 'ln-zhangwu',
      unifiedSocialCreditCode: uscc('11210922MB0M30251'),
      website: 'https://www.zhangwu.gov.cn/zfxxgk/hrtz/',
      disclosureOffice: {
        name: '哈尔套镇党政综合办公室',
        address: '辽宁省阜新市彰武县哈尔套镇哈尔套街98号',
        postcode: '123211',
        officeHours: '工作日 8:30-11:30，13:30-17:00',
        phone: '0418-7100000',
        acceptedChannels: ['inPerson', 'postSigned', 'postUnsigned', 'oral'],
      },
      guide: {
        url: 'https://www.zhangwu.gov.cn/zfxxgk/hrtz/gkzn/',
        summary:
          '哈尔套镇通过彰武县人民政府门户网站政府信息公开专栏、镇政务公开栏和各村村务公开栏公开政府信息；依申请公开可到镇党政综合办公室当面提交或邮寄申请。',
        updatedAt: '2026-03-02T09:00:00+08:00',
      },
    },
    short: '镇政府',
    host: 'www.zhangwu.gov.cn',
    addressees: '各村民委员会，镇直各单位',
    reconsiderationBody: '彰武县人民政府',
    court: '阜新市细河区人民法院',
    region: HARTAO.code,
  },
];
