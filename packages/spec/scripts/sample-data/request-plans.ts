import type { ApplicantType, ApplicationChannel, ReplyOutcome } from '../../src/generated/openapi-types';

// Disclosure requests: every status, every outcome of table 3, remedies for table 4.

/** How a request's log runs, in calendar days from the receipt (see the margins in request-events.ts). */
type Script =
  | 'received'
  | 'awaitingSupplement'
  | 'processing'
  | 'consulting'
  | 'consultingAgency'
  | 'extendedOpen'
  | 'awaitingFee'
  | 'onTime'
  | 'late'
  | 'extended'
  | 'consulted'
  | 'supplemented'
  | 'feePaid'
  | 'feeUnpaid'
  | 'noSupplement'
  | 'withdrawn'
  | 'deferred'
  | 'deferredOpen';

type RemedyKind = 'reconsideration' | 'litigationDirect' | 'litigationAfterReconsideration';
/** Filed this many days after the decision; decided (with a result) this many days after that, or pending. */
type RemedyPlan = [kind: RemedyKind, filedAfter: number, result?: 'upheld' | 'corrected' | 'other', decidedAfter?: number];

export interface RequestPlan {
  dept: string;
  receivedOn: string;
  channel: ApplicationChannel;
  applicant: ApplicantType;
  script: Script;
  outcome?: ReplyOutcome;
  description: string;
  title?: string;
  remedies?: RemedyPlan[];
  passport?: boolean;
  agent?: boolean;
  /** After a remedy corrects the decision, the request is handled again: `open` leaves the new reply to come. */
  reopened?: 'open';
}

const r = (
  dept: string,
  receivedOn: string,
  channel: ApplicationChannel,
  applicant: ApplicantType,
  script: Script,
  outcome: ReplyOutcome | undefined,
  description: string,
  extra: Partial<RequestPlan> = {},
): RequestPlan => ({ dept, receivedOn, channel, applicant, script, outcome, description, ...extra });

