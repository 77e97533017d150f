import type { Applicant, ApplicantType } from '../../src/generated/openapi-types';
import { residentId, uscc } from './identifiers';
import { personName } from './people';
import type { Rng } from './random';
import type { RequestPlan } from './request-plans';

// Who asks: people (with a valid resident id, or a passport) and organizations (with a valid USCC).

const ORGANIZATIONS: Record<Exclude<ApplicantType, 'naturalPerson'>, { names: string[]; prefix: string }> = {
  commercialEnterprise: {
    names: ['沈阳盛华建筑工程有限公司', '大连海辰新能源科技有限公司', '阜新宏达建设集团有限公司', '辽宁北方测绘地理信息有限公司'],
    prefix: '912101',
  },
  researchInstitution: { names: ['辽宁公共政策研究院', '东北区域发展研究中心', '辽宁省城乡规划设计研究院'], prefix: '122100' },
  socialWelfareOrganization: { names: ['辽宁绿野环保公益服务中心', '阜新市青禾社会工作服务中心'], prefix: '522100' },
  legalServiceOrganization: { names: ['辽宁正衡律师事务所', '辽宁明法律师事务所', '阜新市公信法律服务所'], prefix: '312100' },
  otherOrganization: { names: ['彰武县哈尔套镇东村村民委员会', '沈阳市皇姑区某小区业主委员会'], prefix: '542109' },
};

const ID_AREAS = ['210102', '210103', '210105', '210202', '210302', '210902', '210922', '211302'];

export function applicantOf(plan: RequestPlan, rng: Rng): Applicant {
  const phone = `1${rng.pick(['38', '39', '35', '58', '86', '51'])}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`;
  const postal = plan.channel.startsWith('post') || plan.dept.startsWith('ln-zhangwu');
  const address = plan.dept.startsWith('ln-zhangwu')
    ? `辽宁省阜新市彰武县${rng.pick(['彰武镇', '哈尔套镇', '阿尔乡镇'])}${rng.pick(['东村', '西村', '新华街', '文化路'])}${rng.int(1, 99)}号`
    : `辽宁省沈阳市${rng.pick(['和平区', '沈河区', '皇姑区', '铁西区'])}${rng.pick(['青年大街', '北陵大街', '十一纬路', '南京街'])}${rng.int(1, 300)}号`;
  const contact = {
    phone,
    ...(plan.channel === 'email' || plan.channel === 'online' ? { email: `user${rng.int(1000, 99999)}@example.org` } : {}),
    ...(postal ? { address, postcode: plan.dept.startsWith('ln-zhangwu') ? '123200' : '110000' } : {}),
  };
  if (plan.applicant === 'naturalPerson') {
    if (plan.passport) {
      return {
        type: 'naturalPerson',
        name: 'KIM MINJUN（金敏俊）',
        identityProof: { kind: 'passport', number: `M${rng.int(10_000_000, 99_999_999)}` },
        contact,
      };
    }
    const birth = `${rng.int(1955, 2001)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
    return {
      type: 'naturalPerson',
      name: personName(rng),
      identityProof: { kind: 'residentIdCard', number: residentId(rng.pick(ID_AREAS), birth, rng.int(1, 999)) },
      contact,
      ...(plan.agent
        ? {
            agent: {
              name: `辽宁正衡律师事务所 ${personName(rng)}律师`,
              authorization: '授权委托书（特别授权，代为提出政府信息公开申请及接收答复）',
            },
          }
        : {}),
    };
  }
  const org = ORGANIZATIONS[plan.applicant];
  const code = uscc(`${org.prefix}${String(rng.int(0, 99)).padStart(2, '0')}MA${String(rng.int(0, 9_999_999)).padStart(7, '0')}`);
  return {
    type: plan.applicant,
    name: rng.pick(org.names),
    identityProof: { kind: 'unifiedSocialCreditCode', number: code },
    contact: { ...contact, address, postcode: contact.postcode ?? '110000' },
  };
}
