import type { Category, Genre, Topic } from '../../src/generated/openapi-types';
import type { Profile } from './departments';

// What each body publishes: seeds that the item builder turns into dated, numbered items.

/** How often a seed recurs between 2024-01 and the reference date. */
type Every = 'once' | 'year' | 'half' | 'quarter';

export interface Seed {
  category: Category;
  genre: Genre;
  /** Placeholders: {Y} year, {P} year before, {X} year after, {Q} quarter, {H} half, {N} batch or instance, {C} project, {D} document number, {V} village. */
  title: string;
  topics?: Topic[];
  keywords?: string[];
  /** 机关代字: the item gets a GB/T 9704 number, e.g. 辽财预〔2026〕12号. */
  doc?: string;
  every?: Every;
  /** For `year`: the month and day it is usually formed (MM-DD). */
  on?: string;
  /** For `once`: how many instances (decisions). */
  count?: number;
  /** Comes with a 政策解读 linked both ways. */
  interpret?: boolean;
  issuer?: string;
  /** Published for one of the township's villages, on its notice board. */
  village?: boolean;
  /** A decision notice that lists this many decisions (lo–hi), each counted in table 2 in the year it was taken. */
  decisions?: [lo: number, hi: number];
  /** Statistics: indicator, unit and range (tenths of the unit, or whole numbers for 个, 起, 人, 元). */
  metrics?: [name: string, unit: string, lo: number, hi: number][];
}

const seed = (category: Category, genre: Genre, title: string, extra: Omit<Seed, 'category' | 'genre' | 'title'> = {}): Seed => ({
  category,
  genre,
  title,
  ...extra,
});
const yearly = (on: string, extra: Omit<Seed, 'category' | 'genre' | 'title'> = {}) => ({ every: 'year' as const, on, ...extra });

/** What the statutory categories look like for every body; the seeds below add each body's own. */
export function commonSeeds(p: Profile): Seed[] {
  const name = p.department.name;
  const county = p.department.level !== 'provincial';
  return [
    seed('agencyProfile', 'other', `${name}主要职责`, { keywords: ['机构职能'] }),
    seed('agencyProfile', 'other', `${name}领导信息`, { keywords: ['领导分工'] }),
    seed('agencyProfile', 'other', `${name}办公地址、办公时间及联系方式`, { keywords: ['联系方式', '办公时间'] }),
    seed(
      'otherStatutory',
      'report',
      `${name}{P}年政府信息公开工作年度报告`,
      yearly(county ? '03-12' : '01-20', { keywords: ['年度报告', '政务公开'] }),
    ),
    seed('otherStatutory', 'report', `${name}{P}年法治政府建设情况报告`, yearly('02-26', { keywords: ['法治政府'] })),
  ];
}

export function provincialSeeds(p: Profile): Seed[] {
  const name = p.department.name;
  return [
    seed('agencyProfile', 'other', `${name}内设机构`, { keywords: ['内设机构'] }),
    seed(
      'budgetsAndFinalAccounts',
      'report',
      `${name}{Y}年部门预算`,
      yearly('02-03', { topics: ['budgetsAndFinalAccounts'], keywords: ['部门预算', '预算', '三公经费'] }),
    ),
    seed(
      'budgetsAndFinalAccounts',
      'report',
      `${name}{P}年部门决算`,
      yearly('08-06', { topics: ['budgetsAndFinalAccounts'], keywords: ['部门决算', '三公经费'] }),
    ),
    seed(
      'centralizedProcurement',
      'notice',
      `${name}{Y}年政府采购意向公开`,
      yearly('03-18', { topics: ['publicResourceTrading'], keywords: ['政府采购', '采购意向'] }),
    ),
    seed(
      'civilServiceRecruitment',
      'notice',
      `${name}{Y}年度考试录用公务员拟录用人员公示`,
      yearly('07-08', { keywords: ['公务员', '拟录用'] }),
    ),
  ];
}