export const REQUESTS: RequestPlan[] = [
  // 2024
  r(
    'ln-finance',
    '2024-02-19',
    'online',
    'naturalPerson',
    'onTime',
    'granted',
    '申请公开2023年度辽宁省省级一般公共预算“三公”经费决算明细。',
    { title: '辽宁省2023年省级决算' },
  ),
  r(
    'ln-finance',
    '2024-05-13',
    'postSigned',
    'legalServiceOrganization',
    'consulted',
    'denied.thirdPartyRights',
    '申请公开某医院医疗设备政府采购项目中标供应商的投标文件，包括分项报价明细。',
    { remedies: [['reconsideration', 20, 'upheld', 55]] },
  ),
  r(
    'ln-ndrc',
    '2024-03-11',
    'online',
    'commercialEnterprise',
    'onTime',
    'partial',
    '申请公开辽宁省2024年重大项目清单，以及各项目总投资、建设单位和联系人信息。',
  ),
  r(
    'ln-ndrc',
    '2024-07-08',
    'email',
    'researchInstitution',
    'onTime',
    'unable.needsCreation',
    '申请获取2015年至2023年全省各县区固定资产投资按行业交叉统计的汇总表。',
  ),
  r(
    'ln-housing',
    '2024-04-15',
    'inPerson',
    'naturalPerson',
    'onTime',
    'granted',
    '申请公开沈阳市皇姑区某小区老旧小区改造项目的批复文件和改造内容清单。',
  ),
  r(
    'ln-housing',
    '2024-09-20',
    'online',
    'naturalPerson',
    'late',
    'granted',
    '申请公开2024年辽宁省住房公积金缴存基数上下限调整的依据文件。',
  ),
  r(
    'ln-emergency',
    '2024-06-17',
    'postSigned',
    'naturalPerson',
    'onTime',
    'denied.enforcementCaseFile',
    '申请公开对某化工企业生产安全事故调查处理的全部执法案卷，包括询问笔录和现场勘验记录。',
    {
      remedies: [
        ['reconsideration', 25, 'upheld', 55],
        ['litigationAfterReconsideration', 95, 'other', 100],
      ],
    },
  ),
  r(
    'ln-emergency',
    '2024-10-14',
    'online',
    'socialWelfareOrganization',
    'onTime',
    'denied.securityStability',
    '申请公开全省危险化学品重大危险源的具体位置、储量和周边防护距离数据库。',
  ),
  r(
    'ln-zhangwu',
    '2024-03-25',
    'inPerson',
    'naturalPerson',
    'onTime',
    'unable.notHeld',
    '申请公开本人户籍所在村1998年第二轮土地承包合同原件。',
    { agent: true, remedies: [['reconsideration', 20, 'corrected', 50]] },
  ),
  r(
    'ln-zhangwu',
    '2024-08-05',
    'postUnsigned',
    'naturalPerson',
    'onTime',
    'notProcessed.petition',
    '要求县政府查处村干部在征地补偿款发放中的违法行为，并书面答复处理结果。',
  ),
  r(
    'ln-zhangwu',
    '2024-12-16',
    'online',
    'naturalPerson',
    'extended',
    'granted',
    '申请公开彰武县2024年度第二批次城镇建设用地征收土地的批准文件及补偿安置方案。',
  ),
  r('ln-zhangwu-hrt', '2024-05-20', 'oral', 'naturalPerson', 'onTime', 'granted', '申请查看本村2023年村级财务收支明细。'),
  r(
    'ln-finance',
    '2024-12-23',
    'postSigned',
    'commercialEnterprise',
    'onTime',
    'denied.processInformation',
    '申请公开某省级专项资金分配方案研究过程中各处室的意见和会议记录。',
  ),
  r('ln-ndrc', '2024-11-18', 'online', 'otherOrganization', 'supplemented', 'unable.stillUnclear', '申请公开关于那个项目的所有文件。'),
  r(
    'ln-housing',
    '2024-11-25',
    'fax',
    'commercialEnterprise',
    'feePaid',
    'granted',
    '申请公开2019年至2024年全省建筑业企业资质审批的全部审查意见书。',
  ),
  // 2025
  r('ln-finance', '2025-01-20', 'online', 'naturalPerson', 'onTime', 'granted', '申请公开辽宁省2025年省对下转移支付预算分地区情况。'),
  r(
    'ln-finance',
    '2025-03-17',
    'email',
    'researchInstitution',
    'onTime',
    'notProcessed.publication',
    '申请提供《辽宁财政年鉴2024》全书电子版。',
  ),
  r('ln-finance', '2025-06-09', 'online', 'naturalPerson', 'withdrawn', undefined, '申请公开2024年省级政府采购代理机构考核结果。'),
  r(
    'ln-ndrc',
    '2025-02-17',
    'online',
    'naturalPerson',
    'onTime',
    'denied.internalAffairs',
    '申请公开委机关2024年度干部考核及职务职级晋升的内部审批材料。',
  ),
  r(
    'ln-ndrc',
    '2025-05-12',
    'postSigned',
    'commercialEnterprise',
    'consulted',
    'partial',
    '申请公开彰武县阿尔乡200兆瓦风电场项目核准申请报告及附件。',
  ),
  r(
    'ln-ndrc',
    '2025-09-26',
    'online',
    'naturalPerson',
    'onTime',
    'granted',
    '申请公开2025年辽宁省城市供热价格调整的定价成本监审报告摘要。',
  ),
  r(
    'ln-housing',
    '2025-03-10',
    'online',
    'naturalPerson',
    'onTime',
    'denied.administrativeQuery',
    '申请查询本人名下在沈阳市的不动产登记信息。',
  ),
  r(
    'ln-housing',
    '2025-06-16',
    'inPerson',
    'naturalPerson',
    'onTime',
    'notProcessed.repeat',
    '再次申请公开已于2024年答复过的同一小区老旧小区改造批复文件。',
  ),
  r(
    'ln-housing',
    '2025-08-11',
    'online',
    'commercialEnterprise',
    'late',
    'partial',
    '申请公开2024年全省建筑施工安全生产监督检查中被通报企业名单及处理情况。',
  ),
  r(
    'ln-emergency',
    '2025-04-07',
    'online',
    'naturalPerson',
    'onTime',
    'granted',
    'Request for the full text of the Liaoning forest and grassland fire emergency plan (辽宁省森林草原火灾应急预案).',
    { passport: true },
  ),
  r(
    'ln-emergency',
    '2025-06-10',
    'email',
    'naturalPerson',
    'withdrawn',
    undefined,
    '申请公开2025年上半年全省生产安全事故统计分析原始数据。',
  ),
  r(
    'ln-emergency',
    '2025-07-14',
    'postSigned',
    'legalServiceOrganization',
    'extended',
    'denied.prohibitedByLaw',
    '申请公开2024年全省各生产经营单位安全生产统计调查的原始填报资料。',
  ),
  r(
    'ln-emergency',
    '2025-10-13',
    'online',
    'naturalPerson',
    'onTime',
    'notProcessed.confirmOrReissue',
    '要求对已获取的2024年某事故调查报告加盖公章重新出具，并确认其真实性。',
  ),
  r('ln-zhangwu', '2025-02-24', 'inPerson', 'naturalPerson', 'noSupplement', 'other.noSupplement', '申请公开有关我家房子的文件。'),
  r(
    'ln-zhangwu',
    '2025-04-21',
    'postSigned',
    'naturalPerson',
    'onTime',
    'notProcessed.excessive',
    '一次性申请公开2000年以来县政府全部常务会议纪要、全部发文及全部财务凭证。',
  ),
  r(
    'ln-zhangwu',
    '2025-07-07',
    'online',
    'commercialEnterprise',
    'feeUnpaid',
    'other.feeUnpaid',
    '申请公开2015年以来全县所有政府投资建设项目的招标文件、投标文件和施工合同。',
  ),
  r('ln-zhangwu', '2025-12-15', 'online', 'naturalPerson', 'onTime', 'granted', '申请公开彰武县2025年城乡低保资金发放汇总情况。'),
  r(
    'ln-zhangwu',
    '2025-12-22',
    'postSigned',
    'socialWelfareOrganization',
    'onTime',
    'granted',
    '申请公开2025年彰武县防沙治沙项目资金使用情况。',
  ),
  r('ln-zhangwu-hrt', '2025-05-19', 'inPerson', 'naturalPerson', 'onTime', 'partial', '申请公开2024年本村宅基地审批名单及审批表。'),
  r(
    'ln-zhangwu-hrt',
    '2025-09-08',
    'postUnsigned',
    'naturalPerson',
    'onTime',
    'unable.notHeld',
    '申请公开彰武县2025年全县耕地地力保护补贴资金分配文件。',
  ),
  r(
    'ln-ndrc',
    '2025-11-03',
    'online',
    'researchInstitution',
    'onTime',
    'denied.stateSecret',
    '申请公开辽宁省能源安全储备基地的选址规划和储备规模。',
  ),
  r('ln-finance', '2025-12-22', 'online', 'naturalPerson', 'onTime', 'granted', '申请公开2025年辽宁省政府债务限额及余额情况。'),
  // 2026
  r('ln-finance', '2026-03-16', 'online', 'naturalPerson', 'onTime', 'granted', '申请公开辽宁省财政厅2026年部门预算中的项目支出明细。'),
  r(
    'ln-housing',
    '2026-04-13',
    'online',
    'naturalPerson',
    'onTime',
    'other.other',
    '咨询住房公积金个人住房贷款利率调整后存量贷款如何执行。',
  ),
  r(
    'ln-housing',
    '2026-07-20',
    'online',
    'commercialEnterprise',
    'onTime',
    'partial',
    '申请公开2026年省级保障性住房建设项目招标结果及中标单位资质材料。',
    { remedies: [['reconsideration', 30]] },
  ),
  r(
    'ln-ndrc',
    '2026-06-08',
    'postSigned',
    'legalServiceOrganization',
    'onTime',
    'denied.processInformation',
    '申请公开某抽水蓄能电站项目核准过程中的部门会商意见。',
    { remedies: [['litigationDirect', 40]] },
  ),
  r('ln-emergency', '2026-03-09', 'online', 'naturalPerson', 'late', 'granted', '申请公开2025年全省自然灾害救灾资金分配明细。'),
  r('ln-emergency', '2026-08-17', 'online', 'naturalPerson', 'consulted', 'granted', '申请公开2026年汛期全省应急物资调拨记录。'),
  r(
    'ln-zhangwu',
    '2026-05-11',
    'online',
    'naturalPerson',
    'onTime',
    'granted',
    '申请公开彰武县城区集中供热管网改造工程的立项批复和资金来源。',
  ),
  r(
    'ln-zhangwu',
    '2026-06-15',
    'inPerson',
    'naturalPerson',
    'onTime',
    'notProcessed.petition',
    '要求县政府责令供热公司赔偿2025年供暖不达标损失。',
    { remedies: [['litigationDirect', 30, 'upheld', 90]] },
  ),
  r('ln-zhangwu-hrt', '2026-03-23', 'inPerson', 'naturalPerson', 'withdrawn', undefined, '申请公开西村2025年村级财务收支明细。'),
  r('ln-zhangwu-hrt', '2026-08-10', 'oral', 'naturalPerson', 'onTime', 'granted', '申请查看2026年上半年本村村级财务收支公开明细。'),
  // Art. 35: excessive requests whose reasons were reasonable, answered by a deferred date
  r(
    'ln-housing',
    '2025-10-20',
    'online',
    'commercialEnterprise',
    'deferred',
    'granted',
    '申请公开2010年至2025年全省所有房地产开发企业资质核定的审查材料，共计一百余家企业。',
  ),
  // A decision corrected by reconsideration, handled again at the reference date
  r(
    'ln-finance',
    '2026-08-03',
    'postSigned',
    'commercialEnterprise',
    'onTime',
    'denied.thirdPartyRights',
    '申请公开2026年省级政府采购项目中某供应商的投标报价明细。',
    { remedies: [['reconsideration', 20, 'corrected', 55]], reopened: 'open' },
  ),
  // Open at the reference date
  r(
    'ln-zhangwu',
    '2026-10-12',
    'online',
    'naturalPerson',
    'deferredOpen',
    undefined,
    '一次性申请公开2010年以来全县各乡镇全部土地征收档案及补偿发放明细。',
  ),
  r('ln-finance', '2026-11-18', 'online', 'naturalPerson', 'received', undefined, '申请公开2026年省级预算绩效评价结果。'),
  r('ln-zhangwu', '2026-11-19', 'inPerson', 'naturalPerson', 'received', undefined, '申请公开彰武县2026年冬季供暖补贴发放名单。'),
  r(
    'ln-zhangwu-hrt',
    '2026-11-16',
    'postSigned',
    'naturalPerson',
    'received',
    undefined,
    '申请公开哈尔套镇2026年高标准农田建设项目的施工合同。',
  ),
  r('ln-ndrc', '2026-11-12', 'postSigned', 'commercialEnterprise', 'awaitingSupplement', undefined, '申请公开有关光伏项目的审批文件。'),
  r('ln-housing', '2026-11-02', 'online', 'naturalPerson', 'processing', undefined, '申请公开我小区加装电梯的审批文件。'),
  r(
    'ln-finance',
    '2026-11-05',
    'email',
    'researchInstitution',
    'consulting',
    undefined,
    '申请公开2025年省级政府采购框架协议入围供应商的报价。',
  ),
  r(
    'ln-emergency',
    '2026-11-06',
    'online',
    'commercialEnterprise',
    'consultingAgency',
    undefined,
    '申请公开2026年某化工园区整体性安全风险评估报告。',
  ),
  r(
    'ln-housing',
    '2026-10-26',
    'fax',
    'legalServiceOrganization',
    'extendedOpen',
    undefined,
    '申请公开2021年至2026年全省住房公积金个人贷款逾期情况统计。',
  ),
  r(
    'ln-ndrc',
    '2026-11-04',
    'online',
    'otherOrganization',
    'awaitingFee',
    undefined,
    '申请公开2020年以来全省所有企业投资项目的备案信息表。',
  ),
];