export const SEEDS: Record<string, Seed[]> = {
  'ln-finance': [
    seed('regulations', 'normativeDocument', '辽宁省财政厅关于印发《辽宁省省级预算绩效管理办法》的通知', {
      doc: '辽财预',
      interpret: true,
      topics: ['budgetsAndFinalAccounts'],
      keywords: ['预算', '绩效管理'],
    }),
    seed('regulations', 'normativeDocument', '辽宁省财政厅 辽宁省住房和城乡建设厅关于印发《辽宁省住房公积金财务管理实施细则》的通知', {
      doc: '辽财综',
      interpret: true,
      issuer: '辽宁省财政厅 辽宁省住房和城乡建设厅',
      topics: ['housingProvidentFund'],
      keywords: ['住房公积金', '公积金', '财务管理'],
    }),
    seed('regulations', 'normativeDocument', '辽宁省财政厅关于印发《辽宁省政府采购框架协议采购方式管理暂行办法》的通知', {
      doc: '辽财采',
      topics: ['publicResourceTrading'],
      keywords: ['政府采购', '框架协议'],
    }),
    seed('regulations', 'normativeDocument', '辽宁省财政厅关于进一步加强非税收入收缴管理的通知', {
      doc: '辽财非税',
      topics: ['taxAdministration'],
      keywords: ['非税收入', '收缴'],
    }),
    seed('regulations', 'normativeDocument', '辽宁省财政厅 辽宁省人力资源和社会保障厅关于印发《辽宁省就业补助资金管理办法》的通知', {
      doc: '辽财社',
      interpret: true,
      issuer: '辽宁省财政厅 辽宁省人力资源和社会保障厅',
      topics: ['employment'],
      keywords: ['就业', '补助资金'],
    }),
    seed('regulations', 'normativeDocument', '辽宁省财政厅关于加强代理记账行业监管的通知', {
      doc: '辽财会',
      keywords: ['代理记账', '会计'],
    }),
    seed('regulations', 'normativeDocument', '辽宁省财政厅关于印发《辽宁省政府专项债券项目资金管理办法》的通知', {
      doc: '辽财债',
      interpret: true,
      topics: ['majorConstructionProjects'],
      keywords: ['专项债券', '债务'],
    }),
    seed('regulations', 'normativeDocument', '辽宁省财政厅 辽宁省农业农村厅关于印发《辽宁省耕地地力保护补贴资金管理办法》的通知', {
      doc: '辽财农',
      interpret: true,
      issuer: '辽宁省财政厅 辽宁省农业农村厅',
      topics: ['agriculturalSubsidies'],
      keywords: ['耕地地力保护补贴', '涉农资金'],
    }),
    seed('plans', 'plan', '辽宁省财政厅{Y}年工作要点', yearly('03-06', { topics: ['budgetsAndFinalAccounts'], keywords: ['工作要点'] })),
    seed('plans', 'plan', '辽宁省推进财政资金直达机制常态化实施方案', {
      topics: ['budgetsAndFinalAccounts'],
      keywords: ['直达资金', '预算'],
    }),
    seed('statistics', 'statistics', '{Y}年第{Q}季度全省一般公共预算收支情况', {
      every: 'quarter',
      topics: ['budgetsAndFinalAccounts'],
      keywords: ['预算', '收支'],
      metrics: [
        ['一般公共预算收入', '亿元', 5000, 8000],
        ['税收收入', '亿元', 3500, 5500],
        ['一般公共预算支出', '亿元', 12000, 18000],
        ['民生支出', '亿元', 9000, 13000],
      ],
    }),
    seed(
      'statistics',
      'statistics',
      '{P}年辽宁省财政收支情况',
      yearly('01-26', {
        topics: ['budgetsAndFinalAccounts'],
        keywords: ['财政收支'],
        metrics: [
          ['一般公共预算收入', '亿元', 27000, 31000],
          ['政府性基金预算收入', '亿元', 8000, 12000],
          ['一般公共预算支出', '亿元', 60000, 68000],
        ],
      }),
    ),
    seed('licensing', 'licensingDecision', '{Y}年第{N}批代理记账机构行政许可决定公示', {
      every: 'half',
      keywords: ['代理记账', '行政许可'],
    }),
    seed('licensing', 'other', '代理记账资格审批办事指南', { keywords: ['办事指南', '代理记账'] }),
    seed('penaltiesAndCoercion', 'penaltyDecision', '辽宁省财政厅行政处罚决定书（{D}）', {
      doc: '辽财罚',
      count: 3,
      topics: ['publicResourceTrading'],
      keywords: ['政府采购', '行政处罚'],
    }),
    seed('penaltiesAndCoercion', 'normativeDocument', '辽宁省财政厅关于印发《辽宁省财政行政处罚裁量基准》的通知', {
      doc: '辽财法',
      keywords: ['裁量基准', '行政处罚'],
    }),
    seed(
      'budgetsAndFinalAccounts',
      'report',
      '关于辽宁省{P}年预算执行情况与{Y}年预算草案的报告',
      yearly('01-29', { topics: ['budgetsAndFinalAccounts'], keywords: ['预算', '预算执行', '预算草案'] }),
    ),
    seed(
      'administrativeFees',
      'notice',
      '辽宁省行政事业性收费目录清单（{Y}年版）',
      yearly('02-18', { topics: ['taxAdministration'], keywords: ['收费目录', '行政事业性收费'] }),
    ),
    seed(
      'centralizedProcurement',
      'normativeDocument',
      '辽宁省财政厅关于印发辽宁省政府集中采购目录及标准（{X}年版）的通知',
      yearly('12-02', { doc: '辽财采', topics: ['publicResourceTrading'], keywords: ['集中采购', '采购限额标准'] }),
    ),
    seed(
      'majorProjects',
      'notice',
      '{Y}年辽宁省新增政府专项债券项目清单及资金使用情况',
      yearly('09-16', { topics: ['majorConstructionProjects'], keywords: ['专项债券', '重大项目'] }),
    ),
    seed(
      'livelihoodPolicies',
      'notice',
      '关于下达{Y}年城乡居民基本医疗保险中央补助资金的通知',
      yearly('04-20', { doc: '辽财社', topics: ['socialInsurance', 'health'], keywords: ['医疗保险', '补助资金'] }),
    ),
    seed(
      'livelihoodPolicies',
      'notice',
      '关于下达{Y}年就业补助资金的通知',
      yearly('05-12', { doc: '辽财社', topics: ['employment'], keywords: ['就业', '补助资金'] }),
    ),
    seed(
      'livelihoodPolicies',
      'notice',
      '关于下达{Y}年城乡义务教育补助经费预算的通知',
      yearly('03-24', { doc: '辽财教', topics: ['compulsoryEducation'], keywords: ['义务教育', '预算'] }),
    ),
    seed(
      'livelihoodPolicies',
      'notice',
      '关于下达{Y}年困难群众救助补助资金的通知',
      yearly('06-11', { doc: '辽财社', topics: ['socialAssistance'], keywords: ['低保', '救助'] }),
    ),
    seed(
      'emergencies',
      'notice',
      '辽宁省财政厅关于做好{Y}年防汛救灾资金保障工作的通知',
      yearly('06-04', { doc: '辽财综', topics: ['disasterRelief'], keywords: ['应急', '防汛', '救灾资金'] }),
    ),
    seed('emergencies', 'plan', '辽宁省财政厅突发事件财政应急保障预案', { topics: ['disasterRelief'], keywords: ['应急预案', '应急保障'] }),
    seed(
      'supervisionInspections',
      'notice',
      '{Y}年度会计信息质量检查结果公告',
      yearly('11-04', { keywords: ['会计信息质量', '监督检查'] }),
    ),
    seed(
      'supervisionInspections',
      'notice',
      '{Y}年政府采购代理机构监督检查情况通报',
      yearly('10-21', { topics: ['publicResourceTrading'], keywords: ['政府采购', '代理机构'] }),
    ),
  ],
  'ln-ndrc': [
    seed('regulations', 'normativeDocument', '辽宁省发展和改革委员会关于印发《辽宁省企业投资项目核准和备案管理办法》的通知', {
      doc: '辽发改投资',
      interpret: true,
      topics: ['majorConstructionProjects'],
      keywords: ['核准', '备案', '投资项目'],
    }),
    seed('regulations', 'normativeDocument', '辽宁省发展和改革委员会关于调整全省城市供热价格有关问题的通知', {
      doc: '辽发改价格',
      interpret: true,
      topics: ['municipalServices'],
      keywords: ['供暖', '供热价格', '价格'],
    }),
    seed('regulations', 'normativeDocument', '辽宁省发展和改革委员会关于公布《辽宁省定价目录》的通知', {
      doc: '辽发改价格',
      keywords: ['定价目录', '价格'],
    }),
    seed('regulations', 'normativeDocument', '辽宁省发展和改革委员会关于印发《辽宁省重大项目谋划储备管理办法》的通知', {
      doc: '辽发改规划',
      topics: ['majorConstructionProjects'],
      keywords: ['重大项目', '项目储备'],
    }),
    seed('regulations', 'normativeDocument', '辽宁省发展和改革委员会 辽宁省住房和城乡建设厅关于城镇生活垃圾处理收费有关问题的通知', {
      doc: '辽发改价格',
      issuer: '辽宁省发展和改革委员会 辽宁省住房和城乡建设厅',
      topics: ['municipalServices', 'ecologyEnvironment'],
      keywords: ['垃圾处理费', '收费'],
    }),
    seed(
      'plans',
      'report',
      '关于辽宁省{P}年国民经济和社会发展计划执行情况与{Y}年计划草案的报告',
      yearly('01-30', { keywords: ['国民经济和社会发展计划'] }),
    ),
    seed('plans', 'plan', '辽宁省推动大规模设备更新和消费品以旧换新实施方案', { interpret: true, keywords: ['设备更新', '以旧换新'] }),
    seed('plans', 'plan', '辽宁省推进以人为本的新型城镇化实施方案', { topics: ['urbanRuralPlanning'], keywords: ['新型城镇化'] }),
    seed('plans', 'plan', '辽宁省国民经济和社会发展第十五个五年规划纲要编制工作方案', { keywords: ['十五五', '规划纲要'] }),
    seed('statistics', 'statistics', '{Y}年第{Q}季度全省固定资产投资运行情况', {
      every: 'quarter',
      topics: ['majorConstructionProjects'],
      keywords: ['固定资产投资'],
      metrics: [
        ['固定资产投资', '%', -30, 80],
        ['项目投资', '%', -20, 90],
        ['亿元以上项目', '个', 800, 1600],
      ],
    }),
    seed('statistics', 'statistics', '{Y}年第{Q}季度全省重要民生商品价格监测情况', {
      every: 'quarter',
      keywords: ['价格监测', '米', '油', '菜'],
      metrics: [
        ['粮食零售均价', '元/公斤', 40, 60],
        ['猪肉零售均价', '元/公斤', 220, 320],
        ['蔬菜零售均价', '元/公斤', 40, 80],
      ],
    }),
    seed('licensing', 'licensingDecision', '辽宁省发展和改革委员会关于{C}项目核准的批复', {
      doc: '辽发改能源',
      count: 4,
      topics: ['majorConstructionProjects'],
      keywords: ['核准', '批复'],
    }),
    seed('licensing', 'other', '企业投资项目核准办事指南', { keywords: ['办事指南', '核准'] }),
    seed('penaltiesAndCoercion', 'penaltyDecision', '辽宁省发展和改革委员会行政处罚决定书（{D}）', {
      doc: '辽发改罚',
      count: 2,
      keywords: ['节能审查', '行政处罚'],
    }),
    seed('penaltiesAndCoercion', 'normativeDocument', '辽宁省发展和改革委员会关于印发《节能监察行政处罚裁量基准》的通知', {
      doc: '辽发改环资',
      keywords: ['裁量基准', '节能'],
    }),
    seed('administrativeFees', 'normativeDocument', '辽宁省发展和改革委员会 辽宁省财政厅关于降低部分行政事业性收费标准的通知', {
      doc: '辽发改收费',
      issuer: '辽宁省发展和改革委员会 辽宁省财政厅',
      topics: ['taxAdministration'],
      keywords: ['收费标准', '降费'],
    }),
    seed('administrativeFees', 'notice', '辽宁省行政事业性收费标准目录（{Y}年）', yearly('03-02', { keywords: ['收费标准'] })),
    seed(
      'majorProjects',
      'notice',
      '辽宁省{Y}年重大项目清单',
      yearly('02-20', { topics: ['majorConstructionProjects'], keywords: ['重大项目'] }),
    ),
    seed(
      'majorProjects',
      'notice',
      '{Y}年上半年省重大项目建设进展情况',
      yearly('07-24', { topics: ['majorConstructionProjects'], keywords: ['重大项目', '进展'] }),
    ),
    seed(
      'majorProjects',
      'notice',
      '关于下达{Y}年省预算内基本建设投资计划的通知',
      yearly('04-09', { doc: '辽发改投资', topics: ['majorConstructionProjects'], keywords: ['预算内投资', '预算'] }),
    ),
    seed(
      'livelihoodPolicies',
      'notice',
      '关于做好{Y}年以工代赈工作的通知',
      yearly('03-14', { doc: '辽发改振兴', topics: ['employment', 'povertyAlleviation'], keywords: ['以工代赈', '就业'] }),
    ),
    seed(
      'livelihoodPolicies',
      'notice',
      '关于下达{Y}年保障性安居工程配套基础设施中央预算内投资计划的通知',
      yearly('05-26', { doc: '辽发改投资', topics: ['affordableHousing'], keywords: ['保障性安居工程'] }),
    ),
    seed('emergencies', 'plan', '辽宁省煤电油气运保障应急预案', { topics: ['municipalServices'], keywords: ['应急预案', '能源保供'] }),
    seed(
      'emergencies',
      'notice',
      '关于做好{Y}年迎峰度冬能源保供工作的通知',
      yearly('10-20', { doc: '辽发改能源', topics: ['municipalServices'], keywords: ['供暖', '应急', '能源保供'] }),
    ),
    seed(
      'supervisionInspections',
      'notice',
      '{Y}年度重点用能单位节能监察结果公告',
      yearly('11-06', { topics: ['ecologyEnvironment'], keywords: ['节能监察'] }),
    ),
  ],
  'ln-housing': [
    seed('regulations', 'rule', '辽宁省住房公积金缴存管理规定', {
      issuer: '辽宁省人民政府',
      topics: ['housingProvidentFund'],
      keywords: ['住房公积金', '缴存', '规章'],
    }),
    seed('regulations', 'normativeDocument', '辽宁省住房和城乡建设厅关于印发《辽宁省住房公积金提取管理办法》的通知', {
      doc: '辽住建规',
      interpret: true,
      topics: ['housingProvidentFund'],
      keywords: ['住房公积金', '公积金', '提取'],
    }),
    seed('regulations', 'normativeDocument', '辽宁省住房和城乡建设厅关于调整住房公积金个人住房贷款政策的通知', {
      doc: '辽住建规',
      interpret: true,
      topics: ['housingProvidentFund'],
      keywords: ['住房公积金', '贷款', '公积金'],
    }),
    seed('regulations', 'normativeDocument', '辽宁省住房和城乡建设厅关于印发《辽宁省保障性租赁住房管理办法》的通知', {
      doc: '辽住建规',
      interpret: true,
      topics: ['affordableHousing'],
      keywords: ['保障性租赁住房', '租赁'],
    }),
    seed('regulations', 'normativeDocument', '辽宁省住房和城乡建设厅关于进一步加强城镇燃气安全管理的通知', {
      doc: '辽住建发',
      topics: ['municipalServices', 'workSafety'],
      keywords: ['燃气', '安全'],
    }),
    seed('regulations', 'normativeDocument', '辽宁省住房和城乡建设厅关于规范商品房预售资金监管的通知', {
      doc: '辽住建房',
      keywords: ['预售资金', '房'],
    }),
    seed('regulations', 'normativeDocument', '辽宁省住房和城乡建设厅关于印发《辽宁省城镇老旧小区改造技术导则》的通知', {
      doc: '辽住建城建',
      topics: ['urbanRuralPlanning'],
      keywords: ['老旧小区改造'],
    }),
    seed(
      'plans',
      'plan',
      '辽宁省城镇老旧小区改造{Y}年工作计划',
      yearly('03-05', { topics: ['urbanRuralPlanning'], keywords: ['老旧小区改造'] }),
    ),
    seed('plans', 'plan', '辽宁省实施城市更新行动方案', { interpret: true, topics: ['urbanRuralPlanning'], keywords: ['城市更新'] }),
    seed(
      'statistics',
      'statistics',
      '辽宁省住房公积金{P}年年度报告',
      yearly('03-25', {
        topics: ['housingProvidentFund'],
        keywords: ['住房公积金', '公积金', '年度报告'],
        metrics: [
          ['住房公积金缴存额', '亿元', 6000, 7500],
          ['住房公积金提取额', '亿元', 5000, 6500],
          ['个人住房贷款发放额', '亿元', 2000, 3200],
          ['实缴职工', '万人', 4500, 5200],
        ],
      }),
    ),
    seed('statistics', 'statistics', '{Y}年第{Q}季度全省房地产市场运行情况', {
      every: 'quarter',
      keywords: ['房地产', '房'],
      metrics: [
        ['新建商品房销售面积', '万平方米', 3000, 8000],
        ['房地产开发投资', '亿元', 3000, 7000],
        ['商品房待售面积', '万平方米', 18000, 26000],
      ],
    }),
    seed('licensing', 'licensingDecision', '{Y}年第{N}批建筑业企业资质审批结果公告', {
      every: 'half',
      keywords: ['资质审批', '建筑业企业'],
    }),
    seed('licensing', 'other', '建设工程企业资质审批办事指南', { keywords: ['办事指南', '资质'] }),
    seed('penaltiesAndCoercion', 'penaltyDecision', '辽宁省住房和城乡建设厅行政处罚决定书（{D}）', {
      doc: '辽住建罚',
      count: 3,
      topics: ['workSafety'],
      keywords: ['行政处罚', '建筑施工'],
    }),
    seed('penaltiesAndCoercion', 'coercionDecision', '辽宁省住房和城乡建设厅查封决定书（{D}）', {
      doc: '辽住建强',
      keywords: ['查封', '行政强制'],
    }),
    seed('administrativeFees', 'notice', '住房城乡建设领域行政事业性收费项目及标准', {
      topics: ['municipalServices'],
      keywords: ['收费标准'],
    }),
    seed(
      'majorProjects',
      'notice',
      '{Y}年全省保障性安居工程开工建设情况',
      yearly('09-29', { topics: ['affordableHousing', 'majorConstructionProjects'], keywords: ['保障性安居工程', '开工'] }),
    ),
    seed(
      'livelihoodPolicies',
      'notice',
      '关于下达{Y}年中央财政城镇保障性安居工程补助资金的通知',
      yearly('05-19', { doc: '辽住建保', topics: ['affordableHousing'], keywords: ['保障性安居工程', '补助资金'] }),
    ),
    seed(
      'livelihoodPolicies',
      'plan',
      '{Y}年全省农村低收入群体等重点对象危房改造实施方案',
      yearly('04-08', { doc: '辽住建村镇', topics: ['ruralDilapidatedHousing'], keywords: ['危房改造'] }),
    ),
    seed('emergencies', 'plan', '辽宁省住房和城乡建设系统地震应急预案', { keywords: ['应急预案', '地震'] }),
    seed(
      'emergencies',
      'notice',
      '关于做好{Y}—{X}年度冬季供暖保障工作的通知',
      yearly('10-09', { doc: '辽住建城建', topics: ['municipalServices'], keywords: ['供暖', '应急'] }),
    ),
    seed(
      'emergencies',
      'notice',
      '关于做好{Y}年汛期房屋市政工程安全防范工作的通知',
      yearly('06-10', { doc: '辽住建质安', topics: ['workSafety'], keywords: ['汛', '应急'] }),
    ),
    seed(
      'supervisionInspections',
      'notice',
      '{Y}年全省建筑施工安全生产监督检查情况通报',
      yearly('11-05', { topics: ['workSafety'], keywords: ['安全生产', '建筑施工'] }),
    ),
  ],
  'ln-emergency': [
    seed('regulations', 'rule', '辽宁省生产安全事故应急规定', {
      issuer: '辽宁省人民政府',
      topics: ['workSafety'],
      keywords: ['应急', '规章'],
    }),
    seed('regulations', 'normativeDocument', '辽宁省应急管理厅关于印发《辽宁省危险化学品安全风险分级管控办法》的通知', {
      doc: '辽应急规',
      interpret: true,
      topics: ['workSafety'],
      keywords: ['危险化学品', '风险分级'],
    }),
    seed('regulations', 'normativeDocument', '辽宁省应急管理厅 辽宁省财政厅关于印发《辽宁省安全生产举报奖励办法》的通知', {
      doc: '辽应急规',
      interpret: true,
      issuer: '辽宁省应急管理厅 辽宁省财政厅',
      topics: ['workSafety'],
      keywords: ['举报奖励', '安全生产'],
    }),
    seed('regulations', 'normativeDocument', '辽宁省应急管理厅关于加强冬春季森林草原防灭火工作的通知', {
      doc: '辽应急发',
      topics: ['disasterRelief'],
      keywords: ['森林防火', '火'],
    }),
    seed('plans', 'plan', '{Y}年全省应急管理工作要点', yearly('02-27', { keywords: ['应急管理', '工作要点'] })),
    seed('plans', 'plan', '辽宁省自然灾害应急能力提升工程实施方案', { topics: ['disasterRelief'], keywords: ['应急能力', '自然灾害'] }),
    seed('statistics', 'statistics', '{Y}年第{Q}季度全省生产安全事故统计分析', {
      every: 'quarter',
      topics: ['workSafety'],
      keywords: ['生产安全事故', '统计'],
      metrics: [
        ['生产安全事故', '起', 40, 160],
        ['死亡人数', '人', 40, 150],
        ['较大事故', '起', 0, 5],
      ],
    }),
    seed(
      'statistics',
      'statistics',
      '{P}年辽宁省自然灾害情况',
      yearly('01-14', {
        topics: ['disasterRelief'],
        keywords: ['自然灾害', '灾情'],
        metrics: [
          ['受灾人口', '万人次', 500, 3000],
          ['紧急转移安置', '万人次', 50, 400],
          ['直接经济损失', '亿元', 100, 2500],
        ],
      }),
    ),
    seed('licensing', 'licensingDecision', '{Y}年第{N}批危险化学品安全生产许可证颁发情况公告', {
      every: 'half',
      topics: ['workSafety'],
      keywords: ['安全生产许可证', '危险化学品'],
    }),
    seed('licensing', 'other', '非煤矿山安全生产许可证审批办事指南', { keywords: ['办事指南'] }),
    seed('penaltiesAndCoercion', 'penaltyDecision', '辽宁省应急管理厅行政处罚决定书（{D}）', {
      doc: '辽应急罚',
      count: 5,
      topics: ['workSafety'],
      keywords: ['行政处罚', '安全生产'],
    }),
    seed('penaltiesAndCoercion', 'coercionDecision', '辽宁省应急管理厅查封扣押决定书（{D}）', {
      doc: '辽应急强',
      count: 2,
      topics: ['workSafety'],
      keywords: ['查封', '扣押'],
    }),
    seed('penaltiesAndCoercion', 'normativeDocument', '辽宁省应急管理厅关于印发《安全生产行政处罚自由裁量适用规则》的通知', {
      doc: '辽应急规',
      keywords: ['裁量', '行政处罚'],
    }),
    seed('administrativeFees', 'notice', '特种作业人员安全技术考试收费项目及标准', {
      topics: ['workSafety'],
      keywords: ['考试费', '收费'],
    }),
    seed('majorProjects', 'notice', '辽宁省应急物资储备库建设项目批准及实施情况', {
      topics: ['majorConstructionProjects', 'disasterRelief'],
      keywords: ['应急物资', '储备库'],
    }),
    seed(
      'livelihoodPolicies',
      'notice',
      '关于下达{Y}年中央自然灾害救灾资金的通知',
      yearly('08-14', { doc: '辽应急发', topics: ['disasterRelief', 'socialAssistance'], keywords: ['救灾资金', '应急'] }),
    ),
    seed('emergencies', 'plan', '辽宁省突发事件总体应急预案', { interpret: true, keywords: ['应急预案', '突发事件'] }),
    seed('emergencies', 'plan', '辽宁省防汛抗旱应急预案', { topics: ['disasterRelief'], keywords: ['应急预案', '防汛', '汛'] }),
    seed('emergencies', 'plan', '辽宁省森林草原火灾应急预案', { topics: ['disasterRelief'], keywords: ['应急预案', '森林火灾', '火'] }),
    seed('emergencies', 'plan', '辽宁省地震应急预案', { topics: ['disasterRelief'], keywords: ['应急预案', '地震'] }),
    seed('emergencies', 'plan', '辽宁省自然灾害救助应急预案', {
      topics: ['disasterRelief', 'socialAssistance'],
      keywords: ['应急预案', '救助'],
    }),
    seed(
      'emergencies',
      'report',
      '{Y}年主汛期全省防汛工作情况',
      yearly('09-04', { topics: ['disasterRelief'], keywords: ['防汛', '应急', '汛'] }),
    ),
    seed('emergencies', 'notice', '关于做好低温雨雪冰冻天气防范应对工作的通知', {
      doc: '辽应急发',
      count: 2,
      topics: ['disasterRelief'],
      keywords: ['雪', '冰冻', '应急'],
    }),
    seed('supervisionInspections', 'notice', '{Y}年{H}全省安全生产执法检查情况通报', {
      every: 'half',
      topics: ['workSafety'],
      keywords: ['执法检查', '安全生产'],
    }),
  ],
  'ln-zhangwu': [
    seed('agencyProfile', 'other', '彰武县人民政府工作部门', { keywords: ['政府工作部门'] }),
    seed('regulations', 'normativeDocument', '彰武县人民政府关于印发《彰武县城乡居民最低生活保障实施办法》的通知', {
      doc: '彰政发',
      interpret: true,
      topics: ['socialAssistance'],
      keywords: ['低保', '最低生活保障'],
    }),
    seed('regulations', 'normativeDocument', '彰武县人民政府关于进一步做好防沙治沙工作的意见', {
      doc: '彰政发',
      interpret: true,
      topics: ['ecologyEnvironment'],
      keywords: ['治沙', '沙'],
    }),
    seed('regulations', 'normativeDocument', '彰武县人民政府办公室关于印发《彰武县城区供热管理办法》的通知', {
      doc: '彰政办发',
      topics: ['municipalServices'],
      keywords: ['供暖', '供热'],
    }),
    seed('regulations', 'normativeDocument', '彰武县人民政府办公室关于印发《彰武县农村集体经济组织财务公开办法》的通知', {
      doc: '彰政办发',
      keywords: ['财务公开', '村务'],
    }),
    seed('regulations', 'normativeDocument', '彰武县人民政府关于公布县级行政许可事项清单的通知', {
      doc: '彰政发',
      keywords: ['行政许可', '清单'],
    }),
    seed('plans', 'report', '{Y}年彰武县人民政府工作报告', yearly('02-14', { keywords: ['政府工作报告'] })),
    seed('plans', 'plan', '彰武县国土空间总体规划（2021—2035年）', { topics: ['urbanRuralPlanning'], keywords: ['国土空间规划'] }),
    seed(
      'plans',
      'plan',
      '彰武县{Y}年乡村振兴工作方案',
      yearly('03-20', { doc: '彰政办发', topics: ['agriculturalSubsidies', 'povertyAlleviation'], keywords: ['乡村振兴'] }),
    ),
    seed(
      'statistics',
      'statistics',
      '{P}年彰武县国民经济和社会发展统计公报',
      yearly('04-10', {
        keywords: ['统计公报'],
        metrics: [
          ['地区生产总值', '亿元', 1300, 1600],
          ['一般公共预算收入', '亿元', 80, 110],
          ['城镇居民人均可支配收入', '元', 32000, 38000],
          ['农村居民人均可支配收入', '元', 18000, 23000],
        ],
      }),
    ),
    seed('statistics', 'statistics', '{Y}年第{Q}季度彰武县主要经济指标', {
      every: 'quarter',
      keywords: ['经济指标'],
      metrics: [
        ['规模以上工业增加值', '%', -30, 90],
        ['固定资产投资', '%', -50, 120],
        ['社会消费品零售总额', '亿元', 80, 160],
      ],
    }),
    seed('licensing', 'licensingDecision', '彰武县{Y}年第{N}批行政许可结果公示', { every: 'half', keywords: ['行政许可', '审批结果'] }),
    seed('penaltiesAndCoercion', 'penaltyDecision', '彰武县人民政府行政处罚决定书（{D}）', {
      doc: '彰政罚',
      count: 2,
      keywords: ['行政处罚', '土地'],
    }),
    seed('penaltiesAndCoercion', 'coercionDecision', '彰武县人民政府关于限期拆除违法建筑的决定（{D}）', {
      doc: '彰政强',
      keywords: ['违法建筑', '拆除'],
    }),
    seed(
      'budgetsAndFinalAccounts',
      'report',
      '彰武县{Y}年一般公共预算和政府性基金预算',
      yearly('02-08', { topics: ['budgetsAndFinalAccounts'], keywords: ['预算', '三公经费'] }),
    ),
    seed(
      'budgetsAndFinalAccounts',
      'report',
      '彰武县{P}年财政决算',
      yearly('08-12', { topics: ['budgetsAndFinalAccounts'], keywords: ['决算', '三公经费'] }),
    ),
    seed('administrativeFees', 'notice', '彰武县行政事业性收费目录清单（{Y}年）', yearly('03-10', { keywords: ['收费目录', '收费'] })),
    seed(
      'centralizedProcurement',
      'notice',
      '彰武县{Y}年政府集中采购目录及限额标准',
      yearly('01-15', { topics: ['publicResourceTrading'], keywords: ['集中采购', '采购'] }),
    ),
    seed('centralizedProcurement', 'notice', '彰武县城区供热管网改造工程施工采购中标结果公告', {
      topics: ['publicResourceTrading'],
      keywords: ['中标', '供热'],
    }),
    seed(
      'majorProjects',
      'notice',
      '彰武县{Y}年重点项目建设计划',
      yearly('03-02', { topics: ['majorConstructionProjects'], keywords: ['重点项目'] }),
    ),
    seed('majorProjects', 'notice', '彰武县城区集中供热管网改造工程批准及实施情况', {
      topics: ['majorConstructionProjects', 'municipalServices'],
      keywords: ['供热', '管网'],
    }),
    seed(
      'livelihoodPolicies',
      'notice',
      '彰武县{Y}年耕地地力保护补贴发放情况',
      yearly('07-15', { topics: ['agriculturalSubsidies'], keywords: ['耕地地力保护补贴', '补贴'] }),
    ),
    seed(
      'livelihoodPolicies',
      'plan',
      '彰武县{Y}年义务教育学校招生工作方案',
      yearly('06-18', { topics: ['compulsoryEducation'], keywords: ['招生', '义务教育'] }),
    ),
    seed('livelihoodPolicies', 'notice', '彰武县城乡居民基本养老保险待遇调整公告', {
      topics: ['socialInsurance', 'elderlyCare'],
      keywords: ['养老保险', '养老'],
    }),
    seed('livelihoodPolicies', 'notice', '彰武县就业援助月活动公告', { topics: ['employment'], keywords: ['就业', '就业援助'] }),
    seed('emergencies', 'plan', '彰武县突发事件总体应急预案', { keywords: ['应急预案'] }),
    seed('emergencies', 'plan', '彰武县防汛应急预案', { topics: ['disasterRelief'], keywords: ['应急预案', '防汛', '汛'] }),
    seed('emergencies', 'plan', '彰武县森林草原防灭火应急预案', { topics: ['disasterRelief'], keywords: ['应急预案', '森林防火', '火'] }),
    seed('emergencies', 'report', '彰武县{Y}年防汛工作总结', yearly('09-18', { topics: ['disasterRelief'], keywords: ['防汛', '应急'] })),
    seed('supervisionInspections', 'notice', '彰武县{Y}年{H}食品安全监督抽检结果公告', {
      every: 'half',
      topics: ['foodDrugSupervision'],
      keywords: ['食品安全', '抽检'],
    }),
    seed(
      'supervisionInspections',
      'notice',
      '{P}年彰武县生态环境质量状况公报',
      yearly('06-04', { topics: ['ecologyEnvironment'], keywords: ['生态环境', '空气质量'] }),
    ),
    seed(
      'civilServiceRecruitment',
      'notice',
      '阜新市{Y}年度考试录用公务员彰武县拟录用人员公示',
      yearly('07-20', { keywords: ['公务员', '拟录用'] }),
    ),
    seed(
      'municipalConstruction',
      'notice',
      '彰武县{Y}年城区道路维修改造工程实施情况',
      yearly('05-14', { topics: ['municipalServices'], keywords: ['道路', '市政'] }),
    ),
    seed('municipalConstruction', 'notice', '彰武县城区雨污分流改造工程公告', {
      topics: ['municipalServices'],
      keywords: ['雨污分流', '市政'],
    }),
    seed(
      'publicServices',
      'notice',
      '彰武县{Y}—{X}年度供暖服务公告',
      yearly('10-14', { topics: ['municipalServices'], keywords: ['供暖', '热'] }),
    ),
    seed('publicServices', 'other', '彰武县政务服务事项清单', { keywords: ['政务服务', '办事'] }),
    seed('publicWelfare', 'notice', '彰武县{Y}年公益性岗位招聘公告', yearly('04-16', { topics: ['employment'], keywords: ['公益性岗位'] })),
    seed('publicWelfare', 'notice', '彰武县公共文化场馆免费开放公告', { topics: ['publicCulture'], keywords: ['文化', '免费开放'] }),
    seed('landExpropriation', 'notice', '彰武县{Y}年度第{N}批次城镇建设用地征收土地补偿安置方案公告', {
      every: 'half',
      topics: ['ruralLandExpropriation'],
      keywords: ['征地', '补偿安置'],
    }),
    seed('landExpropriation', 'notice', '彰武县人民政府征收土地预公告（{Y}年第{N}号）', {
      count: 2,
      topics: ['ruralLandExpropriation'],
      keywords: ['征地', '预公告'],
    }),
    seed('housingExpropriation', 'notice', '彰武县人民政府关于{C}国有土地上房屋征收的决定', {
      doc: '彰政发',
      count: 2,
      topics: ['stateLandHousingExpropriation'],
      keywords: ['房屋征收', '补偿'],
    }),
    seed('publicSecurityAdministration', 'notice', '彰武县人民政府关于城区禁止燃放烟花爆竹的通告', {
      doc: '彰政发',
      topics: ['urbanComprehensiveEnforcement'],
      keywords: ['烟花爆竹', '禁放'],
    }),
    seed('publicSecurityAdministration', 'notice', '彰武县人民政府关于加强冬季道路交通安全管理的通告', {
      topics: ['urbanComprehensiveEnforcement'],
      keywords: ['交通安全', '雪'],
    }),
    seed('socialAssistance', 'notice', '彰武县{Y}年第{Q}季度城乡低保资金发放情况', {
      every: 'quarter',
      topics: ['socialAssistance'],
      keywords: ['低保', '救助资金'],
    }),
    seed('socialAssistance', 'notice', '彰武县特困人员救助供养标准调整公告', {
      topics: ['socialAssistance', 'elderlyCare'],
      keywords: ['特困供养', '救助'],
    }),
  ],
  'ln-zhangwu-hrt': [
    seed('regulations', 'normativeDocument', '哈尔套镇人民政府关于印发《哈尔套镇村务公开工作实施办法》的通知', {
      doc: '哈政发',
      keywords: ['村务公开'],
    }),
    seed('plans', 'plan', '哈尔套镇{Y}年乡村振兴工作计划', yearly('03-12', { topics: ['agriculturalSubsidies'], keywords: ['乡村振兴'] })),
    seed('licensing', 'notice', '哈尔套镇{Y}年便民服务事项及办理指南', yearly('01-15', { keywords: ['办事指南', '便民服务'] })),
    // Art. 21, township sentence: 宅基地使用情况审核 — one notice lists the year's approvals, each a licensing decision.
    seed(
      'homesteadApproval',
      'licensingDecision',
      '哈尔套镇{Y}年农村宅基地审批结果公示',
      yearly('10-26', { topics: ['ruralHomestead'], keywords: ['宅基地', '审批'], decisions: [3, 6] }),
    ),
    seed('penaltiesAndCoercion', 'penaltyDecision', '哈尔套镇人民政府行政处罚决定书（{D}）', {
      doc: '哈政罚',
      keywords: ['秸秆', '行政处罚'],
    }),
    seed(
      'budgetsAndFinalAccounts',
      'report',
      '哈尔套镇{Y}年预算公开',
      yearly('02-22', { topics: ['budgetsAndFinalAccounts'], keywords: ['预算'] }),
    ),
    seed(
      'budgetsAndFinalAccounts',
      'report',
      '哈尔套镇{P}年决算公开',
      yearly('08-20', { topics: ['budgetsAndFinalAccounts'], keywords: ['决算'] }),
    ),
    seed('administrativeFees', 'notice', '哈尔套镇行政事业性收费公示（{Y}年）', yearly('03-16', { keywords: ['收费'] })),
    // Art. 21, township sentence: 农田水利工程建设运营.
    seed(
      'farmlandIrrigation',
      'notice',
      '哈尔套镇{Y}年高标准农田建设项目实施情况',
      yearly('09-10', { topics: ['agriculturalSubsidies', 'majorConstructionProjects'], keywords: ['高标准农田', '水利'] }),
    ),
    // Art. 21, township sentence: 贯彻落实农业农村政策.
    seed(
      'agriculturalRuralPolicies',
      'notice',
      '哈尔套镇{Y}年耕地地力保护补贴发放公示',
      yearly('07-06', { topics: ['agriculturalSubsidies'], keywords: ['补贴', '耕地地力保护补贴'] }),
    ),
    // Art. 21, township sentence: 农村土地承包经营权流转.
    seed(
      'ruralLandContractTransfer',
      'notice',
      '哈尔套镇{Y}年农村土地承包经营权流转情况公示',
      yearly('04-15', { topics: ['agriculturalSubsidies'], keywords: ['土地流转', '土地承包'] }),
    ),
    // Art. 21, township sentence: 筹资筹劳.
    seed(
      'labourAndFundRaising',
      'notice',
      '{V}{Y}年一事一议筹资筹劳方案公示',
      yearly('05-18', { village: true, keywords: ['一事一议', '筹资筹劳', '村务公开'] }),
    ),
    seed(
      'livelihoodPolicies',
      'notice',
      '哈尔套镇{Y}年城乡居民基本医疗保险参保缴费通知',
      yearly('09-22', { topics: ['socialInsurance', 'health'], keywords: ['医疗保险', '参保缴费'] }),
    ),
    // Art. 21, township sentence: 社会救助.
    seed('socialAssistance', 'notice', '{V}{Y}年第{Q}季度农村低保公示', {
      every: 'quarter',
      village: true,
      topics: ['socialAssistance'],
      keywords: ['低保', '村务公开'],
    }),
    seed('emergencies', 'plan', '哈尔套镇森林防火应急预案', { topics: ['disasterRelief'], keywords: ['应急预案', '森林防火', '火'] }),
    seed('emergencies', 'plan', '哈尔套镇防汛应急预案', { topics: ['disasterRelief'], keywords: ['应急预案', '防汛'] }),
    seed(
      'supervisionInspections',
      'notice',
      '哈尔套镇{Y}年秋冬季安全生产大检查情况',
      yearly('11-12', { topics: ['workSafety'], keywords: ['安全生产', '检查'] }),
    ),
    seed('otherStatutory', 'notice', '{V}{Y}年村级财务收支公开', { every: 'half', village: true, keywords: ['村务公开', '财务'] }),
  ],
};
