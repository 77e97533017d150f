#!/usr/bin/env node
/**
 * Generates the sample data set: six bodies of Liaoning province as `gongkai-dataset@1` files in
 * `packages/spec/sample-data/` (+ `index.json`). Deterministic: seeded PRNGs (one stream per
 * department and kind, so adding records to one does not reshuffle the others) and a fixed
 * reference date, 2026-11-20 China time; two runs give byte-identical files.
 *
 *   npx tsx packages/spec/scripts/generate-sample-data.ts [--out DIR] [--attachments DIR]
 *   npx tsx packages/spec/scripts/generate-sample-data.ts --check   (exit 1 when the committed files drifted)
 *
 * `--attachments DIR` also writes every attachment's bytes (small PDFs and CSVs whose size and
 * sha256 the items state) under DIR/<url host>/<url path>, for a demo that serves them.
 *
 * The request logs obey the clock rules without a calendar, by margins in calendar days that hold
 * whatever the holidays: supplement requested ≤ 3 days after receipt (limit 7 working days), an
 * extension ≤ 14 days after receipt (20 working days are ≥ 26 days), on-time replies ≤ 25 days,
 * late ones ≥ 40 days (20 working days never reach 40 days, even over Spring Festival). Items are
 * published ≤ 20 calendar days after formation (on time) or ≥ 35 days (late) for the same reason.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type {
  Applicant, ApplicantType, ApplicationChannel, Attachment, BudgetLine, Category, Department, DeliveryMethod, Division,
  FeedbackKind, Genre, InformationForm, ItemInput, Level, ReplyOutcome, RequestEventInput, RequestRegistration, Satisfaction, Severity, Topic,
} from '../src/generated/openapi-types';
import {
  DATASET_FORMAT, validateDataset, type DatasetAlert, type DatasetBudget, type DatasetFee, type DatasetFeedback, type DatasetItem,
  type DatasetRequest, type DepartmentDataset,
} from '../src/dataset';

/** The day the data set describes: nothing happens after it. */
export const REFERENCE_DATE = '2026-11-20';
const EARLIEST = '2024-01-02';

// ---------------------------------------------------------------------------------------------
// Randomness, dates, money, identifiers
// ---------------------------------------------------------------------------------------------

export interface Rng {
  next(): number;
  int(lo: number, hi: number): number;
  pick<T>(values: readonly T[]): T;
  chance(p: number): boolean;
}

/** sfc32 seeded from the SHA-256 of `seed`: the same seed always gives the same stream. */
export function rngFor(seed: string): Rng {
  const h = createHash('sha256').update(seed).digest();
  let a = h.readUInt32LE(0), b = h.readUInt32LE(4), c = h.readUInt32LE(8), d = h.readUInt32LE(12);
  const next = (): number => {
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (values) => {
      if (values.length === 0) throw new Error('pick from an empty list');
      return values[Math.floor(next() * values.length)] as (typeof values)[number];
    },
    chance: (p) => next() < p,
  };
}

/** `n` distinct values, in drawn order. */
export function sample<T>(rng: Rng, values: readonly T[], n: number): T[] {
  const pool = [...values];
  const out: T[] = [];
  while (out.length < n && pool.length > 0) out.push(pool.splice(rng.int(0, pool.length - 1), 1)[0] as T);
  return out;
}

const DAY_MS = 86_400_000;
const dayNumber = (date: string): number => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
const dateOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
export const addDays = (date: string, days: number): string => dateOf(dayNumber(date) + days);
export const daysBetween = (from: string, to: string): number => dayNumber(to) - dayNumber(from);
const isWeekend = (date: string): boolean => [0, 6].includes(new Date(dayNumber(date) * DAY_MS).getUTCDay());
const minDate = (a: string, b: string): string => (a < b ? a : b);
/** Code-point order: `localeCompare` depends on the machine's ICU data, and the output must not. */
export const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A weekday `lo`…`hi` days after `base` (weekends are skipped when the window allows). */
function weekdayAfter(rng: Rng, base: string, lo: number, hi: number): string {
  const offset = rng.int(lo, hi);
  for (const step of [0, 1, 2, -1, -2, 3, -3]) {
    const candidate = offset + step;
    if (candidate >= lo && candidate <= hi && !isWeekend(addDays(base, candidate))) return addDays(base, candidate);
  }
  return addDays(base, offset);
}

/** A random weekday between two dates. */
function weekdayBetween(rng: Rng, from: string, to: string): string {
  return weekdayAfter(rng, from, 0, daysBetween(from, to));
}

/** An RFC 3339 instant in China time, during office hours unless `minutes` (since midnight) says otherwise. */
function at(date: string, minutes: number): string {
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${date}T${hh}:${mm}:00+08:00`;
}
const officeMinutes = (rng: Rng): number => rng.pick([rng.int(510, 690), rng.int(810, 1020)]);

/** Money is integer fen until it is written: never a float. */
export function yuan(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new Error(`not a whole number of fen: ${fen}`);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
/** A unified social credit code (GB 32100-2015) with its check character. */
export function uscc(first17: string): string {
  const sum = [...first17].reduce((total, char, i) => total + USCC_CHARS.indexOf(char) * (USCC_WEIGHTS[i] ?? 0), 0);
  return first17 + USCC_CHARS[(31 - (sum % 31)) % 31];
}

/** A resident identity card number (GB 11643) with its ISO 7064 MOD 11-2 check digit. */
export function residentId(area: string, birth: string, sequence: number): string {
  const first17 = `${area}${birth.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((total, digit, i) => total + Number(digit) * (weights[i] ?? 0), 0);
  return first17 + '10X98765432'[sum % 11];
}

const sha256 = (bytes: Buffer | string): string => createHash('sha256').update(bytes).digest('hex');
const CN_NUMBERS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

// ---------------------------------------------------------------------------------------------
// The six bodies
// ---------------------------------------------------------------------------------------------

interface Profile {
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

const LIAONING: Division = { code: '210000', name: '辽宁省' };
const ZHANGWU: Division = { code: '210922', name: '彰武县' };
const HARTAO: Division = { code: '210922105', name: '哈尔套镇' };
export const HARTAO_VILLAGES: Division[] = [
  { code: '210922105201', name: '哈尔套镇东村' },
  { code: '210922105202', name: '哈尔套镇西村' },
  { code: '210922105203', name: '哈尔套镇新发村' },
  { code: '210922105204', name: '哈尔套镇二台子村' },
  { code: '210922105205', name: '哈尔套镇塔营子村' },
];

const provincialGuide = (host: string, updatedAt: string): Department['guide'] => ({
  url: `https://${host}/zfxxgk/gkzn/`,
  summary: '本指南说明本机关主动公开政府信息的分类、编排体系和获取方式，依申请公开的受理机构、申请方式、办理程序和时限，以及监督和救济渠道。申请人可通过当面提交、信函、网络平台等方式提出申请；本机关自收到申请之日起20个工作日内予以答复，需要延长的经负责人同意后延长不超过20个工作日。',
  updatedAt,
});

function province(id: string, name: string, nameEn: string, short: string, host: string, org: string, office: Omit<Department['disclosureOffice'], 'onlineUrl'>, addressees: string): Profile {
  return {
    department: {
      id, name, nameEn, kind: 'governmentDepartment', level: 'provincial', division: LIAONING,
      unifiedSocialCreditCode: uscc(`11210000${org}`),
      website: `https://${host}/`,
      disclosureOffice: { ...office, onlineUrl: `https://${host}/zfxxgk/ysqgk/` },
      guide: provincialGuide(host, '2026-01-15T09:00:00+08:00'),
    },
    short, host, addressees,
    reconsiderationBody: '辽宁省人民政府', court: '沈阳市和平区人民法院', region: LIAONING.code,
  };
}

export const PROFILES: Profile[] = [
  province('ln-finance', '辽宁省财政厅', 'Department of Finance of Liaoning Province', '财政厅', 'czt.ln.gov.cn', '001281356', {
    name: '辽宁省财政厅办公室（政务公开办）', address: '辽宁省沈阳市和平区北五马路8号', postcode: '110001',
    officeHours: '工作日 8:30-11:30，13:00-16:30', phone: '024-22000000', fax: '024-22000001', email: 'gk@czt.ln.gov.cn',
    acceptedChannels: ['inPerson', 'postSigned', 'postUnsigned', 'online', 'email'],
  }, '各市财政局，沈抚示范区财政金融局，省直各部门'),
  province('ln-ndrc', '辽宁省发展和改革委员会', 'Development and Reform Commission of Liaoning Province', '省发展改革委', 'fgw.ln.gov.cn', '001281407', {
    name: '辽宁省发展和改革委员会办公室', address: '辽宁省沈阳市皇姑区北陵大街45-9号', postcode: '110032',
    officeHours: '工作日 8:30-11:30，13:00-16:30', phone: '024-22010000', fax: '024-22010001', email: 'gk@fgw.ln.gov.cn',
    acceptedChannels: ['inPerson', 'postSigned', 'postUnsigned', 'online', 'fax'],
  }, '各市发展改革委，沈抚示范区经济发展局，省直有关部门'),
  province('ln-housing', '辽宁省住房和城乡建设厅', 'Department of Housing and Urban-Rural Development of Liaoning Province', '省住房城乡建设厅', 'zjt.ln.gov.cn', '001281481', {
    name: '辽宁省住房和城乡建设厅办公室', address: '辽宁省沈阳市和平区太原北街2号', postcode: '110001',
    officeHours: '工作日 8:30-11:30，13:00-16:30', phone: '024-22020000', fax: '024-22020001', email: 'gk@zjt.ln.gov.cn',
    acceptedChannels: ['inPerson', 'postSigned', 'online', 'fax', 'email'],
  }, '各市住房和城乡建设局（住房公积金管理中心），沈抚示范区建设局，省直有关单位'),
  province('ln-emergency', '辽宁省应急管理厅', 'Department of Emergency Management of Liaoning Province', '省应急管理厅', 'yjgl.ln.gov.cn', 'MB1534760', {
    name: '辽宁省应急管理厅办公室', address: '辽宁省沈阳市皇姑区华山路8号', postcode: '110031',
    officeHours: '工作日 8:30-11:30，13:00-16:30', phone: '024-22030000', fax: '024-22030001', email: 'gk@yjgl.ln.gov.cn',
    acceptedChannels: ['inPerson', 'postSigned', 'online', 'email'],
  }, '各市应急管理局，沈抚示范区应急管理局，省安委会各成员单位'),
  {
    department: {
      id: 'ln-zhangwu', name: '彰武县人民政府', nameEn: 'People\'s Government of Zhangwu County', kind: 'peoplesGovernment', level: 'county',
      division: ZHANGWU, unifiedSocialCreditCode: uscc('11210922001234829'), website: 'https://www.zhangwu.gov.cn/',
      disclosureOffice: {
        name: '彰武县人民政府办公室（政务公开办）', address: '辽宁省阜新市彰武县彰武镇文化路1号', postcode: '123200',
        officeHours: '工作日 8:30-11:30，13:30-17:00', phone: '0418-7000000', fax: '0418-7000001', email: 'zwgk@zhangwu.gov.cn',
        onlineUrl: 'https://www.zhangwu.gov.cn/zfxxgk/ysqgk/', acceptedChannels: ['inPerson', 'postSigned', 'postUnsigned', 'online', 'oral'],
      },
      guide: {
        url: 'https://www.zhangwu.gov.cn/zfxxgk/gkzn/',
        summary: '说明县政府主动公开信息的分类（含《条例》第二十条、第二十一条规定的内容和基层政务公开标准目录）、获取方式，依申请公开的办理程序、时限和联系方式。县政务服务中心设政务公开专区，提供查阅、申请和咨询服务。',
        updatedAt: '2026-02-01T10:00:00+08:00',
      },
    },
    short: '县政府', host: 'www.zhangwu.gov.cn', addressees: '各乡镇人民政府，县政府各部门，各直属单位',
    reconsiderationBody: '阜新市人民政府', court: '阜新市中级人民法院', region: ZHANGWU.code,
  },
  {
    department: {
      id: 'ln-zhangwu-hrt', name: '彰武县哈尔套镇人民政府', nameEn: 'People\'s Government of Hartao Town, Zhangwu County', kind: 'peoplesGovernment', level: 'township',
      division: HARTAO, parentId: 'ln-zhangwu', unifiedSocialCreditCode: uscc('11210922MB0M30251'), website: 'https://www.zhangwu.gov.cn/zfxxgk/hrtz/',
      disclosureOffice: {
        name: '哈尔套镇党政综合办公室', address: '辽宁省阜新市彰武县哈尔套镇哈尔套街98号', postcode: '123211',
        officeHours: '工作日 8:30-11:30，13:30-17:00', phone: '0418-7100000',
        acceptedChannels: ['inPerson', 'postSigned', 'postUnsigned', 'oral'],
      },
      guide: {
        url: 'https://www.zhangwu.gov.cn/zfxxgk/hrtz/gkzn/',
        summary: '哈尔套镇通过彰武县人民政府门户网站政府信息公开专栏、镇政务公开栏和各村村务公开栏公开政府信息；依申请公开可到镇党政综合办公室当面提交或邮寄申请。',
        updatedAt: '2026-03-02T09:00:00+08:00',
      },
    },
    short: '镇政府', host: 'www.zhangwu.gov.cn', addressees: '各村民委员会，镇直各单位',
    reconsiderationBody: '彰武县人民政府', court: '阜新市细河区人民法院', region: HARTAO.code,
  },
];

// ---------------------------------------------------------------------------------------------
// What each body publishes: seeds that the item builder turns into dated, numbered items
// ---------------------------------------------------------------------------------------------

/** How often a seed recurs between 2024-01 and the reference date. */
type Every = 'once' | 'year' | 'half' | 'quarter';

interface Seed {
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
  /** Statistics: indicator, unit and range (tenths of the unit, or whole numbers for 个, 起, 人, 元). */
  metrics?: [name: string, unit: string, lo: number, hi: number][];
}

const seed = (category: Category, genre: Genre, title: string, extra: Omit<Seed, 'category' | 'genre' | 'title'> = {}): Seed => ({ category, genre, title, ...extra });
const yearly = (on: string, extra: Omit<Seed, 'category' | 'genre' | 'title'> = {}) => ({ every: 'year' as const, on, ...extra });

/** What the statutory categories look like for every body; the seeds below add each body's own. */
function commonSeeds(p: Profile): Seed[] {
  const name = p.department.name;
  const county = p.department.level !== 'provincial';
  return [
    seed('agencyProfile', 'other', `${name}主要职责`, { keywords: ['机构职能'] }),
    seed('agencyProfile', 'other', `${name}领导信息`, { keywords: ['领导分工'] }),
    seed('agencyProfile', 'other', `${name}办公地址、办公时间及联系方式`, { keywords: ['联系方式', '办公时间'] }),
    seed('otherStatutory', 'report', `${name}{P}年政府信息公开工作年度报告`, yearly(county ? '03-12' : '01-20', { keywords: ['年度报告', '政务公开'] })),
    seed('otherStatutory', 'report', `${name}{P}年法治政府建设情况报告`, yearly('02-26', { keywords: ['法治政府'] })),
  ];
}

function provincialSeeds(p: Profile): Seed[] {
  const name = p.department.name;
  return [
    seed('agencyProfile', 'other', `${name}内设机构`, { keywords: ['内设机构'] }),
    seed('budgetsAndFinalAccounts', 'report', `${name}{Y}年部门预算`, yearly('02-03', { topics: ['budgetsAndFinalAccounts'], keywords: ['部门预算', '预算', '三公经费'] })),
    seed('budgetsAndFinalAccounts', 'report', `${name}{P}年部门决算`, yearly('08-06', { topics: ['budgetsAndFinalAccounts'], keywords: ['部门决算', '三公经费'] })),
    seed('centralizedProcurement', 'notice', `${name}{Y}年政府采购意向公开`, yearly('03-18', { topics: ['publicResourceTrading'], keywords: ['政府采购', '采购意向'] })),
    seed('civilServiceRecruitment', 'notice', `${name}{Y}年度考试录用公务员拟录用人员公示`, yearly('07-08', { keywords: ['公务员', '拟录用'] })),
  ];
}

const SEEDS: Record<string, Seed[]> = {
  'ln-finance': [
    seed('regulations', 'normativeDocument', '辽宁省财政厅关于印发《辽宁省省级预算绩效管理办法》的通知', { doc: '辽财预', interpret: true, topics: ['budgetsAndFinalAccounts'], keywords: ['预算', '绩效管理'] }),
    seed('regulations', 'normativeDocument', '辽宁省财政厅 辽宁省住房和城乡建设厅关于印发《辽宁省住房公积金财务管理实施细则》的通知', { doc: '辽财综', interpret: true, issuer: '辽宁省财政厅 辽宁省住房和城乡建设厅', topics: ['housingProvidentFund'], keywords: ['住房公积金', '公积金', '财务管理'] }),
    seed('regulations', 'normativeDocument', '辽宁省财政厅关于印发《辽宁省政府采购框架协议采购方式管理暂行办法》的通知', { doc: '辽财采', topics: ['publicResourceTrading'], keywords: ['政府采购', '框架协议'] }),
    seed('regulations', 'normativeDocument', '辽宁省财政厅关于进一步加强非税收入收缴管理的通知', { doc: '辽财非税', topics: ['taxAdministration'], keywords: ['非税收入', '收缴'] }),
    seed('regulations', 'normativeDocument', '辽宁省财政厅 辽宁省人力资源和社会保障厅关于印发《辽宁省就业补助资金管理办法》的通知', { doc: '辽财社', interpret: true, issuer: '辽宁省财政厅 辽宁省人力资源和社会保障厅', topics: ['employment'], keywords: ['就业', '补助资金'] }),
    seed('regulations', 'normativeDocument', '辽宁省财政厅关于加强代理记账行业监管的通知', { doc: '辽财会', keywords: ['代理记账', '会计'] }),
    seed('regulations', 'normativeDocument', '辽宁省财政厅关于印发《辽宁省政府专项债券项目资金管理办法》的通知', { doc: '辽财债', interpret: true, topics: ['majorConstructionProjects'], keywords: ['专项债券', '债务'] }),
    seed('regulations', 'normativeDocument', '辽宁省财政厅 辽宁省农业农村厅关于印发《辽宁省耕地地力保护补贴资金管理办法》的通知', { doc: '辽财农', interpret: true, issuer: '辽宁省财政厅 辽宁省农业农村厅', topics: ['agriculturalSubsidies'], keywords: ['耕地地力保护补贴', '涉农资金'] }),
    seed('plans', 'plan', '辽宁省财政厅{Y}年工作要点', yearly('03-06', { topics: ['budgetsAndFinalAccounts'], keywords: ['工作要点'] })),
    seed('plans', 'plan', '辽宁省推进财政资金直达机制常态化实施方案', { topics: ['budgetsAndFinalAccounts'], keywords: ['直达资金', '预算'] }),
    seed('statistics', 'statistics', '{Y}年第{Q}季度全省一般公共预算收支情况', { every: 'quarter', topics: ['budgetsAndFinalAccounts'], keywords: ['预算', '收支'], metrics: [['一般公共预算收入', '亿元', 5000, 8000], ['税收收入', '亿元', 3500, 5500], ['一般公共预算支出', '亿元', 12000, 18000], ['民生支出', '亿元', 9000, 13000]] }),
    seed('statistics', 'statistics', '{P}年辽宁省财政收支情况', yearly('01-26', { topics: ['budgetsAndFinalAccounts'], keywords: ['财政收支'], metrics: [['一般公共预算收入', '亿元', 27000, 31000], ['政府性基金预算收入', '亿元', 8000, 12000], ['一般公共预算支出', '亿元', 60000, 68000]] })),
    seed('licensing', 'licensingDecision', '{Y}年第{N}批代理记账机构行政许可决定公示', { every: 'half', keywords: ['代理记账', '行政许可'] }),
    seed('licensing', 'other', '代理记账资格审批办事指南', { keywords: ['办事指南', '代理记账'] }),
    seed('penaltiesAndCoercion', 'penaltyDecision', '辽宁省财政厅行政处罚决定书（{D}）', { doc: '辽财罚', count: 3, topics: ['publicResourceTrading'], keywords: ['政府采购', '行政处罚'] }),
    seed('penaltiesAndCoercion', 'normativeDocument', '辽宁省财政厅关于印发《辽宁省财政行政处罚裁量基准》的通知', { doc: '辽财法', keywords: ['裁量基准', '行政处罚'] }),
    seed('budgetsAndFinalAccounts', 'report', '关于辽宁省{P}年预算执行情况与{Y}年预算草案的报告', yearly('01-29', { topics: ['budgetsAndFinalAccounts'], keywords: ['预算', '预算执行', '预算草案'] })),
    seed('administrativeFees', 'notice', '辽宁省行政事业性收费目录清单（{Y}年版）', yearly('02-18', { topics: ['taxAdministration'], keywords: ['收费目录', '行政事业性收费'] })),
    seed('centralizedProcurement', 'normativeDocument', '辽宁省财政厅关于印发辽宁省政府集中采购目录及标准（{X}年版）的通知', yearly('12-02', { doc: '辽财采', topics: ['publicResourceTrading'], keywords: ['集中采购', '采购限额标准'] })),
    seed('majorProjects', 'notice', '{Y}年辽宁省新增政府专项债券项目清单及资金使用情况', yearly('09-16', { topics: ['majorConstructionProjects'], keywords: ['专项债券', '重大项目'] })),
    seed('livelihoodPolicies', 'notice', '关于下达{Y}年城乡居民基本医疗保险中央补助资金的通知', yearly('04-20', { doc: '辽财社', topics: ['socialInsurance', 'health'], keywords: ['医疗保险', '补助资金'] })),
    seed('livelihoodPolicies', 'notice', '关于下达{Y}年就业补助资金的通知', yearly('05-12', { doc: '辽财社', topics: ['employment'], keywords: ['就业', '补助资金'] })),
    seed('livelihoodPolicies', 'notice', '关于下达{Y}年城乡义务教育补助经费预算的通知', yearly('03-24', { doc: '辽财教', topics: ['compulsoryEducation'], keywords: ['义务教育', '预算'] })),
    seed('livelihoodPolicies', 'notice', '关于下达{Y}年困难群众救助补助资金的通知', yearly('06-11', { doc: '辽财社', topics: ['socialAssistance'], keywords: ['低保', '救助'] })),
    seed('emergencies', 'notice', '辽宁省财政厅关于做好{Y}年防汛救灾资金保障工作的通知', yearly('06-04', { doc: '辽财综', topics: ['disasterRelief'], keywords: ['应急', '防汛', '救灾资金'] })),
    seed('emergencies', 'plan', '辽宁省财政厅突发事件财政应急保障预案', { topics: ['disasterRelief'], keywords: ['应急预案', '应急保障'] }),
    seed('supervisionInspections', 'notice', '{Y}年度会计信息质量检查结果公告', yearly('11-04', { keywords: ['会计信息质量', '监督检查'] })),
    seed('supervisionInspections', 'notice', '{Y}年政府采购代理机构监督检查情况通报', yearly('10-21', { topics: ['publicResourceTrading'], keywords: ['政府采购', '代理机构'] })),
  ],
  'ln-ndrc': [
    seed('regulations', 'normativeDocument', '辽宁省发展和改革委员会关于印发《辽宁省企业投资项目核准和备案管理办法》的通知', { doc: '辽发改投资', interpret: true, topics: ['majorConstructionProjects'], keywords: ['核准', '备案', '投资项目'] }),
    seed('regulations', 'normativeDocument', '辽宁省发展和改革委员会关于调整全省城市供热价格有关问题的通知', { doc: '辽发改价格', interpret: true, topics: ['municipalServices'], keywords: ['供暖', '供热价格', '价格'] }),
    seed('regulations', 'normativeDocument', '辽宁省发展和改革委员会关于公布《辽宁省定价目录》的通知', { doc: '辽发改价格', keywords: ['定价目录', '价格'] }),
    seed('regulations', 'normativeDocument', '辽宁省发展和改革委员会关于印发《辽宁省重大项目谋划储备管理办法》的通知', { doc: '辽发改规划', topics: ['majorConstructionProjects'], keywords: ['重大项目', '项目储备'] }),
    seed('regulations', 'normativeDocument', '辽宁省发展和改革委员会 辽宁省住房和城乡建设厅关于城镇生活垃圾处理收费有关问题的通知', { doc: '辽发改价格', issuer: '辽宁省发展和改革委员会 辽宁省住房和城乡建设厅', topics: ['municipalServices', 'ecologyEnvironment'], keywords: ['垃圾处理费', '收费'] }),
    seed('plans', 'report', '关于辽宁省{P}年国民经济和社会发展计划执行情况与{Y}年计划草案的报告', yearly('01-30', { keywords: ['国民经济和社会发展计划'] })),
    seed('plans', 'plan', '辽宁省推动大规模设备更新和消费品以旧换新实施方案', { interpret: true, keywords: ['设备更新', '以旧换新'] }),
    seed('plans', 'plan', '辽宁省推进以人为本的新型城镇化实施方案', { topics: ['urbanRuralPlanning'], keywords: ['新型城镇化'] }),
    seed('plans', 'plan', '辽宁省国民经济和社会发展第十五个五年规划纲要编制工作方案', { keywords: ['十五五', '规划纲要'] }),
    seed('statistics', 'statistics', '{Y}年第{Q}季度全省固定资产投资运行情况', { every: 'quarter', topics: ['majorConstructionProjects'], keywords: ['固定资产投资'], metrics: [['固定资产投资', '%', -30, 80], ['项目投资', '%', -20, 90], ['亿元以上项目', '个', 800, 1600]] }),
    seed('statistics', 'statistics', '{Y}年第{Q}季度全省重要民生商品价格监测情况', { every: 'quarter', keywords: ['价格监测', '米', '油', '菜'], metrics: [['粮食零售均价', '元/公斤', 40, 60], ['猪肉零售均价', '元/公斤', 220, 320], ['蔬菜零售均价', '元/公斤', 40, 80]] }),
    seed('licensing', 'licensingDecision', '辽宁省发展和改革委员会关于{C}项目核准的批复', { doc: '辽发改能源', count: 4, topics: ['majorConstructionProjects'], keywords: ['核准', '批复'] }),
    seed('licensing', 'other', '企业投资项目核准办事指南', { keywords: ['办事指南', '核准'] }),
    seed('penaltiesAndCoercion', 'penaltyDecision', '辽宁省发展和改革委员会行政处罚决定书（{D}）', { doc: '辽发改罚', count: 2, keywords: ['节能审查', '行政处罚'] }),
    seed('penaltiesAndCoercion', 'normativeDocument', '辽宁省发展和改革委员会关于印发《节能监察行政处罚裁量基准》的通知', { doc: '辽发改环资', keywords: ['裁量基准', '节能'] }),
    seed('administrativeFees', 'normativeDocument', '辽宁省发展和改革委员会 辽宁省财政厅关于降低部分行政事业性收费标准的通知', { doc: '辽发改收费', issuer: '辽宁省发展和改革委员会 辽宁省财政厅', topics: ['taxAdministration'], keywords: ['收费标准', '降费'] }),
    seed('administrativeFees', 'notice', '辽宁省行政事业性收费标准目录（{Y}年）', yearly('03-02', { keywords: ['收费标准'] })),
    seed('majorProjects', 'notice', '辽宁省{Y}年重大项目清单', yearly('02-20', { topics: ['majorConstructionProjects'], keywords: ['重大项目'] })),
    seed('majorProjects', 'notice', '{Y}年上半年省重大项目建设进展情况', yearly('07-24', { topics: ['majorConstructionProjects'], keywords: ['重大项目', '进展'] })),
    seed('majorProjects', 'notice', '关于下达{Y}年省预算内基本建设投资计划的通知', yearly('04-09', { doc: '辽发改投资', topics: ['majorConstructionProjects'], keywords: ['预算内投资', '预算'] })),
    seed('livelihoodPolicies', 'notice', '关于做好{Y}年以工代赈工作的通知', yearly('03-14', { doc: '辽发改振兴', topics: ['employment', 'povertyAlleviation'], keywords: ['以工代赈', '就业'] })),
    seed('livelihoodPolicies', 'notice', '关于下达{Y}年保障性安居工程配套基础设施中央预算内投资计划的通知', yearly('05-26', { doc: '辽发改投资', topics: ['affordableHousing'], keywords: ['保障性安居工程'] })),
    seed('emergencies', 'plan', '辽宁省煤电油气运保障应急预案', { topics: ['municipalServices'], keywords: ['应急预案', '能源保供'] }),
    seed('emergencies', 'notice', '关于做好{Y}年迎峰度冬能源保供工作的通知', yearly('10-20', { doc: '辽发改能源', topics: ['municipalServices'], keywords: ['供暖', '应急', '能源保供'] })),
    seed('supervisionInspections', 'notice', '{Y}年度重点用能单位节能监察结果公告', yearly('11-06', { topics: ['ecologyEnvironment'], keywords: ['节能监察'] })),
  ],
  'ln-housing': [
    seed('regulations', 'rule', '辽宁省住房公积金缴存管理规定', { issuer: '辽宁省人民政府', topics: ['housingProvidentFund'], keywords: ['住房公积金', '缴存', '规章'] }),
    seed('regulations', 'normativeDocument', '辽宁省住房和城乡建设厅关于印发《辽宁省住房公积金提取管理办法》的通知', { doc: '辽住建规', interpret: true, topics: ['housingProvidentFund'], keywords: ['住房公积金', '公积金', '提取'] }),
    seed('regulations', 'normativeDocument', '辽宁省住房和城乡建设厅关于调整住房公积金个人住房贷款政策的通知', { doc: '辽住建规', interpret: true, topics: ['housingProvidentFund'], keywords: ['住房公积金', '贷款', '公积金'] }),
    seed('regulations', 'normativeDocument', '辽宁省住房和城乡建设厅关于印发《辽宁省保障性租赁住房管理办法》的通知', { doc: '辽住建规', interpret: true, topics: ['affordableHousing'], keywords: ['保障性租赁住房', '租赁'] }),
    seed('regulations', 'normativeDocument', '辽宁省住房和城乡建设厅关于进一步加强城镇燃气安全管理的通知', { doc: '辽住建发', topics: ['municipalServices', 'workSafety'], keywords: ['燃气', '安全'] }),
    seed('regulations', 'normativeDocument', '辽宁省住房和城乡建设厅关于规范商品房预售资金监管的通知', { doc: '辽住建房', keywords: ['预售资金', '房'] }),
    seed('regulations', 'normativeDocument', '辽宁省住房和城乡建设厅关于印发《辽宁省城镇老旧小区改造技术导则》的通知', { doc: '辽住建城建', topics: ['urbanRuralPlanning'], keywords: ['老旧小区改造'] }),
    seed('plans', 'plan', '辽宁省城镇老旧小区改造{Y}年工作计划', yearly('03-05', { topics: ['urbanRuralPlanning'], keywords: ['老旧小区改造'] })),
    seed('plans', 'plan', '辽宁省实施城市更新行动方案', { interpret: true, topics: ['urbanRuralPlanning'], keywords: ['城市更新'] }),
    seed('statistics', 'statistics', '辽宁省住房公积金{P}年年度报告', yearly('03-25', { topics: ['housingProvidentFund'], keywords: ['住房公积金', '公积金', '年度报告'], metrics: [['住房公积金缴存额', '亿元', 6000, 7500], ['住房公积金提取额', '亿元', 5000, 6500], ['个人住房贷款发放额', '亿元', 2000, 3200], ['实缴职工', '万人', 4500, 5200]] })),
    seed('statistics', 'statistics', '{Y}年第{Q}季度全省房地产市场运行情况', { every: 'quarter', keywords: ['房地产', '房'], metrics: [['新建商品房销售面积', '万平方米', 3000, 8000], ['房地产开发投资', '亿元', 3000, 7000], ['商品房待售面积', '万平方米', 18000, 26000]] }),
    seed('licensing', 'licensingDecision', '{Y}年第{N}批建筑业企业资质审批结果公告', { every: 'half', keywords: ['资质审批', '建筑业企业'] }),
    seed('licensing', 'other', '建设工程企业资质审批办事指南', { keywords: ['办事指南', '资质'] }),
    seed('penaltiesAndCoercion', 'penaltyDecision', '辽宁省住房和城乡建设厅行政处罚决定书（{D}）', { doc: '辽住建罚', count: 3, topics: ['workSafety'], keywords: ['行政处罚', '建筑施工'] }),
    seed('penaltiesAndCoercion', 'coercionDecision', '辽宁省住房和城乡建设厅查封决定书（{D}）', { doc: '辽住建强', keywords: ['查封', '行政强制'] }),
    seed('administrativeFees', 'notice', '住房城乡建设领域行政事业性收费项目及标准', { topics: ['municipalServices'], keywords: ['收费标准'] }),
    seed('majorProjects', 'notice', '{Y}年全省保障性安居工程开工建设情况', yearly('09-29', { topics: ['affordableHousing', 'majorConstructionProjects'], keywords: ['保障性安居工程', '开工'] })),
    seed('livelihoodPolicies', 'notice', '关于下达{Y}年中央财政城镇保障性安居工程补助资金的通知', yearly('05-19', { doc: '辽住建保', topics: ['affordableHousing'], keywords: ['保障性安居工程', '补助资金'] })),
    seed('livelihoodPolicies', 'plan', '{Y}年全省农村低收入群体等重点对象危房改造实施方案', yearly('04-08', { doc: '辽住建村镇', topics: ['ruralDilapidatedHousing'], keywords: ['危房改造'] })),
    seed('emergencies', 'plan', '辽宁省住房和城乡建设系统地震应急预案', { keywords: ['应急预案', '地震'] }),
    seed('emergencies', 'notice', '关于做好{Y}—{X}年度冬季供暖保障工作的通知', yearly('10-09', { doc: '辽住建城建', topics: ['municipalServices'], keywords: ['供暖', '应急'] })),
    seed('emergencies', 'notice', '关于做好{Y}年汛期房屋市政工程安全防范工作的通知', yearly('06-10', { doc: '辽住建质安', topics: ['workSafety'], keywords: ['汛', '应急'] })),
    seed('supervisionInspections', 'notice', '{Y}年全省建筑施工安全生产监督检查情况通报', yearly('11-05', { topics: ['workSafety'], keywords: ['安全生产', '建筑施工'] })),
  ],
  'ln-emergency': [
    seed('regulations', 'rule', '辽宁省生产安全事故应急规定', { issuer: '辽宁省人民政府', topics: ['workSafety'], keywords: ['应急', '规章'] }),
    seed('regulations', 'normativeDocument', '辽宁省应急管理厅关于印发《辽宁省危险化学品安全风险分级管控办法》的通知', { doc: '辽应急规', interpret: true, topics: ['workSafety'], keywords: ['危险化学品', '风险分级'] }),
    seed('regulations', 'normativeDocument', '辽宁省应急管理厅 辽宁省财政厅关于印发《辽宁省安全生产举报奖励办法》的通知', { doc: '辽应急规', interpret: true, issuer: '辽宁省应急管理厅 辽宁省财政厅', topics: ['workSafety'], keywords: ['举报奖励', '安全生产'] }),
    seed('regulations', 'normativeDocument', '辽宁省应急管理厅关于加强冬春季森林草原防灭火工作的通知', { doc: '辽应急发', topics: ['disasterRelief'], keywords: ['森林防火', '火'] }),
    seed('plans', 'plan', '{Y}年全省应急管理工作要点', yearly('02-27', { keywords: ['应急管理', '工作要点'] })),
    seed('plans', 'plan', '辽宁省自然灾害应急能力提升工程实施方案', { topics: ['disasterRelief'], keywords: ['应急能力', '自然灾害'] }),
    seed('statistics', 'statistics', '{Y}年第{Q}季度全省生产安全事故统计分析', { every: 'quarter', topics: ['workSafety'], keywords: ['生产安全事故', '统计'], metrics: [['生产安全事故', '起', 40, 160], ['死亡人数', '人', 40, 150], ['较大事故', '起', 0, 5]] }),
    seed('statistics', 'statistics', '{P}年辽宁省自然灾害情况', yearly('01-14', { topics: ['disasterRelief'], keywords: ['自然灾害', '灾情'], metrics: [['受灾人口', '万人次', 500, 3000], ['紧急转移安置', '万人次', 50, 400], ['直接经济损失', '亿元', 100, 2500]] })),
    seed('licensing', 'licensingDecision', '{Y}年第{N}批危险化学品安全生产许可证颁发情况公告', { every: 'half', topics: ['workSafety'], keywords: ['安全生产许可证', '危险化学品'] }),
    seed('licensing', 'other', '非煤矿山安全生产许可证审批办事指南', { keywords: ['办事指南'] }),
    seed('penaltiesAndCoercion', 'penaltyDecision', '辽宁省应急管理厅行政处罚决定书（{D}）', { doc: '辽应急罚', count: 5, topics: ['workSafety'], keywords: ['行政处罚', '安全生产'] }),
    seed('penaltiesAndCoercion', 'coercionDecision', '辽宁省应急管理厅查封扣押决定书（{D}）', { doc: '辽应急强', count: 2, topics: ['workSafety'], keywords: ['查封', '扣押'] }),
    seed('penaltiesAndCoercion', 'normativeDocument', '辽宁省应急管理厅关于印发《安全生产行政处罚自由裁量适用规则》的通知', { doc: '辽应急规', keywords: ['裁量', '行政处罚'] }),
    seed('administrativeFees', 'notice', '特种作业人员安全技术考试收费项目及标准', { topics: ['workSafety'], keywords: ['考试费', '收费'] }),
    seed('majorProjects', 'notice', '辽宁省应急物资储备库建设项目批准及实施情况', { topics: ['majorConstructionProjects', 'disasterRelief'], keywords: ['应急物资', '储备库'] }),
    seed('livelihoodPolicies', 'notice', '关于下达{Y}年中央自然灾害救灾资金的通知', yearly('08-14', { doc: '辽应急发', topics: ['disasterRelief', 'socialAssistance'], keywords: ['救灾资金', '应急'] })),
    seed('emergencies', 'plan', '辽宁省突发事件总体应急预案', { interpret: true, keywords: ['应急预案', '突发事件'] }),
    seed('emergencies', 'plan', '辽宁省防汛抗旱应急预案', { topics: ['disasterRelief'], keywords: ['应急预案', '防汛', '汛'] }),
    seed('emergencies', 'plan', '辽宁省森林草原火灾应急预案', { topics: ['disasterRelief'], keywords: ['应急预案', '森林火灾', '火'] }),
    seed('emergencies', 'plan', '辽宁省地震应急预案', { topics: ['disasterRelief'], keywords: ['应急预案', '地震'] }),
    seed('emergencies', 'plan', '辽宁省自然灾害救助应急预案', { topics: ['disasterRelief', 'socialAssistance'], keywords: ['应急预案', '救助'] }),
    seed('emergencies', 'report', '{Y}年主汛期全省防汛工作情况', yearly('09-04', { topics: ['disasterRelief'], keywords: ['防汛', '应急', '汛'] })),
    seed('emergencies', 'notice', '关于做好低温雨雪冰冻天气防范应对工作的通知', { doc: '辽应急发', count: 2, topics: ['disasterRelief'], keywords: ['雪', '冰冻', '应急'] }),
    seed('supervisionInspections', 'notice', '{Y}年{H}全省安全生产执法检查情况通报', { every: 'half', topics: ['workSafety'], keywords: ['执法检查', '安全生产'] }),
  ],
  'ln-zhangwu': [
    seed('agencyProfile', 'other', '彰武县人民政府工作部门', { keywords: ['政府工作部门'] }),
    seed('regulations', 'normativeDocument', '彰武县人民政府关于印发《彰武县城乡居民最低生活保障实施办法》的通知', { doc: '彰政发', interpret: true, topics: ['socialAssistance'], keywords: ['低保', '最低生活保障'] }),
    seed('regulations', 'normativeDocument', '彰武县人民政府关于进一步做好防沙治沙工作的意见', { doc: '彰政发', interpret: true, topics: ['ecologyEnvironment'], keywords: ['治沙', '沙'] }),
    seed('regulations', 'normativeDocument', '彰武县人民政府办公室关于印发《彰武县城区供热管理办法》的通知', { doc: '彰政办发', topics: ['municipalServices'], keywords: ['供暖', '供热'] }),
    seed('regulations', 'normativeDocument', '彰武县人民政府办公室关于印发《彰武县农村集体经济组织财务公开办法》的通知', { doc: '彰政办发', keywords: ['财务公开', '村务'] }),
    seed('regulations', 'normativeDocument', '彰武县人民政府关于公布县级行政许可事项清单的通知', { doc: '彰政发', keywords: ['行政许可', '清单'] }),
    seed('plans', 'report', '{Y}年彰武县人民政府工作报告', yearly('02-14', { keywords: ['政府工作报告'] })),
    seed('plans', 'plan', '彰武县国土空间总体规划（2021—2035年）', { topics: ['urbanRuralPlanning'], keywords: ['国土空间规划'] }),
    seed('plans', 'plan', '彰武县{Y}年乡村振兴工作方案', yearly('03-20', { doc: '彰政办发', topics: ['agriculturalSubsidies', 'povertyAlleviation'], keywords: ['乡村振兴'] })),
    seed('statistics', 'statistics', '{P}年彰武县国民经济和社会发展统计公报', yearly('04-10', { keywords: ['统计公报'], metrics: [['地区生产总值', '亿元', 1300, 1600], ['一般公共预算收入', '亿元', 80, 110], ['城镇居民人均可支配收入', '元', 32000, 38000], ['农村居民人均可支配收入', '元', 18000, 23000]] })),
    seed('statistics', 'statistics', '{Y}年第{Q}季度彰武县主要经济指标', { every: 'quarter', keywords: ['经济指标'], metrics: [['规模以上工业增加值', '%', -30, 90], ['固定资产投资', '%', -50, 120], ['社会消费品零售总额', '亿元', 80, 160]] }),
    seed('licensing', 'licensingDecision', '彰武县{Y}年第{N}批行政许可结果公示', { every: 'half', keywords: ['行政许可', '审批结果'] }),
    seed('penaltiesAndCoercion', 'penaltyDecision', '彰武县人民政府行政处罚决定书（{D}）', { doc: '彰政罚', count: 2, keywords: ['行政处罚', '土地'] }),
    seed('penaltiesAndCoercion', 'coercionDecision', '彰武县人民政府关于限期拆除违法建筑的决定（{D}）', { doc: '彰政强', keywords: ['违法建筑', '拆除'] }),
    seed('budgetsAndFinalAccounts', 'report', '彰武县{Y}年一般公共预算和政府性基金预算', yearly('02-08', { topics: ['budgetsAndFinalAccounts'], keywords: ['预算', '三公经费'] })),
    seed('budgetsAndFinalAccounts', 'report', '彰武县{P}年财政决算', yearly('08-12', { topics: ['budgetsAndFinalAccounts'], keywords: ['决算', '三公经费'] })),
    seed('administrativeFees', 'notice', '彰武县行政事业性收费目录清单（{Y}年）', yearly('03-10', { keywords: ['收费目录', '收费'] })),
    seed('centralizedProcurement', 'notice', '彰武县{Y}年政府集中采购目录及限额标准', yearly('01-15', { topics: ['publicResourceTrading'], keywords: ['集中采购', '采购'] })),
    seed('centralizedProcurement', 'notice', '彰武县城区供热管网改造工程施工采购中标结果公告', { topics: ['publicResourceTrading'], keywords: ['中标', '供热'] }),
    seed('majorProjects', 'notice', '彰武县{Y}年重点项目建设计划', yearly('03-02', { topics: ['majorConstructionProjects'], keywords: ['重点项目'] })),
    seed('majorProjects', 'notice', '彰武县城区集中供热管网改造工程批准及实施情况', { topics: ['majorConstructionProjects', 'municipalServices'], keywords: ['供热', '管网'] }),
    seed('livelihoodPolicies', 'notice', '彰武县{Y}年耕地地力保护补贴发放情况', yearly('07-15', { topics: ['agriculturalSubsidies'], keywords: ['耕地地力保护补贴', '补贴'] })),
    seed('livelihoodPolicies', 'plan', '彰武县{Y}年义务教育学校招生工作方案', yearly('06-18', { topics: ['compulsoryEducation'], keywords: ['招生', '义务教育'] })),
    seed('livelihoodPolicies', 'notice', '彰武县城乡居民基本养老保险待遇调整公告', { topics: ['socialInsurance', 'elderlyCare'], keywords: ['养老保险', '养老'] }),
    seed('livelihoodPolicies', 'notice', '彰武县就业援助月活动公告', { topics: ['employment'], keywords: ['就业', '就业援助'] }),
    seed('emergencies', 'plan', '彰武县突发事件总体应急预案', { keywords: ['应急预案'] }),
    seed('emergencies', 'plan', '彰武县防汛应急预案', { topics: ['disasterRelief'], keywords: ['应急预案', '防汛', '汛'] }),
    seed('emergencies', 'plan', '彰武县森林草原防灭火应急预案', { topics: ['disasterRelief'], keywords: ['应急预案', '森林防火', '火'] }),
    seed('emergencies', 'report', '彰武县{Y}年防汛工作总结', yearly('09-18', { topics: ['disasterRelief'], keywords: ['防汛', '应急'] })),
    seed('supervisionInspections', 'notice', '彰武县{Y}年{H}食品安全监督抽检结果公告', { every: 'half', topics: ['foodDrugSupervision'], keywords: ['食品安全', '抽检'] }),
    seed('supervisionInspections', 'notice', '{P}年彰武县生态环境质量状况公报', yearly('06-04', { topics: ['ecologyEnvironment'], keywords: ['生态环境', '空气质量'] })),
    seed('civilServiceRecruitment', 'notice', '阜新市{Y}年度考试录用公务员彰武县拟录用人员公示', yearly('07-20', { keywords: ['公务员', '拟录用'] })),
    seed('municipalConstruction', 'notice', '彰武县{Y}年城区道路维修改造工程实施情况', yearly('05-14', { topics: ['municipalServices'], keywords: ['道路', '市政'] })),
    seed('municipalConstruction', 'notice', '彰武县城区雨污分流改造工程公告', { topics: ['municipalServices'], keywords: ['雨污分流', '市政'] }),
    seed('publicServices', 'notice', '彰武县{Y}—{X}年度供暖服务公告', yearly('10-14', { topics: ['municipalServices'], keywords: ['供暖', '热'] })),
    seed('publicServices', 'other', '彰武县政务服务事项清单', { keywords: ['政务服务', '办事'] }),
    seed('publicWelfare', 'notice', '彰武县{Y}年公益性岗位招聘公告', yearly('04-16', { topics: ['employment'], keywords: ['公益性岗位'] })),
    seed('publicWelfare', 'notice', '彰武县公共文化场馆免费开放公告', { topics: ['publicCulture'], keywords: ['文化', '免费开放'] }),
    seed('landExpropriation', 'notice', '彰武县{Y}年度第{N}批次城镇建设用地征收土地补偿安置方案公告', { every: 'half', topics: ['ruralLandExpropriation'], keywords: ['征地', '补偿安置'] }),
    seed('landExpropriation', 'notice', '彰武县人民政府征收土地预公告（{Y}年第{N}号）', { count: 2, topics: ['ruralLandExpropriation'], keywords: ['征地', '预公告'] }),
    seed('housingExpropriation', 'notice', '彰武县人民政府关于{C}国有土地上房屋征收的决定', { doc: '彰政发', count: 2, topics: ['stateLandHousingExpropriation'], keywords: ['房屋征收', '补偿'] }),
    seed('publicSecurityAdministration', 'notice', '彰武县人民政府关于城区禁止燃放烟花爆竹的通告', { doc: '彰政发', topics: ['urbanComprehensiveEnforcement'], keywords: ['烟花爆竹', '禁放'] }),
    seed('publicSecurityAdministration', 'notice', '彰武县人民政府关于加强冬季道路交通安全管理的通告', { topics: ['urbanComprehensiveEnforcement'], keywords: ['交通安全', '雪'] }),
    seed('socialAssistance', 'notice', '彰武县{Y}年第{Q}季度城乡低保资金发放情况', { every: 'quarter', topics: ['socialAssistance'], keywords: ['低保', '救助资金'] }),
    seed('socialAssistance', 'notice', '彰武县特困人员救助供养标准调整公告', { topics: ['socialAssistance', 'elderlyCare'], keywords: ['特困供养', '救助'] }),
  ],
  'ln-zhangwu-hrt': [
    seed('regulations', 'normativeDocument', '哈尔套镇人民政府关于印发《哈尔套镇村务公开工作实施办法》的通知', { doc: '哈政发', keywords: ['村务公开'] }),
    seed('plans', 'plan', '哈尔套镇{Y}年乡村振兴工作计划', yearly('03-12', { topics: ['agriculturalSubsidies'], keywords: ['乡村振兴'] })),
    seed('licensing', 'licensingDecision', '哈尔套镇{Y}年农村宅基地审批结果公示', yearly('10-26', { topics: ['ruralHomestead'], keywords: ['宅基地', '审批'] })),
    seed('penaltiesAndCoercion', 'penaltyDecision', '哈尔套镇人民政府行政处罚决定书（{D}）', { doc: '哈政罚', keywords: ['秸秆', '行政处罚'] }),
    seed('budgetsAndFinalAccounts', 'report', '哈尔套镇{Y}年预算公开', yearly('02-22', { topics: ['budgetsAndFinalAccounts'], keywords: ['预算'] })),
    seed('budgetsAndFinalAccounts', 'report', '哈尔套镇{P}年决算公开', yearly('08-20', { topics: ['budgetsAndFinalAccounts'], keywords: ['决算'] })),
    seed('administrativeFees', 'notice', '哈尔套镇行政事业性收费公示（{Y}年）', yearly('03-16', { keywords: ['收费'] })),
    seed('majorProjects', 'notice', '哈尔套镇{Y}年高标准农田建设项目实施情况', yearly('09-10', { topics: ['agriculturalSubsidies', 'majorConstructionProjects'], keywords: ['高标准农田', '水利'] })),
    seed('livelihoodPolicies', 'notice', '哈尔套镇{Y}年耕地地力保护补贴发放公示', yearly('07-06', { topics: ['agriculturalSubsidies'], keywords: ['补贴', '耕地地力保护补贴'] })),
    seed('livelihoodPolicies', 'notice', '{V}{Y}年第{Q}季度农村低保公示', { every: 'quarter', village: true, topics: ['socialAssistance'], keywords: ['低保', '村务公开'] }),
    seed('emergencies', 'plan', '哈尔套镇森林防火应急预案', { topics: ['disasterRelief'], keywords: ['应急预案', '森林防火', '火'] }),
    seed('emergencies', 'plan', '哈尔套镇防汛应急预案', { topics: ['disasterRelief'], keywords: ['应急预案', '防汛'] }),
    seed('supervisionInspections', 'notice', '哈尔套镇{Y}年秋冬季安全生产大检查情况', yearly('11-12', { topics: ['workSafety'], keywords: ['安全生产', '检查'] })),
    seed('otherStatutory', 'notice', '{V}{Y}年村级财务收支公开', { every: 'half', village: true, keywords: ['村务公开', '财务'] }),
  ],
};

/** Each body's own parties to decisions and matters, so the generated text reads right. */
interface DecisionFacts {
  license: string;
  licenseBasis: string;
  /** Who holds the licences and who is penalized: businesses of the body's field. */
  parties: string[];
  violations: { fact: string; basis: string; penalty: string }[];
  projects: string[];
}

const DECISIONS: Record<string, DecisionFacts> = {
  'ln-finance': {
    license: '代理记账许可', licenseBasis: '《代理记账管理办法》（财政部令第98号）',
    parties: ['辽宁诚达会计代理记账有限公司', '沈阳启明招标代理有限公司', '大连信和财务咨询有限公司', '鞍山众联会计服务有限公司', '锦州恒通代理记账有限公司', '沈阳华泰医疗设备有限公司'],
    violations: [
      { fact: '在政府采购项目投标中提供虚假的业绩证明材料谋取中标', basis: '《中华人民共和国政府采购法》第七十七条第一款第（一）项', penalty: '处以采购金额千分之五的罚款，列入不良行为记录名单，一年内禁止参加政府采购活动' },
      { fact: '与其他供应商恶意串通，在投标报价中协商一致', basis: '《中华人民共和国政府采购法》第七十七条第一款第（三）项', penalty: '处以采购金额千分之五的罚款，列入不良行为记录名单' },
      { fact: '未经批准从事代理记账业务', basis: '《中华人民共和国会计法》第四十二条、《代理记账管理办法》第二十五条', penalty: '责令改正，处以罚款人民币二万元' },
    ],
    projects: [],
  },
  'ln-ndrc': {
    license: '企业投资项目核准', licenseBasis: '《企业投资项目核准和备案管理条例》',
    parties: ['大连盛源新能源有限公司', '朝阳天润新能源有限公司', '辽宁辽北风电开发有限公司', '锦州华晟热电有限公司', '营口海韵港口物流有限公司'],
    violations: [
      { fact: '固定资产投资项目未按规定进行节能审查即开工建设', basis: '《中华人民共和国节约能源法》第六十八条、《固定资产投资项目节能审查办法》第二十四条', penalty: '责令停止建设，限期改正，处以罚款人民币十万元' },
      { fact: '项目建成后未按节能审查意见落实节能措施', basis: '《固定资产投资项目节能审查办法》第二十五条', penalty: '责令限期整改，处以罚款人民币五万元' },
    ],
    projects: ['彰武县阿尔乡200兆瓦风电场', '朝阳市建平县100兆瓦光伏发电', '阜新市彰武县抽水蓄能电站', '锦州市滨海新区热电联产'],
  },
  'ln-housing': {
    license: '建筑业企业资质', licenseBasis: '《建设工程企业资质管理制度改革方案》《建筑业企业资质管理规定》',
    parties: ['辽宁恒信建筑工程有限公司', '阜新宏远建设集团有限公司', '沈阳北方市政工程有限公司', '大连华宇建筑安装有限公司', '鞍山钢城建设有限公司', '丹东鸭绿江装饰工程有限公司'],
    violations: [
      { fact: '未取得施工许可证擅自施工', basis: '《中华人民共和国建筑法》第六十四条、《建设工程质量管理条例》第五十七条', penalty: '责令停止施工，限期改正，处工程合同价款百分之一的罚款' },
      { fact: '施工现场未按规定设置安全防护设施，存在重大安全事故隐患', basis: '《建设工程安全生产管理条例》第六十五条', penalty: '责令限期改正，处以罚款人民币十五万元' },
      { fact: '违反工程建设强制性标准，使用不合格建筑材料', basis: '《建设工程质量管理条例》第六十四条', penalty: '责令改正，处工程合同价款百分之三的罚款' },
    ],
    projects: ['沈阳市沈河区某住宅项目', '大连市甘井子区某商业综合体项目'],
  },
  'ln-emergency': {
    license: '危险化学品安全生产许可', licenseBasis: '《安全生产许可证条例》《危险化学品生产企业安全生产许可证实施办法》',
    parties: ['沈阳北方精细化工有限公司', '抚顺东联石化有限公司', '本溪山城化工有限公司', '营口海韵化工有限公司', '盘锦辽河精细化学品有限公司', '鞍山鑫达矿业有限公司'],
    violations: [
      { fact: '未按规定对从业人员进行安全生产教育和培训', basis: '《中华人民共和国安全生产法》第九十七条第（三）项', penalty: '责令限期改正，处以罚款人民币五万元' },
      { fact: '未建立事故隐患排查治理制度，重大事故隐患未及时消除', basis: '《中华人民共和国安全生产法》第一百零二条', penalty: '责令立即消除事故隐患，处以罚款人民币八万元' },
      { fact: '危险化学品储存场所未设置监测、监控设施', basis: '《危险化学品安全管理条例》第八十条', penalty: '责令改正，处以罚款人民币十万元' },
      { fact: '特种作业人员未取得相应资格上岗作业', basis: '《中华人民共和国安全生产法》第九十七条第（七）项', penalty: '责令限期改正，处以罚款人民币三万元' },
      { fact: '未按规定制定生产安全事故应急救援预案并定期组织演练', basis: '《中华人民共和国安全生产法》第九十七条第（六）项', penalty: '责令限期改正，处以罚款人民币四万元' },
    ],
    projects: [],
  },
  'ln-zhangwu': {
    license: '行政许可', licenseBasis: '《中华人民共和国行政许可法》',
    parties: ['彰武县兴农粮贸有限公司', '彰武县北沙砂业有限公司', '阜新宏远建材有限公司', '彰武县章古台林产品加工有限公司', '彰武县惠民超市有限公司'],
    violations: [
      { fact: '未经批准非法占用集体土地建设厂房', basis: '《中华人民共和国土地管理法》第七十七条', penalty: '责令退还非法占用的土地，限期拆除新建建筑物，处以罚款' },
      { fact: '在沙化土地封禁保护区范围内擅自开垦', basis: '《中华人民共和国防沙治沙法》第三十九条', penalty: '责令停止违法行为，限期恢复植被，处以罚款人民币二万元' },
    ],
    projects: ['彰武县城区北环路东段', '彰武县彰武镇西城区棚户区改造项目'],
  },
  'ln-zhangwu-hrt': {
    license: '农村宅基地审批', licenseBasis: '《中华人民共和国土地管理法》第六十二条',
    parties: ['哈尔套镇东村村民', '哈尔套镇西村村民', '哈尔套镇新发村村民'],
    violations: [
      { fact: '在禁烧区内露天焚烧农作物秸秆', basis: '《中华人民共和国大气污染防治法》第一百一十九条', penalty: '责令改正，处以罚款人民币五百元' },
    ],
    projects: [],
  },
};

const COMPANIES = [
  '辽宁恒信建筑工程有限公司', '沈阳北方精细化工有限公司', '鞍山鑫达矿业有限公司', '阜新宏远建材有限公司', '营口海韵物流有限公司',
  '大连盛源新能源有限公司', '锦州华晟机械制造有限公司', '抚顺东联石化设备有限公司', '丹东江海食品有限公司', '朝阳天润农业发展有限公司',
  '彰武县兴农粮贸有限公司', '彰武县北沙砂业有限公司', '辽宁诚达会计代理记账有限公司', '沈阳启明招标代理有限公司', '本溪山城化工有限公司',
];

// ---------------------------------------------------------------------------------------------
// Items: seeds → dated instances → numbered items with text, attachments and a history
// ---------------------------------------------------------------------------------------------

interface Instance { formedAt: string; vars: Record<string, string> }

const QUARTER_ENDS = ['03-31', '06-30', '09-30', '12-31'];

/** When a seed's instances were formed, and what fills their titles. */
function instancesOf(s: Seed, rng: Rng): Instance[] {
  const latest = addDays(REFERENCE_DATE, -8);
  const out: Instance[] = [];
  const push = (formedAt: string, vars: Record<string, string>) => {
    if (formedAt >= EARLIEST && formedAt <= latest) out.push({ formedAt, vars });
  };
  const yearVars = (y: number) => ({ Y: String(y), P: String(y - 1), X: String(y + 1) });
  switch (s.every ?? 'once') {
    case 'once':
      for (let n = 1; n <= (s.count ?? 1); n++) {
        const formedAt = weekdayBetween(rng, EARLIEST, addDays(REFERENCE_DATE, -12));
        push(formedAt, { ...yearVars(Number(formedAt.slice(0, 4))), N: String(n) });
      }
      break;
    case 'year':
      for (const y of [2024, 2025, 2026]) push(weekdayAfter(rng, `${y}-${s.on ?? '03-01'}`, -3, 3), { ...yearVars(y), N: '1' });
      break;
    case 'half':
      for (const y of [2024, 2025, 2026]) {
        push(weekdayAfter(rng, `${y}-06-30`, 5, 20), { ...yearVars(y), H: '上半年', N: '1' });
        push(weekdayAfter(rng, `${y}-12-31`, 5, 20), { ...yearVars(y), H: '下半年', N: '2' });
      }
      break;
    case 'quarter':
      for (const y of [2024, 2025, 2026]) {
        QUARTER_ENDS.forEach((end, q) => push(weekdayAfter(rng, `${y}-${end}`, 8, 20), { ...yearVars(y), Q: CN_NUMBERS[q + 1] ?? '', N: String(q + 1) }));
      }
      break;
  }
  return out;
}

const fill = (template: string, vars: Record<string, string>): string => template.replace(/\{([A-Z])\}/g, (whole, key: string) => vars[key] ?? whole);

interface Draft {
  seed: Seed;
  title: string;
  genre: Genre;
  category: Category;
  formedAt: string;
  publishedOn: string;
  /** Minutes after midnight of the publication. */
  minutes: number;
  division: Division;
  level: Level;
  vars: Record<string, string>;
  documentNumber?: string;
  interprets?: Draft;
  interpretation?: Draft;
  id?: string;
  indexNumber?: string;
}

/** On time: within 20 calendar days (always within 20 working days); late: 36 days or more. */
function publicationDate(rng: Rng, formedAt: string, lateShare: number): string {
  const late = rng.chance(lateShare) && addDays(formedAt, 40) <= REFERENCE_DATE;
  const date = late ? weekdayAfter(rng, formedAt, 36, Math.min(75, daysBetween(formedAt, REFERENCE_DATE))) : weekdayAfter(rng, formedAt, 0, Math.min(15, daysBetween(formedAt, REFERENCE_DATE)));
  return minDate(date, REFERENCE_DATE);
}

/** The name inside 《》, or what a 关于…的通知 is about. */
export function subjectOf(title: string): string {
  const quoted = /《([^》]+)》/.exec(title);
  if (quoted?.[1]) return quoted[1];
  const about = /关于(.+?)的(通知|意见|通告|批复|决定|报告)$/.exec(title);
  return about?.[1] ?? title;
}

function draftsOf(p: Profile, rng: Rng): Draft[] {
  const seeds = [...commonSeeds(p), ...(p.department.level === 'provincial' ? provincialSeeds(p) : []), ...(SEEDS[p.department.id] ?? [])];
  const facts = DECISIONS[p.department.id];
  const drafts: Draft[] = [];
  let villageTurn = 0;
  for (const s of seeds) {
    for (const { formedAt, vars } of instancesOf(s, rng)) {
      const village = s.village ? HARTAO_VILLAGES[villageTurn++ % HARTAO_VILLAGES.length] : undefined;
      const project = facts?.projects[(Number(vars['N']) - 1) % Math.max(1, facts.projects.length)] ?? '';
      const allVars = { ...vars, C: project, V: village?.name ?? '' };
      const draft: Draft = {
        seed: s, title: fill(s.title, allVars), genre: s.genre, category: s.category, formedAt,
        publishedOn: publicationDate(rng, formedAt, 0.12), minutes: officeMinutes(rng),
        division: village ?? p.department.division, level: village ? 'village' : p.department.level, vars: allVars,
      };
      drafts.push(draft);
      if (s.interpret) {
        const quoted = /《([^》]+)》/.exec(draft.title)?.[1];
        const publishedOn = weekdayAfter(rng, draft.publishedOn, 0, Math.min(3, daysBetween(draft.publishedOn, REFERENCE_DATE)));
        const interpretation: Draft = {
          ...draft, seed: { ...s, doc: undefined }, genre: 'interpretation', title: `政策解读：《${quoted ?? draft.title}》`,
          publishedOn, minutes: publishedOn === draft.publishedOn ? draft.minutes + rng.int(5, 40) : officeMinutes(rng),
          interprets: draft,
        };
        draft.interpretation = interpretation;
        drafts.push(interpretation);
      }
    }
  }
  return drafts;
}

/** GB/T 9704: 机关代字〔year〕n号, numbered per code and year in the order documents were formed. */
function numberDocuments(drafts: Draft[], rng: Rng): void {
  const next = new Map<string, number>();
  for (const draft of [...drafts].sort((a, b) => compare(a.formedAt, b.formedAt) || compare(a.title, b.title))) {
    const code = draft.seed.doc;
    if (!code) continue;
    const year = draft.formedAt.slice(0, 4);
    const key = `${code}${year}`;
    const n = (next.get(key) ?? 0) + rng.int(1, 6);
    next.set(key, n);
    draft.documentNumber = `${code}〔${year}〕${n}号`;
    draft.title = draft.title.replace('{D}', draft.documentNumber);
  }
}

/** Ids and index numbers (统一社会信用代码/年份-流水号) in publication order. */
function identify(p: Profile, drafts: Draft[]): Draft[] {
  const sorted = [...drafts].sort((a, b) => compare(a.publishedOn, b.publishedOn) || a.minutes - b.minutes || compare(a.title, b.title));
  const perYear = new Map<string, number>();
  for (const draft of sorted) {
    const year = draft.publishedOn.slice(0, 4);
    const n = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, n);
    draft.id = `${p.department.id}:${year}-${String(n).padStart(6, '0')}`;
    draft.indexNumber = `${p.department.unifiedSocialCreditCode}/${year}-${String(n).padStart(5, '0')}`;
  }
  return sorted;
}

const CATEGORY_PATH: Record<Category, string> = {
  regulations: 'gfxwj', agencyProfile: 'jgzn', plans: 'ghjh', statistics: 'tjxx', licensing: 'xzxk', penaltiesAndCoercion: 'xzcf',
  budgetsAndFinalAccounts: 'czyjs', administrativeFees: 'sfxx', centralizedProcurement: 'zfcg', majorProjects: 'zdxm',
  livelihoodPolicies: 'msxx', emergencies: 'yjgl', supervisionInspections: 'jdjc', civilServiceRecruitment: 'gwyzk', otherStatutory: 'qtxx',
  municipalConstruction: 'szjs', publicServices: 'ggfw', publicWelfare: 'gysy', landExpropriation: 'tdzs', housingExpropriation: 'fwzs',
  publicSecurityAdministration: 'zagl', socialAssistance: 'shjz',
};

function itemUrl(p: Profile, draft: Draft): string {
  const date = draft.publishedOn.replaceAll('-', '');
  const serial = (draft.id ?? '').split('-').at(-1);
  return `${p.department.website}zfxxgk/${CATEGORY_PATH[draft.category]}/${date.slice(0, 6)}/t${date}_${serial}.html`;
}

// ---- the words of an item ----

const cnDate = (date: string): string => `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
const para = (text: string): string => `　　${text}`;
/** Masks a name as notice boards do (张**). */
const masked = (name: string): string => `${name.slice(0, 1)}${'*'.repeat(Math.max(1, name.length - 1))}`;
const SURNAMES = ['张', '王', '李', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '罗', '郑', '梁', '宋', '谢', '韩', '唐', '冯', '于', '董', '萧'];
const GIVEN = ['明', '娜', '强', '洋', '静', '帆', '磊', '丽', '杰', '敏', '涛', '悦', '骏', '琳', '斌', '庆', '峰', '晓', '成', '华', '军', '芳', '伟', '秀英', '建国', '玉兰', '志刚', '桂芝', '海燕', '德明', '淑珍', '春生'];
const personName = (rng: Rng): string => rng.pick(SURNAMES) + rng.pick(GIVEN);

/** What a subject is about, without the body's region and the document-kind suffix. */
function coreOf(subject: string): string {
  return subject
    .replace(/^(辽宁省|全省|彰武县|哈尔套镇)/, '')
    .replace(/^(进一步加强|进一步|加强|做好|规范)/, '')
    .replace(/（[^）]*）$/, '')
    .replace(/（?\d{4}(—\d{4})?年度?）?/g, '')
    .replace(/(管理办法|暂行办法|实施细则|实施办法|管理规定|办法|规定|工作要点|工作计划|工作方案|行动方案|实施方案|方案|技术导则|裁量基准|适用规则|编制工作方案)$/, '')
    .replace(/有关问题$/, '') || subject;
}

interface Text { summary: string; body: string }

/** Keywords for sentences; one-character ones (房, 火) are for search and stay out of the prose. */
const proseKeywords = (d: Draft): string => (d.seed.keywords ?? []).filter((k) => k.length > 1).join('、');

function normativeText(p: Profile, d: Draft, rng: Rng): Text {
  const issuer = d.seed.issuer ?? p.department.name;
  const subject = subjectOf(d.title);
  const core = coreOf(subject);
  const keywords = proseKeywords(d);
  const effective = cnDate(addDays(d.formedAt, rng.int(20, 40)));
  const years = rng.pick([2, 3, 5]);
  const issued = /《/.test(d.title);
  if (d.genre === 'rule') return ruleText(p, d, rng);
  const body = issued
    ? [
        `${p.addressees}：`,
        para(`为进一步规范和加强${core}工作，根据国家有关法律法规和政策规定，结合${p.department.division.name}实际，${issuer}制定了《${subject}》，现印发给你们，请结合实际认真贯彻执行。执行中遇到的问题，请及时向${p.short}反映。`),
        `${issuer}`,
        `${cnDate(d.formedAt)}`,
        '（此件公开发布）',
        `${subject}`,
        '第一章　总　则',
        para(`第一条　为了规范${core}，提高管理的科学性和透明度，根据有关法律法规，制定本办法。`),
        para(`第二条　本办法适用于${p.department.division.name}行政区域内${core}相关工作。`),
        para(`第三条　${core}工作遵循依法依规、公开透明、权责统一、注重实效的原则，重点做好${keywords}等工作。`),
        '第二章　职责分工',
        para(`第四条　${p.department.name}负责统筹指导和监督检查${core}工作；各有关单位按照职责分工做好具体实施工作。`),
        '第三章　附　则',
        para(`第五条　本办法由${p.department.name}负责解释。`),
        para(`第六条　本办法自${effective}起施行，有效期${years}年。`),
      ]
    : [
        `${p.addressees}：`,
        para(`为深入贯彻落实党中央、国务院和省委、省政府决策部署，切实做好${core}工作，现就有关事项通知如下：`),
        para(`一、提高思想认识。各地区、各有关单位要充分认识做好${core}工作的重要意义，压实工作责任，确保各项措施落到实处。`),
        para(`二、突出工作重点。围绕${keywords}等重点环节，细化工作任务，明确完成时限，建立工作台账，按月调度推进。`),
        para(`三、强化监督管理。${p.short}将会同有关部门加强督促检查，对工作推进不力、问题突出的地区和单位予以通报。`),
        para(`四、加强信息报送。请于每季度结束后10日内将工作进展情况报送${p.short}。联系电话：${p.department.disclosureOffice.phone}。`),
        `${issuer}`,
        `${cnDate(d.formedAt)}`,
      ];
  return {
    summary: issued
      ? `${issuer}印发《${subject}》，明确${core}的适用范围、职责分工和工作要求，自${effective}起施行，有效期${years}年。`
      : `${issuer}就${core}作出部署，明确工作重点、监督管理和信息报送要求。`,
    body: body.join('\n'),
  };
}

/** A rule (规章) is made by the provincial government and announced by its order; the department publishes it. */
function ruleText(p: Profile, d: Draft, rng: Rng): Text {
  const effective = cnDate(addDays(d.formedAt, rng.int(30, 60)));
  const core = coreOf(d.title);
  return {
    summary: `《${d.title}》经省政府常务会议审议通过，以辽宁省人民政府令公布，自${effective}起施行。`,
    body: [
      para(`《${d.title}》已经${cnDate(addDays(d.formedAt, -rng.int(7, 20)))}辽宁省人民政府第${rng.int(20, 80)}次常务会议审议通过，现予公布，自${effective}起施行。`),
      d.title,
      para(`第一条　为了规范${core}，维护当事人合法权益，根据有关法律、行政法规，结合本省实际，制定本规定。`),
      para(`第二条　本省行政区域内${core}及其监督管理，适用本规定。`),
      para(`第三条　${p.department.name}负责本规定的具体组织实施工作。`),
      para(`第四条　本规定自${effective}起施行。`),
    ].join('\n'),
  };
}

function interpretationText(p: Profile, d: Draft, rng: Rng): Text {
  const doc = d.interprets;
  const subject = /《([^》]+)》/.exec(d.title)?.[1] ?? d.title;
  const core = coreOf(subjectOf(doc?.title ?? subject));
  const number = doc?.documentNumber ? `（${doc.documentNumber}）` : '';
  const keywords = proseKeywords(d);
  return {
    summary: `从出台背景、主要内容、创新举措和适用范围等方面，对《${subject}》${number}进行解读。`,
    body: [
      '一、出台背景',
      para(`为贯彻落实党中央、国务院和省委、省政府关于${core}的决策部署，${p.department.name}在深入调研、广泛征求意见的基础上，起草了《${subject}》${number}，近日正式印发。`),
      '二、主要内容',
      para(`文件共${rng.int(4, 7)}章${rng.int(18, 36)}条，主要包括总则、职责分工、适用范围和标准、办理程序、监督检查和附则等内容，重点明确了${keywords}等方面的要求。`),
      '三、创新举措',
      para(`一是简化办理流程，推行“一网通办”；二是明确办理时限，压减申请材料；三是强化信息公开，主动接受社会监督。`),
      '四、适用范围',
      para(`本文件适用于${p.department.division.name}行政区域内的${core}相关工作。`),
      '五、解读机关及联系方式',
      para(`解读机关：${p.department.name}；联系电话：${p.department.disclosureOffice.phone}。`),
    ].join('\n'),
  };
}

function planText(p: Profile, d: Draft, rng: Rng): Text {
  const core = coreOf(subjectOf(d.title)).replace(/^\{?\d{4}年/, '');
  const year = Number(d.formedAt.slice(0, 4));
  const keywords = proseKeywords(d);
  const emergency = /预案/.test(d.title);
  if (emergency) {
    return {
      summary: `明确${p.department.division.name}${core}的组织指挥体系、监测预警、应急响应分级、处置措施和保障措施。`,
      body: [
        '1　总则',
        para(`1.1　编制目的：建立健全${core}应对工作机制，依法科学有序高效应对，最大程度减少人员伤亡和财产损失，维护人民群众生命财产安全和社会稳定。`),
        para(`1.2　编制依据：《中华人民共和国突发事件应对法》《中华人民共和国安全生产法》等法律法规和有关应急预案。`),
        '2　组织指挥体系',
        para(`设立应急指挥部，负责统一领导、指挥和协调应对工作，办公室设在${p.department.name}有关机构。`),
        '3　监测预警',
        para('预警级别由高到低分为一级、二级、三级和四级，分别用红色、橙色、黄色和蓝色标示。'),
        '4　应急响应',
        para(`根据事件的严重程度和发展态势，应急响应由高到低分为Ⅰ级、Ⅱ级、Ⅲ级、Ⅳ级。重点做好${keywords}等工作。`),
        '5　保障措施',
        para('加强应急队伍、物资、资金、通信和交通运输保障，定期组织应急演练。'),
      ].join('\n'),
    };
  }
  return {
    summary: `明确${core}的总体要求、主要目标、重点任务和保障措施。`,
    body: [
      '一、总体要求',
      para(`以习近平新时代中国特色社会主义思想为指导，完整准确全面贯彻新发展理念，聚焦${core}，推动高质量发展。`),
      '二、主要目标',
      para(`到${year + rng.int(1, 3)}年，${core}工作机制更加健全，重点任务全面完成，群众满意度明显提升。`),
      '三、重点任务',
      para(`（一）围绕${keywords}，实施一批重点项目。（二）完善政策体系，加大资金支持力度。（三）推进数字化建设，提升服务效能。`),
      '四、保障措施',
      para(`加强组织领导，强化资金保障，严格考核评估，做好政策宣传和信息公开。`),
    ].join('\n'),
  };
}

interface Metric { name: string; unit: string; value: string; growth: string }

const CITIES: [string, number][] = [
  ['沈阳市', 18], ['大连市', 14], ['鞍山市', 8], ['抚顺市', 6], ['本溪市', 5], ['丹东市', 6], ['锦州市', 7], ['营口市', 6],
  ['阜新市', 6], ['辽阳市', 5], ['盘锦市', 4], ['铁岭市', 7], ['朝阳市', 8], ['葫芦岛市', 6], ['沈抚示范区', 1],
];

/** Funds passed down (下达…资金) go to the cities by a table; amounts in whole 万元. */
const isAllocation = (d: Draft): boolean => d.title.startsWith('关于下达') && d.level === 'provincial';

function metricsOf(d: Draft, rng: Rng): Metric[] {
  if (isAllocation(d)) {
    const base = rng.int(500, 12_000);
    return CITIES.map(([city, weight]) => ({ name: city, unit: '万元', value: String(Math.floor((base * weight * rng.int(800, 1200)) / 1000)), growth: '' }));
  }
  return (d.seed.metrics ?? []).map(([name, unit, lo, hi]) => {
    const drawn = rng.int(lo, hi);
    const value = ['个', '起', '人', '元'].includes(unit) ? String(drawn) : (drawn / 10).toFixed(1);
    return { name, unit, value, growth: (rng.int(-60, 120) / 10).toFixed(1) };
  });
}

const change = (percent: string): string => `同比${Number(percent) >= 0 ? '增长' : '下降'}${Math.abs(Number(percent)).toFixed(1)}%`;

function statisticsText(p: Profile, d: Draft, metrics: Metric[]): Text {
  const period = d.vars['Q'] ? `${d.vars['Y']}年第${d.vars['Q']}季度` : d.vars['H'] ? `${d.vars['Y']}年${d.vars['H']}` : `${d.vars['P']}年`;
  const lines = metrics.map((m) => (m.unit === '%' ? `${m.name}${change(m.value)}` : `${m.name}${m.value}${m.unit}，${change(m.growth)}`));
  const what = d.title
    .replace(/\d{4}年(第.季度|上半年|下半年|年度)?/g, '')
    .replace(/^(全省|辽宁省|彰武县)/, '')
    .replace(/(年度报告|统计公报|统计分析|运行情况|监测情况|主要经济指标|情况|报告)$/, '');
  const trend = /事故|灾害/.test(what) ? '形势总体稳定' : /价格/.test(what) ? '总体平稳' : '运行总体平稳、稳中有进';
  return {
    summary: `${period}，${lines[0] ?? ''}。`,
    body: [
      para(`${period}，${p.department.division.name}${what || '主要经济指标'}${trend}。`),
      para(`主要指标：${lines.join('；')}。`),
      para('注：本数据为初步统计数，部分指标因四舍五入存在尾差，最终数据以统计年鉴为准。'),
    ].join('\n'),
  };
}

function reportText(p: Profile, d: Draft): Text {
  const name = p.department.name;
  if (/政府信息公开工作年度报告/.test(d.title)) {
    return {
      summary: `${name}依据《中华人民共和国政府信息公开条例》第五十条编制的${d.vars['P']}年政府信息公开工作年度报告。`,
      body: [
        para(`本报告依据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求编制。报告所列数据统计期限自${d.vars['P']}年1月1日起至${d.vars['P']}年12月31日止。`),
        '一、总体情况',
        para(`${d.vars['P']}年，${name}坚持以公开为常态、不公开为例外，围绕中心工作，做好主动公开、依申请公开、政策解读和回应关切，政务公开工作取得新进展。`),
        '二、主动公开政府信息情况',
        '三、收到和处理政府信息公开申请情况',
        '四、政府信息公开行政复议、行政诉讼情况',
        '五、存在的主要问题及改进情况',
        para('政策解读的形式还不够丰富，部分信息发布的及时性有待提高。下一步将加强培训，完善信息发布审核机制。'),
        '六、其他需要报告的事项',
        para(`本年度未收取信息处理费。5月15日“政务公开日”期间，组织开展了政府开放日活动。`),
      ].join('\n'),
    };
  }
  if (/预算|决算/.test(d.title)) {
    const kind = /决算/.test(d.title) ? '决算' : '预算';
    return {
      summary: `公开${d.title.replace(name, '')}，包括收支总表、一般公共预算支出表、“三公”经费${kind}情况说明等。`,
      body: [
        '第一部分　部门概况',
        para(`一、主要职责。二、${kind}单位构成。`),
        `第二部分　${d.vars['Y']}年${kind}情况说明`,
        para(`一、收支${kind}总体情况。二、一般公共预算财政拨款支出情况。三、“三公”经费${kind}情况：“三公”经费包括因公出国（境）费、公务用车购置及运行维护费和公务接待费。四、政府采购情况。五、国有资产占用情况。六、预算绩效情况。`),
        '第三部分　名词解释',
        para('财政拨款收入：指本级财政当年拨付的资金。“三公”经费：指用一般公共预算财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。'),
        `第四部分　${kind}公开表`,
      ].join('\n'),
    };
  }
  return {
    summary: `${d.title}。`,
    body: [
      para(`${d.title.replace(/^\d{4}年/, '')}全文如下。`),
      '一、过去一年工作回顾',
      para('一年来，在上级党委、政府的坚强领导下，我们坚持稳中求进工作总基调，统筹发展和安全，各项工作取得新成效。'),
      '二、今年工作安排',
      para('坚持以人民为中心，着力稳增长、促改革、调结构、惠民生、防风险、保稳定。'),
      '三、加强自身建设',
      para('坚持依法行政，深化政务公开，自觉接受人大法律监督、政协民主监督和社会舆论监督。'),
    ].join('\n'),
  };
}

function decisionText(p: Profile, d: Draft, rng: Rng): Text {
  const facts = DECISIONS[p.department.id];
  if (!facts) throw new Error(`no decision facts for ${p.department.id}`);
  const party = rng.pick(facts.parties.length > 0 ? facts.parties : COMPANIES);
  // A person fined is named masked, with where they live (个人信息不完整公开).
  const company = party.endsWith('村民') ? `${masked(personName(rng))}（${party}）` : party;
  const code = uscc(`91${p.department.level === 'provincial' ? '2101' : '2109'}${String(rng.int(0, 99)).padStart(2, '0')}MA${String(rng.int(0, 9999999)).padStart(7, '0')}`);
  if (d.genre === 'penaltyDecision') {
    const v = facts.violations[(Number(d.vars['N']) - 1) % facts.violations.length] ?? facts.violations[0];
    if (!v) throw new Error('no violations');
    return {
      summary: `${company}${v.fact}，依据${v.basis}，${v.penalty}。`,
      body: [
        `当事人：${company}`,
        party.endsWith('村民') ? '公民身份号码：2109**********' : `统一社会信用代码：${code}`,
        para(`违法事实：经查，当事人${v.fact}。上述事实有现场检查记录、询问笔录、相关书证等证据证实。`),
        para(`处罚依据：${v.basis}。`),
        para(`处罚决定：${v.penalty}。`),
        para('当事人应自收到本决定书之日起十五日内缴纳罚款。逾期不缴纳的，每日按罚款数额的百分之三加处罚款。'),
        para(`当事人如不服本处罚决定，可以在收到本决定书之日起六十日内依法向${p.reconsiderationBody}申请行政复议，或者在六个月内依法向${p.court}提起行政诉讼。`),
        `${p.department.name}`,
        `${cnDate(d.formedAt)}`,
      ].join('\n'),
    };
  }
  if (d.genre === 'coercionDecision' && /拆除/.test(d.title)) {
    return {
      summary: `${company}未经批准建设的建筑物属于违法建筑，限其自收到决定之日起十五日内自行拆除。`,
      body: [
        `当事人：${company}`,
        `统一社会信用代码：${code}`,
        para('经查，你单位在未取得建设工程规划许可证的情况下擅自建设建筑物，违反了《中华人民共和国城乡规划法》第四十条的规定，属于违法建筑。'),
        para('依据《中华人民共和国城乡规划法》第六十五条、第六十八条和《中华人民共和国行政强制法》第四十四条之规定，限你单位自收到本决定之日起十五日内自行拆除；逾期不拆除的，本机关将依法强制拆除。'),
        para(`如不服本决定，可以在收到本决定书之日起六十日内向${p.reconsiderationBody}申请行政复议，或者在六个月内向${p.court}提起行政诉讼。`),
      ].join('\n'),
    };
  }
  if (d.genre === 'coercionDecision') {
    return {
      summary: `依据《中华人民共和国行政强制法》，对${company}存在重大隐患的场所、设施予以查封，期限三十日。`,
      body: [
        `当事人：${company}`,
        `统一社会信用代码：${code}`,
        para('经查，你单位生产经营场所存在重大事故隐患，经责令改正后仍未消除，有发生生产安全事故的现实危险。'),
        para('依据《中华人民共和国行政强制法》第二十四条、第二十五条之规定，本机关决定对上述场所、设施、设备予以查封，查封期限为三十日。'),
        para(`如不服本决定，可以在收到本决定书之日起六十日内向${p.reconsiderationBody}申请行政复议，或者在六个月内向${p.court}提起行政诉讼。`),
      ].join('\n'),
    };
  }
  if (d.seed.title.includes('{C}')) {
    return {
      summary: `核准${d.vars['C']}项目，明确项目单位、建设地点、建设规模和主要建设内容。`,
      body: [
        `${company}：`,
        para(`你单位报送的${d.vars['C']}项目核准申请报告及有关材料收悉。依据${facts.licenseBasis}，经研究，现就该项目核准事项批复如下：`),
        para(`一、为优化能源结构，促进绿色低碳发展，同意建设${d.vars['C']}项目。项目单位为${company}。`),
        para(`二、项目总投资${rng.int(8, 60)}.${rng.int(0, 9)}亿元，其中项目资本金占总投资的20%。`),
        para('三、如需对本项目核准文件所规定的有关内容进行调整，请及时以书面形式向我委提出变更申请。'),
        para('四、本核准文件自印发之日起有效期限2年。'),
      ].join('\n'),
    };
  }
  const count = rng.int(2, 5);
  const first = rng.int(0, facts.parties.length - 1);
  const holders = Array.from({ length: Math.min(count, facts.parties.length) }, (_, i) => `${i + 1}. ${facts.parties[(first + i) % facts.parties.length] ?? ''}`);
  return {
    summary: `依据${facts.licenseBasis}，对${holders.length}个申请人的${facts.license}申请作出准予许可决定。`,
    body: [
      para(`根据${facts.licenseBasis}等规定，经审查，以下单位申请的${facts.license}符合法定条件，决定准予许可：`),
      ...holders,
      para(`如对上述结果有异议，请在公示之日起5个工作日内向${p.department.name}反映。联系电话：${p.department.disclosureOffice.phone}。`),
    ].join('\n'),
  };
}

function allocationText(p: Profile, d: Draft, metrics: Metric[]): Text {
  const funds = subjectOf(d.title).replace(/^下达/, '');
  const total = metrics.reduce((sum, m) => sum + Number(m.value), 0);
  const largest = [...metrics].sort((a, b) => Number(b.value) - Number(a.value)).slice(0, 3).map((m) => `${m.name}${m.value}万元`).join('、');
  return {
    summary: `下达${funds}共计${total}万元，其中${largest}。`,
    body: [
      `${p.addressees}：`,
      para(`根据国家有关规定和省级预算安排，现下达${funds}共计${total}万元（分配情况详见附件），并就有关事项通知如下：`),
      para('一、请收到资金后30日内分解下达到具体项目和单位，并抄送本部门；同时将资金分配结果向社会公开。'),
      para('二、资金专款专用，严禁挤占、挪用或用于平衡预算。各地要加强预算绩效管理，按要求做好绩效目标监控和绩效评价。'),
      para('三、本资金列入政府收支分类科目相应科目，年终按规定办理结算。'),
      `${p.department.name}`,
      `${cnDate(d.formedAt)}`,
    ].join('\n'),
  };
}

function noticeText(p: Profile, d: Draft, rng: Rng, metrics: Metric[] = []): Text {
  if (isAllocation(d)) return allocationText(p, d, metrics);
  if (/关于.+的通知$/.test(d.title)) return normativeText(p, d, rng);
  const special = categoryText(p, d, rng);
  if (special) return special;
  const core = coreOf(subjectOf(d.title));
  const keywords = proseKeywords(d);
  if (d.level === 'village' && !/低保/.test(d.title)) {
    const income = rng.int(8_000_000, 30_000_000);
    const spent = Math.floor((income * rng.int(60, 95)) / 100);
    return {
      summary: `${d.division.name}${d.vars['Y']}年${d.vars['H']}村级财务收入${yuan(income)}元、支出${yuan(spent)}元。`,
      body: [
        para(`根据《彰武县农村集体经济组织财务公开办法》，现将本村${d.vars['Y']}年${d.vars['H']}财务收支情况公开如下：`),
        para(`一、收入合计${yuan(income)}元，其中上级转移支付${yuan(Math.floor((income * 7) / 10))}元，集体资产发包收入${yuan(income - Math.floor((income * 7) / 10))}元。`),
        para(`二、支出合计${yuan(spent)}元，主要用于村内道路维护、环境整治和公益事业。`),
        para(`三、期末结余${yuan(income - spent)}元。`),
        para('如有疑问，请向村务监督委员会反映。'),
        `${d.division.name}村民委员会`,
        `${cnDate(d.formedAt)}`,
      ].join('\n'),
    };
  }
  if (d.level === 'village') {
    const households = Array.from({ length: rng.int(3, 6) }, () => `${masked(personName(rng))}，${rng.int(1, 4)}人，月补助${rng.int(320, 980)}元`);
    return {
      summary: `${d.division.name}${d.title.replace(d.division.name, '')}，公示期7天。`,
      body: [
        para(`根据村务公开有关规定，经户申请、村民代表评议、镇人民政府审核，现将${d.title.replace(d.division.name, '')}情况公示如下：`),
        ...households,
        para(`公示期为7天。如有异议，请向村务监督委员会或哈尔套镇人民政府反映。监督电话：${p.department.disclosureOffice.phone}。`),
        `${d.division.name}村民委员会`,
        `${cnDate(d.formedAt)}`,
      ].join('\n'),
    };
  }
  if (/办事指南/.test(d.title)) {
    const matter = d.title.replace('办事指南', '');
    return {
      summary: `${matter}的设定依据、申请条件、申请材料、办理流程、办理时限和咨询方式。`,
      body: [
        `一、事项名称：${matter}`,
        `二、设定依据：${DECISIONS[p.department.id]?.licenseBasis ?? '有关法律法规'}`,
        '三、申请条件：符合法律法规规定的条件。',
        '四、申请材料：申请书、营业执照或身份证明、相关证明材料（可通过全省一体化政务服务平台在线提交）。',
        '五、办理流程：申请—受理—审查—决定—送达。',
        '六、办理时限：法定20个工作日，承诺10个工作日。',
        '七、收费标准：不收费。',
        `八、咨询电话：${p.department.disclosureOffice.phone}`,
      ].join('\n'),
    };
  }
  return {
    summary: `${d.title}，涉及${keywords}等事项。`,
    body: [
      para(`根据国家和省有关规定，现将${core}有关情况公告如下：`),
      para(`一、主要内容。${core}涉及${keywords}等内容，具体情况详见附件。`),
      para(`二、工作要求。各有关单位要严格落实主体责任，确保工作依法依规、公开透明。`),
      para(`三、监督方式。如有意见建议，请在工作日内联系${p.department.disclosureOffice.name}，电话${p.department.disclosureOffice.phone}。`),
      `${p.department.name}`,
      `${cnDate(d.formedAt)}`,
    ].join('\n'),
  };
}

function profileText(p: Profile, d: Draft, rng: Rng): Text {
  const o = p.department.disclosureOffice;
  if (/领导/.test(d.title)) {
    const titles = p.department.kind === 'peoplesGovernment' ? ['县长', '副县长', '副县长', '副县长'] : ['厅长（主任）', '副厅长（副主任）', '副厅长（副主任）', '副厅长（副主任）'];
    const roles = titles.map((t) => `${t}：${personName(rng)}`);
    return { summary: `${p.department.name}领导成员及分工。`, body: roles.map((r) => para(`${r}，负责分管领域工作。`)).join('\n') };
  }
  if (/地址/.test(d.title)) {
    return {
      summary: `${p.department.name}办公地址、办公时间和联系方式。`,
      body: [para(`办公地址：${o.address}`), para(`邮政编码：${o.postcode ?? ''}`), para(`办公时间：${o.officeHours}（法定节假日除外）`), para(`联系电话：${o.phone}`), para(`门户网站：${p.department.website ?? ''}`)].join('\n'),
    };
  }
  return {
    summary: `${d.title}。`,
    body: [
      para(`${p.department.name}贯彻落实党中央关于${p.short}工作的方针政策和决策部署，在履行职责过程中坚持和加强党的集中统一领导。主要职责是：`),
      para('（一）贯彻执行国家有关法律法规和方针政策，起草有关地方性法规、规章草案，制定有关政策措施并组织实施。'),
      para('（二）拟订并组织实施有关发展规划、年度计划，统筹协调有关重大事项。'),
      para('（三）负责本领域的监督管理和公共服务工作，依法实施有关行政许可和行政处罚。'),
      para('（四）完成上级交办的其他任务。'),
    ].join('\n'),
  };
}

const wan = (n: number): string => `${(n / 10).toFixed(1)}万元`;

/** The notices each statutory category is mostly made of, with the figures a reader looks for. */
function categoryText(p: Profile, d: Draft, rng: Rng): Text | undefined {
  const place = p.department.division.name;
  const office = `${p.department.disclosureOffice.name}，电话${p.department.disclosureOffice.phone}`;
  const sign = [`${p.department.name}`, `${cnDate(d.formedAt)}`];
  const lines = (summary: string, body: string[]): Text => ({ summary, body: [...body, ...sign].join('\n') });
  if (/通告$/.test(d.title)) {
    const what = coreOf(subjectOf(d.title));
    return lines(`就${what}有关事项发布通告，自发布之日起施行。`, [
      para(`为维护公共安全和社会秩序，保障人民群众生命财产安全，根据有关法律法规规定，现就${what}有关事项通告如下：`),
      para('一、本通告适用于县城规划区范围，具体范围以附图为准。'),
      para('二、各单位和个人应当自觉遵守本通告规定，违反的由公安机关、城市管理综合行政执法部门依法处理。'),
      para('三、鼓励群众对违反本通告的行为进行劝阻和举报，举报电话：110、12345。'),
      para('四、本通告自发布之日起施行。'),
    ]);
  }
  switch (d.category) {
    case 'civilServiceRecruitment': {
      const people = Array.from({ length: rng.int(3, 6) }, (_, i) => `${i + 1}. ${personName(rng)}，${rng.pick(['男', '女'])}，准考证号${d.vars['Y']}${String(rng.int(10_000_000, 99_999_999))}，拟录用职位：${rng.pick(['综合管理', '法制审核', '财务管理', '信息化管理', '行政执法'])}岗`);
      return lines(`公示${d.vars['Y']}年度考试录用公务员拟录用人员${people.length}名，公示期5个工作日。`, [
        para(`根据公务员法和公务员录用有关规定，经过笔试、面试、体检和考察等程序，确定${people.length}名同志为拟录用人员，现予以公示。公示期为5个工作日。`),
        ...people,
        para(`公示期间，如对拟录用人员有异议，可向${office}反映。反映问题要实事求是，以真实姓名反映的将予以保密。`),
      ]);
    }
    case 'socialAssistance':
    case 'livelihoodPolicies': {
      if (!/低保|补贴|养老|特困/.test(d.title)) return undefined;
      const households = rng.int(1_800, 9_500);
      const people = households + rng.int(500, 4_000);
      const tenThousands = rng.int(800, 9_000);
      const what = /补贴/.test(d.title) ? '补贴资金' : /养老/.test(d.title) ? '养老保险待遇' : '救助资金';
      return lines(`${place}${coreOf(subjectOf(d.title))}：涉及${households}户${people}人，发放${what}${wan(tenThousands)}。`, [
        para(`按照有关政策规定，现将${coreOf(subjectOf(d.title))}公开如下：`),
        para(`一、发放对象：共${households}户${people}人，名单已在各乡镇、村（社区）公示栏公示。`),
        para(`二、发放标准和金额：按规定标准通过“一卡通”发放，共计发放${what}${wan(tenThousands)}。`),
        para(`三、监督举报：如发现虚报冒领、优亲厚友等问题，请向${office}反映。`),
      ]);
    }
    case 'majorProjects':
    case 'municipalConstruction': {
      const names = sample(rng, ['城区供热管网改造', '污水处理厂提标改造', '农村公路提质改造', '高标准农田建设', '风电场配套送出工程', '保障性租赁住房', '应急物资储备库', '雨污分流改造', '中小学校舍改扩建'], rng.int(3, 5));
      const projects = names.map((name, i) => {
        return `${i + 1}. ${place}${name}项目：总投资${wan(rng.int(3_000, 90_000))}，${rng.pick(['已开工建设', '主体工程完工', '正在开展前期工作', '已竣工验收'])}`;
      });
      return lines(`${d.title.replace(place, '')}，共${projects.length}个项目。`, [
        para(`现将${coreOf(subjectOf(d.title))}公开如下：`),
        ...projects,
        para(`项目审批、招标投标、施工许可和竣工验收等信息在相关栏目同步公开。联系方式：${office}。`),
      ]);
    }
    case 'centralizedProcurement': {
      const items = Array.from({ length: rng.int(3, 5) }, (_, i) => `${i + 1}. ${rng.pick(['办公设备', '信息系统运维服务', '物业管理服务', '公务用车定点维修', '应急物资', '印刷服务', '网络安全服务'])}采购，预算金额${wan(rng.int(20, 3_000))}，预计采购时间${d.vars['Y']}年${rng.int(3, 11)}月`);
      return lines(`${d.title.replace(p.department.name, '')}，共${items.length}项。`, [
        para('为便于供应商及时了解政府采购信息，根据《财政部关于开展政府采购意向公开工作的通知》等有关规定，现将采购意向（目录）公开如下：'),
        ...items,
        para('本次公开的采购意向是本单位政府采购工作的初步安排，具体采购项目情况以相关采购公告和采购文件为准。'),
      ]);
    }
    case 'landExpropriation':
    case 'housingExpropriation': {
      const area = rng.int(50, 900);
      const villageName = rng.pick(['彰武镇东升村', '四合城镇四合城村', '哈尔套镇西村', '阿尔乡镇阿尔乡村']);
      const housing = d.category === 'housingExpropriation';
      return lines(housing ? `对${d.vars['C'] || '城区旧城改造片区'}范围内国有土地上房屋作出征收决定，签约期限60日。` : `拟征收${villageName}集体土地${(area / 10).toFixed(1)}公顷，用于城镇建设。`, housing
        ? [
            para(`为了公共利益的需要，根据《国有土地上房屋征收与补偿条例》，经县人民政府研究，决定对${d.vars['C'] || '城区旧城改造片区'}范围内国有土地上的房屋实施征收。`),
            para('一、征收部门：彰武县住房和城乡建设局。二、签约期限：自本决定公告之日起60日。三、补偿方式：被征收人可以选择货币补偿，也可以选择房屋产权调换。'),
            para(`四、被征收人对本决定不服的，可以在本决定公告之日起60日内向${p.reconsiderationBody}申请行政复议，也可以在6个月内向人民法院提起行政诉讼。`),
          ]
        : [
            para('根据《中华人民共和国土地管理法》第四十七条、《中华人民共和国土地管理法实施条例》第二十六条规定，现将征收土地有关事项公告如下：'),
            para(`一、征收范围：${villageName}，征收集体土地${(area / 10).toFixed(1)}公顷（其中耕地${(area / 20).toFixed(1)}公顷）。`),
            para('二、补偿标准：执行辽宁省征地区片综合地价标准；地上附着物和青苗补偿按县人民政府规定执行。'),
            para('三、安置方式：货币安置，并将被征地农民纳入相应的养老等社会保障体系。'),
            para(`四、被征地的农村集体经济组织、农村村民或者其他权利人对方案有异议的，可在公告之日起30日内向${office}反映；过半数被征地的农村集体经济组织成员认为方案不符合法律法规规定的，县人民政府将组织召开听证会。`),
          ]);
    }
    case 'supervisionInspections': {
      if (/生态环境/.test(d.title)) {
        const good = rng.int(780, 900);
        const pm25 = rng.int(25, 40);
        return lines(`${d.vars['P']}年${place}环境空气质量优良天数比例${(good / 10).toFixed(1)}%，PM2.5年均浓度${pm25}微克/立方米。`, [
          para(`${d.vars['P']}年，${place}生态环境质量总体保持稳定。`),
          para(`一、环境空气：优良天数比例${(good / 10).toFixed(1)}%，细颗粒物（PM2.5）年均浓度${pm25}微克/立方米，沙尘天气${rng.int(2, 9)}天。`),
          para('二、水环境：柳河、养息牧河国控、省控断面水质均达到年度考核目标，集中式饮用水水源地水质达标率100%。'),
          para(`三、生态状况：全年完成防沙治沙${rng.int(3, 12)}万亩，森林覆盖率稳步提高。`),
        ]);
      }
      const food = /食品/.test(d.title);
      const total = rng.int(80, 600);
      const failed = rng.int(1, Math.max(2, Math.floor(total / 40)));
      return food
        ? lines(`抽检食品${total}批次，合格${total - failed}批次，不合格${failed}批次，已依法处置。`, [
            para(`${place}市场监督管理部门组织抽检食品${total}批次，覆盖粮食加工品、肉制品、乳制品、蔬菜、水果等类别。`),
            para(`检验结果：合格${total - failed}批次，不合格${failed}批次。对不合格产品已责令经营者下架、召回，并依法立案调查。`),
            para('消费者如发现食品安全问题，请拨打投诉举报电话12315。'),
          ])
        : lines(`检查生产经营单位${total}家，发现问题隐患${total * 2 + failed}项，已整改${total * 2}项。`, [
            para(`${d.vars['Y'] ?? ''}年，共组织检查生产经营单位${total}家次，发现问题隐患${total * 2 + failed}项，已整改${total * 2}项，立案处罚${failed}起。`),
            para('检查发现的主要问题：安全生产责任制落实不到位、隐患排查治理不彻底、应急预案未定期演练等。'),
            para('下一步将持续加大执法检查力度，对问题突出的单位实施联合惩戒并向社会公开。'),
          ]);
    }
    case 'administrativeFees': {
      const fees = FEES[p.department.id] ?? FEES['ln-finance'] ?? [];
      const listed = fees.filter((fee) => !fee.withdrawn && (!fee.validTo || fee.validTo >= `${d.vars['Y']}-01-01`));
      return lines(`公开${listed.length}项行政事业性收费的项目、依据和标准。`, [
        para('根据《中华人民共和国政府信息公开条例》第二十条规定，现将本级行政事业性收费项目、依据和标准公开如下（目录之外的收费项目一律不得收取）：'),
        ...listed.map((fee, i) => `${i + 1}. ${fee.name}：${fee.upTo ? '不超过' : ''}${fee.amount}${fee.unit}；依据：${fee.basis[0] ?? ''}`),
        para('对违规收费行为，可拨打12345热线投诉举报。'),
      ]);
    }
    default:
      return undefined;
  }
}

function textOf(p: Profile, d: Draft, rng: Rng, metrics: Metric[]): Text {
  switch (d.genre) {
    case 'rule':
    case 'normativeDocument':
      return normativeText(p, d, rng);
    case 'interpretation':
      return interpretationText(p, d, rng);
    case 'plan':
      return planText(p, d, rng);
    case 'statistics':
      return statisticsText(p, d, metrics);
    case 'report':
      return reportText(p, d);
    case 'licensingDecision':
    case 'penaltyDecision':
    case 'coercionDecision':
      return decisionText(p, d, rng);
    case 'other':
      return d.category === 'agencyProfile' ? profileText(p, d, rng) : noticeText(p, d, rng);
    default:
      return noticeText(p, d, rng, metrics);
  }
}

// ---- attachments: small real files, so size and sha256 can be checked ----

/** The bytes behind every attachment URL, kept for `--attachments`. */
export type AttachmentFiles = Map<string, Buffer>;

/** A one-page PDF 1.4 with the title in its document properties (UTF-16) and ASCII lines on the page. */
export function pdfOf(title: string, lines: string[]): Buffer {
  const escape = (text: string) => text.replace(/[\\()]/g, (char) => `\\${char}`);
  const stream = ['BT', '/F1 11 Tf', '14 TL', '72 780 Td', ...lines.map((line) => `(${escape(line)}) '`), 'ET'].join('\n');
  const titleHex = `FEFF${Buffer.from(title, 'utf16le').swap16().toString('hex').toUpperCase()}`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${Buffer.byteLength(stream)} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Title <${titleHex}> /Producer (Gongkai sample data) >>`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(out));
    out += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out);
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** A UTF-8 CSV with a byte-order mark (what spreadsheet software in China expects). */
const csvOf = (rows: string[][]): Buffer => Buffer.from(`\uFEFF${rows.map((row) => row.map((cell) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(',')).join('\r\n')}\r\n`, 'utf8');

function attach(files: AttachmentFiles, url: string, name: string, mediaType: string, bytes: Buffer): Attachment {
  files.set(url, bytes);
  return { name, mediaType, size: bytes.length, sha256: sha256(bytes), url };
}

function attachmentsOf(p: Profile, d: Draft, metrics: Metric[], rng: Rng, files: AttachmentFiles): Attachment[] {
  const local = (d.id ?? '').split(':')[1] ?? '';
  const base = `${p.department.website}files/${d.publishedOn.slice(0, 7).replace('-', '')}/${local}`;
  const pdf = (n: number, name: string) =>
    attach(files, `${base}-${n}.pdf`, `${name}.pdf`, 'application/pdf', pdfOf(name, ['Gongkai sample data (fictitious)', `Item ${d.id ?? ''}`, `Index number ${d.indexNumber ?? ''}`, d.documentNumber ? 'Document number: see the item.' : 'No document number.']));
  if (isAllocation(d)) {
    const rows = [['地区', '金额（万元）'], ...metrics.map((m) => [m.name, m.value]), ['合计', String(metrics.reduce((sum, m) => sum + Number(m.value), 0))]];
    return [attach(files, `${base}-1.csv`, `附件：${subjectOf(d.title).replace(/^下达/, '')}分配表.csv`, 'text/csv', csvOf(rows))];
  }
  if (d.genre === 'statistics' && metrics.length > 0) {
    const rows = [['指标', '单位', '数值', '同比增长（%）'], ...metrics.map((m) => [m.name, m.unit, m.value, m.unit === '%' ? '' : m.growth])];
    return [attach(files, `${base}-1.csv`, `${d.title}.csv`, 'text/csv', csvOf(rows))];
  }
  if ((d.genre === 'normativeDocument' || d.genre === 'rule') && /《/.test(d.title)) return [pdf(1, subjectOf(d.title))];
  if (d.category === 'budgetsAndFinalAccounts') return [pdf(1, d.title), ...(rng.chance(0.5) ? [pdf(2, `${d.title}公开表`)] : [])];
  if (['licensingDecision', 'penaltyDecision', 'coercionDecision'].includes(d.genre) && rng.chance(0.5)) return [pdf(1, d.title)];
  if (['administrativeFees', 'centralizedProcurement', 'majorProjects', 'landExpropriation'].includes(d.category) && rng.chance(0.6)) return [pdf(1, `附件：${d.title}`)];
  return [];
}

// ---- history: revisions, validity changes and withdrawals ----

type Update = NonNullable<DatasetItem['updates']>[number];

/** A change formed on `changedOn` and published within 10 days (a change is due within 20 working days too). */
function revision(rng: Rng, base: ItemInput, changedOn: string, changes: Partial<ItemInput>): Update {
  const on = weekdayAfter(rng, changedOn, 1, Math.max(1, Math.min(10, daysBetween(changedOn, REFERENCE_DATE))));
  return { at: at(minDate(on, REFERENCE_DATE), officeMinutes(rng)), item: { ...base, ...changes, formedAt: changedOn } };
}

function historyOf(d: Draft, base: ItemInput, rng: Rng): Update[] {
  const published = d.publishedOn;
  const room = daysBetween(published, REFERENCE_DATE);
  if (room < 90) return rng.chance(0.03) && room > 20 ? [revision(rng, base, weekdayAfter(rng, published, 3, 12), { summary: `${base.summary ?? ''}（更正：原文部分表述有误，已更正。）` })] : [];
  const changedOn = weekdayAfter(rng, published, 60, Math.min(room - 15, 700));
  if (d.genre === 'normativeDocument' || d.genre === 'rule') {
    const roll = rng.next();
    const note = (what: string) => `${base.summary ?? ''}（本文件已于${cnDate(changedOn)}${what}。）`;
    if (roll < 0.2) {
      const amended = revision(rng, base, changedOn, { validity: 'amended', summary: note('修订'), body: `${base.body ?? ''}\n【修订说明】根据上位法调整，对第三条、第四条作相应修改。` });
      const laterRoom = daysBetween(changedOn, REFERENCE_DATE);
      if (!rng.chance(0.3) || laterRoom < 60) return [amended];
      const repealedOn = weekdayAfter(rng, changedOn, 40, laterRoom - 15);
      return [amended, revision(rng, amended.item, repealedOn, { validity: 'repealed', summary: `${amended.item.summary ?? ''}（本文件已于${cnDate(repealedOn)}废止。）` })];
    }
    if (roll < 0.3) return [revision(rng, base, changedOn, { validity: 'repealed', summary: note('废止') })];
    if (roll < 0.4) return [revision(rng, base, changedOn, { validity: 'expired', summary: note('有效期届满失效') })];
    return [];
  }
  if (rng.chance(0.05)) return [revision(rng, base, changedOn, { summary: `${base.summary ?? ''}（更新：补充完善了相关内容。）` })];
  return [];
}

const WITHDRAWAL_REASONS = [
  '该信息发布内容有误，已撤回，更正后重新发布。',
  '经审核，该信息涉及个人隐私，已撤回并作脱敏处理。',
  '该信息属于内部过程性信息，误发布，已撤回。',
];

function itemsOf(p: Profile): { items: DatasetItem[]; files: AttachmentFiles } {
  const rng = rngFor(`${p.department.id}:items`);
  const drafts = draftsOf(p, rng);
  numberDocuments(drafts, rng);
  const files: AttachmentFiles = new Map();
  const sorted = identify(p, drafts);
  const items = sorted.map((d): DatasetItem => {
    const metrics = metricsOf(d, rng);
    const { summary, body } = textOf(p, d, rng, metrics);
    const attachments = attachmentsOf(p, d, metrics, rng, files);
    const item: DatasetItem['item'] = {
      id: d.id ?? '',
      indexNumber: d.indexNumber,
      title: d.title,
      summary,
      body,
      ...(d.documentNumber ? { documentNumber: d.documentNumber } : {}),
      genre: d.genre,
      category: d.category,
      ...(d.seed.topics?.length ? { topics: d.seed.topics } : {}),
      ...(d.seed.keywords?.length ? { keywords: d.seed.keywords } : {}),
      validity: 'valid',
      issuingBody: d.seed.issuer ?? p.department.name,
      division: d.division,
      level: d.level,
      ...(d.documentNumber || d.genre === 'rule' ? { writtenOn: d.formedAt } : {}),
      formedAt: d.formedAt,
      publishedAt: at(d.publishedOn, d.minutes),
      ...(attachments.length ? { attachments } : {}),
      ...(d.interpretation?.id ? { interpretationId: d.interpretation.id } : {}),
      ...(d.interprets?.id ? { interpretsId: d.interprets.id } : {}),
      url: itemUrl(p, d),
    };
    const { publishedAt: _publishedAt, ...base } = item;
    const updates = historyOf(d, base, rng);
    return { item, ...(updates.length ? { updates } : {}) };
  });
  withdrawOne(items, rng);
  return { items, files };
}

/** One notice per body is withdrawn soon after publication (a mistake, caught). */
function withdrawOne(items: DatasetItem[], rng: Rng): void {
  const candidates = items.filter((entry) => entry.item.genre === 'notice' && !entry.updates && daysBetween(entry.item.publishedAt.slice(0, 10), REFERENCE_DATE) > 60);
  if (candidates.length === 0) return;
  const entry = rng.pick(candidates);
  const on = weekdayAfter(rng, entry.item.publishedAt.slice(0, 10), 2, 20);
  entry.withdrawal = { at: at(on, officeMinutes(rng)), reason: rng.pick(WITHDRAWAL_REASONS) };
}

// ---------------------------------------------------------------------------------------------
// Budgets and final accounts: amounts in integer fen, every level the sum of the one below
// ---------------------------------------------------------------------------------------------

/** A classification subtree: 3-digit class → 5-digit section → 7-digit item; leaves carry weights. */
type Tree = [code: string, name: string, children: Tree[] | number];

const PERSONNEL: Tree[] = [
  ['208', '社会保障和就业支出', [['20805', '行政事业单位养老支出', [['2080501', '行政单位离退休', 4], ['2080505', '机关事业单位基本养老保险缴费支出', 5], ['2080506', '机关事业单位职业年金缴费支出', 2]]]]],
  ['210', '卫生健康支出', [['21011', '行政事业单位医疗', [['2101101', '行政单位医疗', 3], ['2101103', '公务员医疗补助', 1]]]]],
  ['221', '住房保障支出', [['22102', '住房改革支出', [['2210201', '住房公积金', 4], ['2210203', '购房补贴', 1]]]]],
];

interface BudgetPlan {
  /** Budget of 2026 in yuan; other years scale from it. */
  scale: number;
  title: (kind: 'budget' | 'finalAccount', year: number) => string;
  expenditure: Tree[];
  revenue: Tree[];
  /** Three public expenses of the 2026 budget, yuan: travel abroad, vehicle purchase, vehicle operation, receptions. */
  three: [number, number, number, number];
}

const departmental = (name: string) => (kind: 'budget' | 'finalAccount', year: number) => `${name}${year}年部门${kind === 'budget' ? '预算' : '决算'}`;

const BUDGETS: Record<string, BudgetPlan> = {
  'ln-finance': {
    scale: 320_000_000, title: departmental('辽宁省财政厅'), three: [300_000, 0, 450_000, 120_000],
    expenditure: [['201', '一般公共服务支出', [['20106', '财政事务', [['2010601', '行政运行', 30], ['2010602', '一般行政管理事务', 14], ['2010607', '信息化建设', 18], ['2010650', '事业运行', 12], ['2010699', '其他财政事务支出', 6]]]]], ...PERSONNEL],
    revenue: [['103', '非税收入', [['10304', '行政事业性收费收入', 6], ['10305', '罚没收入', 1], ['10307', '国有资源（资产）有偿使用收入', 3]]]],
  },
  'ln-ndrc': {
    scale: 160_000_000, title: departmental('辽宁省发展和改革委员会'), three: [200_000, 300_000, 380_000, 100_000],
    expenditure: [['201', '一般公共服务支出', [['20104', '发展与改革事务', [['2010401', '行政运行', 30], ['2010402', '一般行政管理事务', 10], ['2010404', '战略规划与实施', 16], ['2010408', '物价管理', 6], ['2010450', '事业运行', 10]]]]], ...PERSONNEL],
    revenue: [['103', '非税收入', [['10305', '罚没收入', 2], ['10307', '国有资源（资产）有偿使用收入', 3]]]],
  },
  'ln-housing': {
    scale: 240_000_000, title: departmental('辽宁省住房和城乡建设厅'), three: [250_000, 0, 400_000, 150_000],
    expenditure: [
      ['212', '城乡社区支出', [['21201', '城乡社区管理事务', [['2120101', '行政运行', 24], ['2120102', '一般行政管理事务', 10], ['2120104', '城管执法', 5], ['2120106', '工程建设管理', 9], ['2120150', '事业运行', 10]]]]],
      ...PERSONNEL.slice(0, 2),
      ['221', '住房保障支出', [['22101', '保障性安居工程支出', [['2210105', '农村危房改造', 12], ['2210106', '公共租赁住房', 8]]], ['22102', '住房改革支出', [['2210201', '住房公积金', 4], ['2210203', '购房补贴', 1]]]]],
    ],
    revenue: [['103', '非税收入', [['10304', '行政事业性收费收入', 4], ['10305', '罚没收入', 3], ['10307', '国有资源（资产）有偿使用收入', 2]]]],
  },
  'ln-emergency': {
    scale: 290_000_000, title: departmental('辽宁省应急管理厅'), three: [150_000, 600_000, 1_600_000, 80_000],
    expenditure: [
      ['224', '灾害防治及应急管理支出', [
        ['22401', '应急管理事务', [['2240101', '行政运行', 20], ['2240102', '一般行政管理事务', 8], ['2240104', '灾害风险防治', 10], ['2240106', '安全监管', 9], ['2240108', '应急救援', 14], ['2240109', '应急管理', 7], ['2240150', '事业运行', 8]]],
        ['22407', '自然灾害救灾及恢复重建支出', [['2240703', '自然灾害救灾补助', 12], ['2240704', '自然灾害灾后重建补助', 6]]],
      ]],
      ...PERSONNEL,
    ],
    revenue: [['103', '非税收入', [['10304', '行政事业性收费收入', 3], ['10305', '罚没收入', 6], ['10307', '国有资源（资产）有偿使用收入', 1]]]],
  },
  'ln-zhangwu': {
    scale: 2_600_000_000, title: (kind, year) => `彰武县${year}年县本级一般公共预算${kind === 'budget' ? '' : '决算'}`, three: [0, 800_000, 4_200_000, 950_000],
    expenditure: [
      ['201', '一般公共服务支出', [['20101', '人大事务', [['2010101', '行政运行', 2]]], ['20103', '政府办公厅（室）及相关机构事务', [['2010301', '行政运行', 5], ['2010302', '一般行政管理事务', 2]]], ['20106', '财政事务', [['2010601', '行政运行', 2]]]]],
      ['204', '公共安全支出', [['20402', '公安', [['2040201', '行政运行', 6], ['2040220', '执法办案', 2]]]]],
      ['205', '教育支出', [['20502', '普通教育', [['2050202', '小学教育', 14], ['2050203', '初中教育', 10], ['2050204', '高中教育', 7]]]]],
      ['207', '文化旅游体育与传媒支出', [['20701', '文化和旅游', [['2070109', '群众文化', 2]]]]],
      ['208', '社会保障和就业支出', [['20805', '行政事业单位养老支出', [['2080505', '机关事业单位基本养老保险缴费支出', 9]]], ['20819', '最低生活保障', [['2081901', '城市最低生活保障金支出', 3], ['2081902', '农村最低生活保障金支出', 8]]], ['20821', '特困人员救助供养', [['2082102', '农村特困人员救助供养支出', 2]]]]],
      ['210', '卫生健康支出', [['21004', '公共卫生', [['2100408', '基本公共卫生服务', 4]]], ['21012', '财政对基本医疗保险基金的补助', [['2101202', '财政对城乡居民基本医疗保险基金的补助', 9]]]]],
      ['211', '节能环保支出', [['21104', '自然生态保护', [['2110402', '农村环境保护', 3]]]]],
      ['212', '城乡社区支出', [['21203', '城乡社区公共设施', [['2120399', '其他城乡社区公共设施支出', 6]]], ['21205', '城乡社区环境卫生', [['2120501', '城乡社区环境卫生', 3]]]]],
      ['213', '农林水支出', [['21301', '农业农村', [['2130122', '农业生产发展', 8], ['2130153', '农田建设', 6]]], ['21302', '林业和草原', [['2130209', '森林生态效益补偿', 4]]], ['21305', '巩固脱贫攻坚成果衔接乡村振兴', [['2130504', '农村基础设施建设', 5]]]]],
      ['221', '住房保障支出', [['22101', '保障性安居工程支出', [['2210105', '农村危房改造', 2]]], ['22102', '住房改革支出', [['2210201', '住房公积金', 3]]]]],
      ['224', '灾害防治及应急管理支出', [['22401', '应急管理事务', [['2240101', '行政运行', 1]]], ['22407', '自然灾害救灾及恢复重建支出', [['2240703', '自然灾害救灾补助', 2]]]]],
    ],
    revenue: [
      ['101', '税收收入', [['10101', '增值税', 30], ['10104', '企业所得税', 10], ['10106', '个人所得税', 4], ['10109', '城市维护建设税', 6], ['10110', '房产税', 4], ['10111', '印花税', 2], ['10112', '城镇土地使用税', 5]]],
      ['103', '非税收入', [['10302', '专项收入', 6], ['10304', '行政事业性收费收入', 5], ['10305', '罚没收入', 4], ['10307', '国有资源（资产）有偿使用收入', 9]]],
    ],
  },
};

const weightOf = (tree: Tree): number => (typeof tree[2] === 'number' ? tree[2] : tree[2].reduce((total, child) => total + weightOf(child), 0));

/**
 * Lines of a tree, parents first, each parent the exact sum of its children. Integers only:
 * `permille()` draws each leaf's share of its planned amount (1000 = as planned), `cents()` its fen.
 */
function linesOf(trees: Tree[], totalYuan: number, permille: () => number, cents: () => number): BudgetLine[] {
  const weight = trees.reduce((total, tree) => total + weightOf(tree), 0);
  const walk = (tree: Tree): { lines: BudgetLine[]; fen: number } => {
    const [code, name, children] = tree;
    if (typeof children === 'number') {
      const fen = Math.floor((totalYuan * children * permille()) / (weight * 1000)) * 100 + cents();
      return { lines: [{ code, name, amount: yuan(fen) }], fen };
    }
    const parts = children.map(walk);
    const fen = parts.reduce((total, part) => total + part.fen, 0);
    return { lines: [{ code, name, amount: yuan(fen) }, ...parts.flatMap((part) => part.lines)], fen };
  };
  return trees.flatMap((tree) => walk(tree).lines);
}

function threePublicExpenses(values: [number, number, number, number], permille: () => number): DatasetBudget['budget']['threePublicExpenses'] {
  const [travel, purchase, operation, receptions] = values.map((v) => Math.floor((v * permille()) / 1000) * 100) as [number, number, number, number];
  return {
    total: yuan(travel + purchase + operation + receptions),
    travelAbroad: yuan(travel),
    vehicles: { total: yuan(purchase + operation), purchase: yuan(purchase), operation: yuan(operation) },
    receptions: yuan(receptions),
  };
}

function budgetsOf(p: Profile, items: DatasetItem[]): DatasetBudget[] {
  const plan = BUDGETS[p.department.id];
  if (!plan) return [];
  const rng = rngFor(`${p.department.id}:budgets`);
  const urlOf = (kind: 'budget' | 'finalAccount', year: number) =>
    items.find((entry) => entry.item.category === 'budgetsAndFinalAccounts' && entry.item.title.includes(`${year}年`) && entry.item.title.includes(kind === 'budget' ? '预算' : '决算') && !entry.item.title.includes('执行'))?.item.url;
  // Final accounts come in under budget, line by line; the 2026 budget is the plan's scale.
  const editions: { kind: 'budget' | 'finalAccount'; year: number; permille: number; published: string }[] = [
    { kind: 'finalAccount', year: 2024, permille: 930, published: '2025-08-08' },
    { kind: 'budget', year: 2025, permille: 960, published: '2025-02-07' },
    { kind: 'finalAccount', year: 2025, permille: 950, published: '2026-08-07' },
    { kind: 'budget', year: 2026, permille: 1000, published: '2026-02-06' },
  ];
  return editions.map(({ kind, year, permille, published }) => {
    const planned = (plan.scale / 1000) * permille;
    const spent = () => (kind === 'budget' ? rng.int(940, 1060) : rng.int(860, 1020));
    const cents = () => (kind === 'budget' ? 0 : rng.int(0, 99));
    const expenditure = linesOf(plan.expenditure, planned, spent, cents);
    const total = expenditure.filter((line) => line.code.length === 3).reduce((sum, line) => sum + Number(line.amount.replace('.', '')), 0);
    const revenueShare = p.department.level === 'provincial' ? 20 : 450;
    const documentUrl = urlOf(kind, year);
    const publishedOn = weekdayAfter(rng, published, -2, 2);
    return {
      budget: {
        id: `${p.department.id}:${kind === 'budget' ? 'budget' : 'final'}-${year}`,
        year, kind, title: plan.title(kind, year),
        total: yuan(total),
        revenue: linesOf(plan.revenue, (planned / 1000) * revenueShare, () => rng.int(900, 1100), () => rng.int(0, 99)),
        expenditure,
        threePublicExpenses: threePublicExpenses(plan.three, () => (kind === 'budget' ? permille : rng.int(600, 950))),
        ...(documentUrl ? { documentUrl } : {}),
        publishedAt: at(publishedOn, 570),
      },
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Fees: provincial standards, county items, and township and village notice boards
// ---------------------------------------------------------------------------------------------

interface FeePlan {
  name: string;
  amount: string;
  unit: string;
  upTo?: boolean;
  description?: string;
  basis: string[];
  authority: string;
  approval?: string;
  collector: string;
  division: Division;
  level: Level;
  validFrom: string;
  validTo?: string;
  withdrawn?: string;
  code?: string;
}

const PROVINCIAL_PRICE = '辽宁省发展和改革委员会、辽宁省财政厅';
const village = (n: number): Division => HARTAO_VILLAGES[n] ?? HARTAO;

const FEES: Record<string, FeePlan[]> = {
  'ln-finance': [
    { code: 'LN-CZ-01', name: '会计专业技术资格考试考务费', amount: '50.00', unit: '元/人·科', basis: ['《国家发展改革委 财政部关于降低部分行政事业性收费标准的通知》（发改价格〔2015〕1713号）', '《辽宁省发展和改革委员会 辽宁省财政厅关于会计专业技术资格考试考务费标准的通知》（辽发改收费〔2023〕112号）'], authority: PROVINCIAL_PRICE, approval: '辽发改收费〔2023〕112号', collector: '辽宁省财政厅会计资格评价中心', division: LIAONING, level: 'provincial', validFrom: '2024-01-01', validTo: '2028-12-31' },
    { code: 'LN-CZ-02', name: '会计人员继续教育考务费（旧标准）', amount: '30.00', unit: '元/人·次', basis: ['《辽宁省物价局 辽宁省财政厅关于会计人员继续教育收费标准的通知》（辽价发〔2019〕56号）'], authority: '辽宁省物价局、辽宁省财政厅', approval: '辽价发〔2019〕56号', collector: '辽宁省财政厅会计资格评价中心', division: LIAONING, level: 'provincial', validFrom: '2019-09-01', validTo: '2024-12-31' },
  ],
  'ln-housing': [
    { code: 'LN-ZJ-01', name: '房屋白蚁防治费', amount: '2.00', unit: '元/平方米', upTo: true, description: '按新建房屋建筑面积计收，为最高限价', basis: ['《辽宁省发展和改革委员会 辽宁省财政厅关于房屋白蚁防治收费标准的通知》（辽发改收费〔2022〕208号）'], authority: PROVINCIAL_PRICE, approval: '辽发改收费〔2022〕208号', collector: '各市白蚁防治机构', division: LIAONING, level: 'provincial', validFrom: '2023-01-01', validTo: '2027-12-31' },
    { code: 'LN-ZJ-02', name: '城市道路占用挖掘修复费', amount: '180.00', unit: '元/平方米', upTo: true, description: '沥青路面，按实际挖掘面积计收', basis: ['《城市道路管理条例》第三十七条', '《辽宁省城市道路占用挖掘收费标准》（辽发改收费〔2021〕77号）'], authority: PROVINCIAL_PRICE, approval: '辽发改收费〔2021〕77号', collector: '市、县城市道路管理部门', division: LIAONING, level: 'provincial', validFrom: '2021-07-01' },
  ],
  'ln-emergency': [
    { code: 'LN-YJ-01', name: '特种作业操作证考试费（理论）', amount: '60.00', unit: '元/人·次', basis: ['《辽宁省发展和改革委员会 辽宁省财政厅关于安全生产考试收费标准的通知》（辽发改收费〔2024〕35号）'], authority: PROVINCIAL_PRICE, approval: '辽发改收费〔2024〕35号', collector: '辽宁省安全生产考试中心', division: LIAONING, level: 'provincial', validFrom: '2024-07-01', validTo: '2029-06-30' },
    { code: 'LN-YJ-02', name: '特种作业操作证考试费（实际操作）', amount: '150.00', unit: '元/人·次', upTo: true, basis: ['《辽宁省发展和改革委员会 辽宁省财政厅关于安全生产考试收费标准的通知》（辽发改收费〔2024〕35号）'], authority: PROVINCIAL_PRICE, approval: '辽发改收费〔2024〕35号', collector: '辽宁省安全生产考试中心', division: LIAONING, level: 'provincial', validFrom: '2024-07-01', validTo: '2029-06-30' },
    { code: 'LN-YJ-00', name: '安全生产资格考试费（2019年标准）', amount: '80.00', unit: '元/人·次', basis: ['《辽宁省物价局 辽宁省财政厅关于安全生产考试收费标准的通知》（辽价发〔2019〕21号）'], authority: '辽宁省物价局、辽宁省财政厅', approval: '辽价发〔2019〕21号', collector: '辽宁省安全生产考试中心', division: LIAONING, level: 'provincial', validFrom: '2019-05-01', validTo: '2024-06-30' },
  ],
  'ln-zhangwu': [
    { name: '不动产登记费（住宅类）', amount: '80.00', unit: '元/件', basis: ['《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）'], authority: '国家发展改革委、财政部', approval: '发改价格规〔2016〕2559号', collector: '彰武县不动产登记中心', division: ZHANGWU, level: 'county', validFrom: '2024-01-01' },
    { name: '不动产登记费（非住宅类）', amount: '550.00', unit: '元/件', basis: ['《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）'], authority: '国家发展改革委、财政部', approval: '发改价格规〔2016〕2559号', collector: '彰武县不动产登记中心', division: ZHANGWU, level: 'county', validFrom: '2024-01-01' },
    { name: '不动产权属证书工本费', amount: '10.00', unit: '元/本', description: '核发一本证书免收，每增加一本加收', basis: ['《财政部 国家发展改革委关于不动产登记收费有关政策问题的通知》（财税〔2016〕79号）'], authority: '财政部、国家发展改革委', collector: '彰武县不动产登记中心', division: ZHANGWU, level: 'county', validFrom: '2024-01-01' },
    { name: '居民身份证工本费', amount: '20.00', unit: '元/证', description: '申领、换领；临时身份证10元/证', basis: ['《财政部 国家发展改革委关于居民身份证收费标准及有关问题的通知》（财综〔2007〕34号）'], authority: '财政部、国家发展改革委', collector: '彰武县公安局', division: ZHANGWU, level: 'county', validFrom: '2024-01-01' },
    { name: '城镇垃圾处理费（居民）', amount: '5.00', unit: '元/户·月', basis: ['《辽宁省发展和改革委员会 辽宁省住房和城乡建设厅关于城镇生活垃圾处理收费有关问题的通知》', '《彰武县城镇垃圾处理费征收管理办法》'], authority: '彰武县发展和改革局', collector: '彰武县住房和城乡建设局', division: ZHANGWU, level: 'county', validFrom: '2025-07-01', validTo: '2028-06-30' },
    { name: '城镇垃圾处理费（非居民，旧标准）', amount: '18.00', unit: '元/立方米', basis: ['《彰武县物价局关于城镇垃圾处理费标准的通知》（彰价发〔2018〕6号）'], authority: '彰武县物价局', approval: '彰价发〔2018〕6号', collector: '彰武县住房和城乡建设局', division: ZHANGWU, level: 'county', validFrom: '2018-07-01', validTo: '2025-06-30' },
    { name: '城市道路临时占用费', amount: '1.50', unit: '元/平方米·日', upTo: true, basis: ['《彰武县城市道路临时占用收费标准》（彰价发〔2020〕3号）'], authority: '彰武县发展和改革局', collector: '彰武县城市管理综合行政执法局', division: ZHANGWU, level: 'county', validFrom: '2020-05-01', withdrawn: '该收费项目已按《辽宁省财政厅 辽宁省发展和改革委员会关于取消部分行政事业性收费项目的通知》（辽财非税〔2025〕8号）取消。' },
  ],
  'ln-zhangwu-hrt': [
    { name: '农村生活垃圾处理费', amount: '60.00', unit: '元/户·年', description: '低保户、特困供养户免收', basis: ['《彰武县农村生活垃圾治理收费指导意见》（彰政办发〔2023〕21号）'], authority: '彰武县人民政府', approval: '彰政办发〔2023〕21号', collector: '哈尔套镇人民政府', division: HARTAO, level: 'township', validFrom: '2024-01-01', validTo: '2026-12-31' },
    { name: '农村宅基地使用证工本费', amount: '5.00', unit: '元/本', description: '按证书本数收取', basis: ['《辽宁省物价局 辽宁省财政厅关于规范国土资源部门收费的通知》（辽价发〔2017〕45号）'], authority: PROVINCIAL_PRICE, approval: '辽价发〔2017〕45号', collector: '哈尔套镇自然资源所', division: village(0), level: 'village', validFrom: '2025-01-01', validTo: '2027-12-31' },
    ...[0, 1, 2].map((n): FeePlan => ({ name: '农村集中供水水费', amount: n === 2 ? '2.80' : '2.50', unit: '元/立方米', description: '村集中供水工程，按水表计量', basis: ['《彰武县农村饮水安全工程水价核定办法》'], authority: '彰武县发展和改革局', collector: `${village(n).name}供水管理站`, division: village(n), level: 'village', validFrom: '2026-01-01', validTo: '2028-12-31' })),
    { name: '农村集中供水水费（2023年标准）', amount: '2.00', unit: '元/立方米', basis: ['《彰武县农村饮水安全工程水价核定办法》'], authority: '彰武县发展和改革局', collector: `${village(0).name}供水管理站`, division: village(0), level: 'village', validFrom: '2023-01-01', validTo: '2025-12-31' },
    ...[3, 4].map((n): FeePlan => ({ name: '小型农田水利工程灌溉水费', amount: '15.00', unit: '元/亩·年', basis: ['《辽宁省农业水价综合改革实施方案》', '《彰武县农业水价核定方案》'], authority: '彰武县发展和改革局', collector: `${village(n).name}农民用水协会`, division: village(n), level: 'village', validFrom: '2025-04-01', validTo: '2027-12-31' })),
  ],
};

function feesOf(p: Profile): DatasetFee[] {
  const rng = rngFor(`${p.department.id}:fees`);
  return (FEES[p.department.id] ?? []).map((plan, i): DatasetFee => {
    const publishedOn = weekdayBetween(rng, plan.validFrom > EARLIEST ? addDays(plan.validFrom, -10) : EARLIEST, plan.validFrom > EARLIEST ? addDays(plan.validFrom, 3) : '2024-01-31');
    const fee: DatasetFee['fee'] = {
      id: `${p.department.id}:fee-${String(i + 1).padStart(4, '0')}`,
      ...(plan.code ? { code: plan.code } : {}),
      name: plan.name,
      standard: { amount: plan.amount, unit: plan.unit, ...(plan.upTo ? { upTo: true } : {}), ...(plan.description ? { description: plan.description } : {}) },
      legalBasis: plan.basis,
      approvingAuthority: plan.authority,
      ...(plan.approval ? { approvalDocumentNumber: plan.approval } : {}),
      collectingBody: plan.collector,
      division: plan.division,
      level: plan.level,
      validFrom: plan.validFrom,
      ...(plan.validTo ? { validTo: plan.validTo } : {}),
      publishedAt: at(publishedOn, officeMinutes(rng)),
    };
    return { fee, ...(plan.withdrawn ? { withdrawal: { at: at('2025-03-14', 600), reason: plan.withdrawn } } : {}) };
  });
}

// ---------------------------------------------------------------------------------------------
// Alerts: CAP-mappable warnings; active ones run past mid-2027 so a demo still shows them
// ---------------------------------------------------------------------------------------------

interface AlertPlan {
  type: DatasetAlert['alert']['type'];
  event: string;
  severity: Severity;
  headline: string;
  description: string;
  instructions: string;
  areas: Division[];
  issuedAt: string;
  expiresAt: string;
  updates?: { at: string; severity: Severity; headline: string; description: string; expiresAt?: string }[];
  cancellation?: { at: string; reason: string };
}

const CITY = (code: string, name: string): Division => ({ code, name });
const FUXIN = CITY('210900', '阜新市');
const CHAOYANG = CITY('211300', '朝阳市');
const JINZHOU = CITY('210700', '锦州市');
const HULUDAO = CITY('211400', '葫芦岛市');
const DANDONG = CITY('210600', '丹东市');
const DALIAN = CITY('210200', '大连市');
const SHENYANG = CITY('210100', '沈阳市');

const ALERTS: Record<string, { sender: string; contact: string; plans: AlertPlan[] }> = {
  'ln-emergency': {
    sender: '辽宁省应急管理厅', contact: '省应急管理厅值班室 024-22030000',
    plans: [
      { type: 'naturalDisaster', event: '森林火险', severity: 'blue', headline: '辽宁省2026—2027年度森林草原防火期森林火险蓝色预警', description: '2026年10月1日至2027年6月30日为全省森林草原防火期。入冬以来全省降水偏少，林下可燃物载量较大，森林草原火险等级总体偏高。', instructions: '防火期内严禁野外用火，严禁携带火种进入林区；发现火情立即拨打12119报警。', areas: [LIAONING], issuedAt: '2026-10-01T09:00:00+08:00', expiresAt: '2027-07-01T00:00:00+08:00' },
      { type: 'accidentDisaster', event: '安全生产风险', severity: 'yellow', headline: '今冬明春全省安全生产重大风险黄色预警', description: '今冬明春全省进入供暖期和冬季施工期，燃气、危险化学品、建筑施工等领域事故风险上升。', instructions: '各地区、各有关单位要严格落实安全生产责任，开展燃气、危化品、冬季施工隐患排查整治，遇险情及时报告。', areas: [LIAONING], issuedAt: '2026-11-10T10:00:00+08:00', expiresAt: '2027-07-15T00:00:00+08:00' },
      { type: 'naturalDisaster', event: '暴雨', severity: 'orange', headline: '辽宁省发布暴雨橙色预警', description: '受强降雨云团影响，预计未来24小时朝阳、阜新、锦州、葫芦岛等地有大暴雨，局地特大暴雨，累计降水量150～250毫米。', instructions: '启动防汛Ⅱ级应急响应，做好山洪、地质灾害和城市内涝防范，及时转移危险区域群众。', areas: [CHAOYANG, FUXIN, JINZHOU, HULUDAO], issuedAt: '2025-07-28T16:00:00+08:00', expiresAt: '2025-07-31T20:00:00+08:00',
        updates: [{ at: '2025-07-29T06:00:00+08:00', severity: 'red', headline: '辽宁省暴雨预警升级为红色', description: '过去12小时朝阳、葫芦岛局地降水已超过200毫米，预计强降雨持续，部分中小河流将出现超警洪水。', expiresAt: '2025-08-01T08:00:00+08:00' }] },
      { type: 'naturalDisaster', event: '寒潮', severity: 'blue', headline: '辽宁省发布寒潮蓝色预警', description: '受强冷空气影响，全省大部地区气温将下降8～10℃，并伴有5～6级偏北风。', instructions: '注意防寒保暖，做好供暖设施运行保障，农业设施做好防冻。', areas: [LIAONING], issuedAt: '2025-11-18T10:00:00+08:00', expiresAt: '2025-11-21T10:00:00+08:00' },
      { type: 'naturalDisaster', event: '暴雪', severity: 'orange', headline: '辽宁省发布暴雪橙色预警', description: '预计未来24小时沈阳、辽阳、本溪、丹东等地有大到暴雪，局地大暴雪，积雪深度10～20厘米。', instructions: '停止户外集会和高空作业，做好道路清雪防滑和设施大棚加固。', areas: [SHENYANG, DANDONG], issuedAt: '2024-11-09T17:00:00+08:00', expiresAt: '2024-11-11T17:00:00+08:00' },
      { type: 'naturalDisaster', event: '大风', severity: 'yellow', headline: '辽宁省沿海海域大风黄色预警', description: '预计大连、丹东沿海海域将出现8～9级、阵风10级的偏北大风。', instructions: '海上作业船只回港避风，沿海景区暂停海上游乐项目。', areas: [DALIAN, DANDONG], issuedAt: '2025-04-12T08:00:00+08:00', expiresAt: '2025-04-13T20:00:00+08:00' },
      { type: 'naturalDisaster', event: '台风', severity: 'orange', headline: '辽宁省台风橙色预警', description: '今年第9号台风预计将影响我省东南部地区，丹东、大连将出现暴雨和9～10级大风。', instructions: '做好人员转移、船只回港和城市防涝准备。', areas: [DALIAN, DANDONG], issuedAt: '2025-08-19T15:00:00+08:00', expiresAt: '2025-08-22T15:00:00+08:00',
        cancellation: { at: '2025-08-21T09:00:00+08:00', reason: '台风提前转向减弱，对我省影响结束，解除台风橙色预警。' } },
      { type: 'accidentDisaster', event: '危险化学品泄漏', severity: 'red', headline: '盘锦市某化工企业储罐泄漏事故红色预警', description: '一化工企业储罐发生有毒气体泄漏，周边3公里范围内空气质量受影响。', instructions: '周边居民关闭门窗，听从现场指挥部指令有序撤离，勿靠近事故现场。', areas: [CITY('211100', '盘锦市')], issuedAt: '2024-06-12T11:30:00+08:00', expiresAt: '2024-06-13T11:30:00+08:00' },
    ],
  },
  'ln-zhangwu': {
    sender: '彰武县人民政府', contact: '彰武县应急管理局 0418-7000000',
    plans: [
      { type: 'naturalDisaster', event: '森林火险', severity: 'orange', headline: '彰武县2026—2027年度森林防火戒严期森林火险橙色预警', description: '我县章古台、阿尔乡等地樟子松人工林面积大，秋冬季干燥多风，森林火险等级高。', instructions: '戒严期内林区严禁一切野外用火，进入林区须登记检查；发现火情拨打12119。', areas: [ZHANGWU], issuedAt: '2026-10-15T09:00:00+08:00', expiresAt: '2027-07-01T00:00:00+08:00',
        updates: [{ at: '2026-11-02T09:00:00+08:00', severity: 'orange', headline: '彰武县森林防火戒严期森林火险橙色预警（更新）', description: '近期持续大风少雨，哈尔套、大四家子等乡镇火险等级进一步升高，增设检查站12处。' }] },
      { type: 'naturalDisaster', event: '沙尘暴', severity: 'yellow', headline: '彰武县发布沙尘暴黄色预警', description: '受蒙古气旋影响，预计未来12小时我县将出现沙尘暴天气，能见度小于1000米。', instructions: '减少户外活动，关好门窗，驾车减速慢行。', areas: [ZHANGWU], issuedAt: '2025-04-05T07:00:00+08:00', expiresAt: '2025-04-05T20:00:00+08:00' },
      { type: 'naturalDisaster', event: '暴雨', severity: 'red', headline: '彰武县发布暴雨红色预警', description: '过去3小时我县西部降水量已达100毫米以上，柳河、养息牧河水位快速上涨。', instructions: '沿河低洼地区群众立即转移，停止一切户外作业，严禁涉水通行。', areas: [ZHANGWU, HARTAO], issuedAt: '2024-08-19T21:00:00+08:00', expiresAt: '2024-08-21T08:00:00+08:00' },
      { type: 'naturalDisaster', event: '寒潮', severity: 'blue', headline: '彰武县发布寒潮蓝色预警', description: '预计未来48小时我县最低气温将降至零下24℃，伴有5级偏北风。', instructions: '注意防寒保暖，畜禽棚舍做好防冻，供热单位加强运行保障。', areas: [ZHANGWU], issuedAt: '2026-01-08T16:00:00+08:00', expiresAt: '2026-01-11T08:00:00+08:00' },
      { type: 'naturalDisaster', event: '冰雹', severity: 'yellow', headline: '彰武县发布冰雹黄色预警', description: '预计未来6小时哈尔套镇、五峰镇等地将出现冰雹，伴有雷雨大风。', instructions: '人员转移到安全场所，农户做好大棚加固。', areas: [HARTAO, CITY('210922107', '五峰镇')], issuedAt: '2026-06-21T13:30:00+08:00', expiresAt: '2026-06-21T20:30:00+08:00',
        cancellation: { at: '2026-06-21T17:00:00+08:00', reason: '强对流天气已移出我县，解除冰雹黄色预警。' } },
    ],
  },
};

function alertsOf(p: Profile): DatasetAlert[] {
  const spec = ALERTS[p.department.id];
  if (!spec) return [];
  const sorted = [...spec.plans].sort((a, b) => compare(a.issuedAt, b.issuedAt));
  const perYear = new Map<string, number>();
  return sorted.map((plan): DatasetAlert => {
    const year = plan.issuedAt.slice(0, 4);
    const n = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, n);
    const alert: DatasetAlert['alert'] = {
      id: `${p.department.id}:alert-${year}-${String(n).padStart(4, '0')}`,
      type: plan.type, event: plan.event, severity: plan.severity, headline: plan.headline, description: plan.description,
      instructions: plan.instructions, areas: plan.areas, issuedAt: plan.issuedAt, effectiveAt: plan.issuedAt, expiresAt: plan.expiresAt,
      sender: spec.sender, contact: spec.contact,
    };
    const { issuedAt: _issuedAt, ...base } = alert;
    const updates = (plan.updates ?? []).map((u) => ({
      at: u.at,
      alert: { ...base, severity: u.severity, headline: u.headline, description: u.description, expiresAt: u.expiresAt ?? plan.expiresAt },
    }));
    return { alert, ...(updates.length ? { updates } : {}), ...(plan.cancellation ? { cancellation: plan.cancellation } : {}) };
  });
}

// ---------------------------------------------------------------------------------------------
// Feedback (民意诉求 / 好差评)
// ---------------------------------------------------------------------------------------------

interface FeedbackPlan {
  kind: FeedbackKind;
  subject: string;
  content: string;
  /** No reply yet: the feedback is still being handled at the reference date. */
  reply?: string;
  by?: string;
  rating?: [Satisfaction, string?];
  /** The submitter did not allow publication (their question and the reply stay unpublished). */
  private?: boolean;
  anonymous?: boolean;
}

const FEEDBACK: Record<string, FeedbackPlan[]> = {
  'ln-finance': [
    { kind: 'consultation', subject: '部门预算公开时间咨询', content: '请问省直部门2026年部门预算什么时候在网上公开？在哪个栏目可以查到？', reply: '您好，根据《中华人民共和国预算法》规定，部门预算在本级人大批复后20日内向社会公开。省直部门部门预算已于2月上旬在各部门门户网站“财政预决算”栏目及省财政厅网站“预决算公开”专栏集中公开，欢迎查阅。', by: '辽宁省财政厅预算处', rating: [5] },
    { kind: 'consultation', subject: '会计专业技术资格考试考务费标准', content: '请问今年初级会计职称考试每科的考务费是多少？是否有减免政策？', reply: '您好，我省会计专业技术资格考试考务费标准为每人每科50元，依据辽发改收费〔2023〕112号文件执行，目前无减免政策。', by: '辽宁省财政厅会计处', rating: [4] },
    { kind: 'complaint', subject: '政府采购项目质疑迟迟未获答复', content: '我公司参加了某医院医疗设备采购项目，已于上月向采购代理机构提交书面质疑函，至今超过7个工作日未获答复，请财政部门督促处理。', reply: '您好，经核实，该采购代理机构未在法定期限内答复质疑，我厅已责令其限期答复，并将依据《政府采购质疑和投诉办法》对其违规行为依法处理。', by: '辽宁省财政厅政府采购监管处', rating: [2, '只说责成答复，没有说明具体时限和处理结果。'] },
    { kind: 'suggestion', subject: '建议预算公开表格提供可下载的表格文件', content: '目前部门预算公开表格都是PDF格式，不便于研究分析，建议同时提供Excel或CSV等可机读格式。', reply: '感谢您的建议。自2026年起，省本级预算公开表格将同步提供可机读格式下载。', by: '辽宁省财政厅预算处', rating: [5, '采纳很快，点赞。'] },
    { kind: 'report', subject: '举报某单位违规发放津贴补贴', content: '反映某省直事业单位2025年以加班费名义违规发放津贴补贴，涉及全体职工，请予以核查。', reply: '您反映的问题已转交省财政厅监督评价局依法核查，核查结果将按规定反馈。', by: '辽宁省财政厅监督评价局', private: true },
    { kind: 'praise', subject: '表扬会计资格评价中心工作人员', content: '我在办理会计资格证书补办时，工作人员耐心细致地讲解流程，当天就办结了，特此表扬。', reply: '感谢您的肯定！我们将继续提升服务质量。', by: '辽宁省财政厅会计资格评价中心', rating: [5] },
    { kind: 'help', subject: '耕地地力保护补贴未到账', content: '我是阜新市彰武县农户，2025年耕地地力保护补贴一直没有到账，请帮忙查询。', reply: '您好，经与彰武县财政局核实，您的补贴资金因银行账户信息有误退回，现已更正并于近日重新发放，请注意查收。', by: '辽宁省财政厅农业农村处', rating: [3, '钱到了，但等得太久。'] },
    { kind: 'consultation', subject: '专项债券信息在哪里查询', content: '请问我省新增专项债券的项目信息和资金使用情况在哪个平台可以查询？' },
  ],
  'ln-ndrc': [
    { kind: 'complaint', subject: '小区供暖费收费标准高于政府定价', content: '我所在小区供热公司按每平方米32元收取供暖费，高于政府定价，多次反映无果。', reply: '您好，已转请属地价格主管部门核查。经查，该供热企业收费标准符合当地政府定价，因含二次加压费用，已要求企业向住户做好解释和公示。', by: '辽宁省发展和改革委员会价格处', rating: [1, '投诉两周才回复，说法和企业一样，问题没有解决。'] },
    { kind: 'consultation', subject: '企业投资项目备案流程咨询', content: '我公司计划在沈阳投资建设一个仓储项目，请问是否需要核准，备案需要哪些材料？', reply: '您好，该类项目实行备案管理，可通过辽宁省投资项目在线审批监管平台在线填报备案信息，无需提交纸质材料。', by: '辽宁省发展和改革委员会投资处', rating: [5] },
    { kind: 'suggestion', subject: '建议延续家电以旧换新补贴政策', content: '以旧换新补贴政策很受欢迎，建议明年继续实施并扩大品类。', reply: '感谢您的建议，我委将结合国家政策安排研究后续工作。', by: '辽宁省发展和改革委员会消费处', rating: [4] },
    { kind: 'consultation', subject: '省重大项目清单何时公布', content: '请问2026年省重大项目清单什么时候公布？', reply: '您好，2026年省重大项目清单已于2月下旬在我委门户网站“重大建设项目”栏目公布。', by: '辽宁省发展和改革委员会办公室', rating: [4] },
    { kind: 'report', subject: '举报某项目未批先建', content: '举报某县工业园区一化工项目未取得核准即开工建设。', reply: '已转项目所在地发展改革部门依法核查处理。', by: '辽宁省发展和改革委员会投资处', private: true, anonymous: true },
    { kind: 'help', subject: '以工代赈项目务工报酬拖欠', content: '我在以工代赈项目务工3个月，劳务报酬至今没有发放，请帮助协调。', reply: '您好，经协调项目所在地，拖欠的劳务报酬已于本周足额发放。', by: '辽宁省发展和改革委员会以工代赈办', rating: [3] },
    { kind: 'praise', subject: '表扬价格举报热线工作人员', content: '价格举报热线工作人员处理及时，我反映的问题三天就解决了。', reply: '感谢您对我们工作的支持！', by: '辽宁省发展和改革委员会办公室', rating: [5] },
    { kind: 'complaint', subject: '网约车价格调整听证信息未公开', content: '网约车运价调整的听证会信息在网站上找不到，请公开听证材料。' },
  ],
  'ln-housing': [
    { kind: 'consultation', subject: '租房提取住房公积金的条件', content: '我在沈阳租房，没有办理租赁备案，能否提取住房公积金？每月最多能提取多少？', reply: '您好，无房职工租住商品住房的，可凭本人身份证明申请提取住房公积金，无需提供租赁备案。提取额度按当地公积金管理中心规定执行，沈阳市每人每月最高可提取1500元。', by: '辽宁省住房和城乡建设厅住房公积金监管处', rating: [5] },
    { kind: 'consultation', subject: '公积金贷款额度咨询', content: '夫妻双方都缴存住房公积金，首套房公积金贷款最高可以贷多少？', reply: '您好，公积金贷款额度由各市住房公积金管理中心确定。请向缴存地管理中心咨询，或登录当地公积金中心网站使用贷款额度计算器。', by: '辽宁省住房和城乡建设厅住房公积金监管处', rating: [4] },
    { kind: 'complaint', subject: '物业公司未按合同提供服务', content: '我们小区物业公司长期不清理垃圾，电梯经常故障，业主多次投诉无果。', reply: '您好，已转交属地住房和城乡建设部门督促物业企业整改，并纳入物业服务企业信用考核。', by: '辽宁省住房和城乡建设厅房地产市场监管处', rating: [2, '转给区里就结束了，问题还在。'] },
    { kind: 'help', subject: '老旧小区改造后楼顶漏水', content: '我家所在楼去年进行了老旧小区改造，今年雨季顶楼漏水严重，请帮忙协调维修。', reply: '您好，已协调施工单位在保修期内对屋面防水进行了返修，经回访已不再漏水。', by: '辽宁省住房和城乡建设厅城市建设处', rating: [5, '维修及时。'] },
    { kind: 'suggestion', subject: '建议公积金异地转移接续全程网办', content: '建议住房公积金异地转移接续实现全程网上办理，减少跑腿。', reply: '感谢您的建议。目前全省已通过全国住房公积金小程序实现异地转移接续“跨省通办”。', by: '辽宁省住房和城乡建设厅住房公积金监管处', rating: [5] },
    { kind: 'complaint', subject: '开发商延期交房', content: '我购买的商品房合同约定2025年6月交房，至今未交付，开发商也不给说法。', reply: '您好，该项目已列入保交楼专项工作，属地政府已成立工作专班，预计明年上半年交付。', by: '辽宁省住房和城乡建设厅房地产市场监管处', rating: [1, '没有明确交房时间，也没有赔偿方案。'], private: true },
    { kind: 'report', subject: '举报建筑工地夜间违规施工', content: '某工地连续一周夜间施工到凌晨，噪声扰民。', reply: '已转属地城市管理综合行政执法部门依法查处。', by: '辽宁省住房和城乡建设厅办公室', anonymous: true },
    { kind: 'praise', subject: '表扬燃气安全检查工作', content: '燃气公司入户安全检查认真负责，帮我们更换了老化软管。', reply: '感谢您的肯定，我们将持续做好城镇燃气安全工作。', by: '辽宁省住房和城乡建设厅城市建设处', rating: [4] },
    { kind: 'consultation', subject: '公租房申请条件咨询', content: '请问在沈阳工作但户籍在外省的职工，是否可以申请省直公租房？需要提供哪些材料？' },
  ],
  'ln-emergency': [
    { kind: 'report', subject: '举报加油站违规储存油品', content: '举报某加油站在后院违规储存大量桶装汽油，存在安全隐患。', reply: '已转交属地应急管理部门现场核查，责令其立即清理并依法处罚。', by: '辽宁省应急管理厅危险化学品安全监督管理处', private: true },
    { kind: 'consultation', subject: '特种作业操作证复审', content: '我的电工作业操作证明年到期，请问如何复审？', reply: '您好，特种作业操作证每3年复审一次，可在有效期届满前60日内通过“辽宁省特种作业人员考核管理系统”申请复审。', by: '辽宁省安全生产考试中心', rating: [5] },
    { kind: 'suggestion', subject: '建议增设应急避难场所指示牌', content: '我们社区附近有应急避难场所，但周边没有任何指示标识，建议增设。', reply: '感谢您的建议，已通知属地应急管理部门在避难场所周边增设指示标识。', by: '辽宁省应急管理厅风险监测和综合减灾处', rating: [4] },
    { kind: 'complaint', subject: '安全生产许可证审批超时', content: '我公司提交危险化学品安全生产许可证延期申请已超过45个工作日，仍未办结。', reply: '您好，经核查，因申请材料需补正，审批时限自补正材料齐全之日起计算，目前已办结并送达。', by: '辽宁省应急管理厅行政审批处', rating: [2, '补正要求一开始没有一次性告知。'] },
    { kind: 'help', subject: '暴雨后房屋受损如何申请救助', content: '今年暴雨后我家房屋倒塌，请问如何申请灾后重建补助？', reply: '您好，请向所在村（居）委会提出申请，经乡镇审核、县级应急管理部门审批后发放倒损民房恢复重建补助。', by: '辽宁省应急管理厅救灾和物资保障处', rating: [5] },
    { kind: 'consultation', subject: '森林防火期能否上坟烧纸', content: '清明节期间在林区附近上坟，能不能烧纸？', reply: '您好，森林防火期内严禁在林区及周边野外用火，提倡鲜花祭扫、网络祭扫等文明祭扫方式。', by: '辽宁省应急管理厅火灾防治管理处', rating: [3] },
    { kind: 'praise', subject: '表扬防汛抢险救援队伍', content: '暴雨期间救援队连夜转移我们全村群众，特此表扬。', reply: '感谢您的肯定，保障人民群众生命安全是我们的职责。', by: '辽宁省应急管理厅办公室', rating: [5] },
    { kind: 'report', subject: '举报企业安全培训走过场', content: '我所在的企业新员工没有经过三级安全教育就直接上岗。' },
  ],
  'ln-zhangwu': [
    { kind: 'complaint', subject: '城区供暖温度不达标', content: '我家住彰武镇某小区，入冬以来室内温度只有14度，远低于18度标准。', reply: '您好，经县住房和城乡建设局协调，供热公司已对该小区管网进行排气和调压，目前室温已达标。', by: '彰武县住房和城乡建设局', rating: [1, '回复说达标了，实际还是不热。'] },
    { kind: 'help', subject: '申请低保需要哪些材料', content: '我家只有我和老伴，都有病，没有收入，怎么申请低保？', reply: '您好，可向户籍所在地乡镇人民政府（街道办事处）提出申请，提供身份证、户口簿和家庭收入情况说明，乡镇将在5个工作日内入户调查。', by: '彰武县民政局', rating: [5, '工作人员主动上门帮办。'] },
    { kind: 'consultation', subject: '征地补偿标准咨询', content: '我村土地被征收用于修路，请问补偿标准是多少？', reply: '您好，我县执行《辽宁省征地区片综合地价标准》，具体补偿安置方案已在征收土地补偿安置方案公告中公布。', by: '彰武县自然资源局', rating: [3] },
    { kind: 'suggestion', subject: '建议县城增设公共停车位', content: '县城中心区停车难，建议利用闲置地块增设公共停车场。', reply: '感谢您的建议，县住房和城乡建设局已将新建两处公共停车场纳入明年城建计划。', by: '彰武县住房和城乡建设局', rating: [4] },
    { kind: 'complaint', subject: '道路施工扬尘严重', content: '北环路施工现场没有洒水降尘，附近居民深受其害。', reply: '已责令施工单位落实洒水、覆盖等降尘措施，并对其进行了约谈。', by: '彰武县城市管理综合行政执法局', rating: [2] },
    { kind: 'report', subject: '举报非法采砂', content: '举报柳河某段夜间有人非法采砂。', reply: '县水利局会同公安部门已依法查处，暂扣采砂设备2台。', by: '彰武县水利局', private: true, anonymous: true },
    { kind: 'praise', subject: '表扬县政务服务中心', content: '在县政务服务中心办理营业执照，一个窗口就办完了，效率很高。', reply: '感谢您的肯定！', by: '彰武县营商环境建设局', rating: [5] },
    { kind: 'consultation', subject: '义务教育入学咨询', content: '孩子明年上小学，户籍在乡镇，在县城租房居住，能否在县城就近入学？', reply: '您好，随迁子女凭租房合同和居住证明可在居住地学区申请入学，具体以当年招生工作方案为准。', by: '彰武县教育局', rating: [5] },
    { kind: 'help', subject: '村道冬季清雪', content: '通往我村的道路积雪一直没人清理，老人看病出行困难。' },
  ],
  'ln-zhangwu-hrt': [
    { kind: 'help', subject: '村道积雪清理', content: '东村通往镇里的村道积雪很厚，请镇里安排清雪。', reply: '镇政府已安排铲车对东村村道进行了清雪。', by: '哈尔套镇人民政府', rating: [5] },
    { kind: 'consultation', subject: '宅基地审批咨询', content: '我家想翻建房屋，宅基地审批需要什么手续？', reply: '您好，请向村委会提出书面申请，经村民代表会议讨论通过后报镇政府审批，镇政府自受理之日起20个工作日内办结。', by: '哈尔套镇自然资源所', rating: [4] },
    { kind: 'complaint', subject: '耕地地力保护补贴金额有误', content: '我家承包地12亩，今年补贴只按10亩发放。', reply: '经核实，您家有2亩地已调整为林地，不属于补贴范围。', by: '哈尔套镇农业综合服务中心', rating: [2, '地类调整没人通知过我们。'] },
    { kind: 'suggestion', subject: '建议在村主路安装路灯', content: '西村主路没有路灯，晚上出行不安全，建议安装路灯。', reply: '已将西村路灯安装纳入今年村内基础设施建设项目。', by: '哈尔套镇人民政府', rating: [5] },
    { kind: 'consultation', subject: '农村低保申请条件', content: '请问农村低保的收入标准是多少？', reply: '您好，我县农村低保标准为每人每年6840元，家庭人均收入低于该标准且符合财产条件的可申请。', by: '哈尔套镇社会事务办', private: true },
    { kind: 'consultation', subject: '高标准农田建设范围', content: '今年高标准农田项目包括我们村吗？' },
  ],
};

function feedbackOf(p: Profile): DatasetFeedback[] {
  const rng = rngFor(`${p.department.id}:feedback`);
  const plans = FEEDBACK[p.department.id] ?? [];
  const dated = plans.map((plan, i) => {
    const open = plan.reply === undefined;
    const on = open ? weekdayAfter(rng, REFERENCE_DATE, -6, -1) : weekdayBetween(rng, '2024-03-01', addDays(REFERENCE_DATE, -40));
    return { plan, i, submittedAt: at(on, rng.int(420, 1320)) };
  });
  dated.sort((a, b) => compare(a.submittedAt, b.submittedAt) || a.i - b.i);
  const perYear = new Map<string, number>();
  return dated.map(({ plan, submittedAt }): DatasetFeedback => {
    const year = submittedAt.slice(0, 4);
    const n = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, n);
    const name = personName(rng);
    const submission: DatasetFeedback['submission'] = {
      departmentId: p.department.id, kind: plan.kind, subject: plan.subject, content: plan.content,
      submitter: plan.anonymous ? { realName: false } : { realName: true, name, phone: `1${rng.pick(['38', '39', '35', '58', '86'])}${String(rng.int(0, 99_999_999)).padStart(8, '0')}` },
      publishConsent: !plan.private,
    };
    const base = dayNumber(submittedAt.slice(0, 10));
    const step = (days: number, minutes: number) => at(dateOf(base + days), minutes);
    const stages: NonNullable<DatasetFeedback['stages']> = [{ stage: 'accepted', at: step(1, 540) }, { stage: 'dispatched', at: step(1, 600) }, { stage: 'handling', at: step(2, 570) }];
    if (plan.reply === undefined) {
      const handling = stages.filter((s) => s.at.slice(0, 10) <= REFERENCE_DATE);
      return { id: `${p.department.id}:fb-${year}-${String(n).padStart(6, '0')}`, submittedAt, submission, stages: handling };
    }
    const replyDay = plan.kind === 'complaint' || plan.kind === 'report' ? rng.int(5, 12) : rng.int(3, 6);
    const replyAt = step(replyDay, officeMinutes(rng));
    stages.push({ stage: 'replied', at: replyAt });
    const bad = plan.rating !== undefined && plan.rating[0] <= 2;
    if (bad || plan.kind === 'complaint') stages.push({ stage: 'supervised', at: step(replyDay + 1, 600), note: '纳入督办，要求承办单位限期整改并反馈。' });
    stages.push({ stage: 'closed', at: step(replyDay + 2, 630) });
    if (plan.rating && !plan.anonymous) stages.push({ stage: 'returnVisited', at: step(replyDay + 4, 660), note: bad ? '已电话回访，群众对处理结果仍不满意，转承办单位整改。' : '已电话回访，群众表示认可。' });
    const rating = plan.rating ? { at: step(replyDay + 5, 700), rating: { level: plan.rating[0], ...(plan.rating[1] ? { comment: plan.rating[1] } : {}) } } : undefined;
    if (rating) stages.push({ stage: 'evaluated', at: rating.at });
    return {
      id: `${p.department.id}:fb-${year}-${String(n).padStart(6, '0')}`,
      submittedAt, submission, stages,
      reply: { at: replyAt, reply: { content: plan.reply, repliedBy: plan.by ?? p.department.name, publish: !plan.private } },
      ...(rating ? { rating } : {}),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Disclosure requests: every status, every outcome of table 3, remedies for table 4
// ---------------------------------------------------------------------------------------------

/** How a request's log runs, in calendar days from the receipt (see the margins at the top). */
type Script =
  | 'received' | 'awaitingSupplement' | 'processing' | 'consulting' | 'consultingAgency' | 'extendedOpen' | 'awaitingFee'
  | 'onTime' | 'late' | 'extended' | 'consulted' | 'supplemented' | 'feePaid' | 'feeUnpaid' | 'noSupplement' | 'withdrawn';

type RemedyKind = 'reconsideration' | 'litigationDirect' | 'litigationAfterReconsideration';
/** Filed this many days after the decision; decided (with a result) this many days after that, or pending. */
type RemedyPlan = [kind: RemedyKind, filedAfter: number, result?: 'upheld' | 'corrected' | 'other', decidedAfter?: number];

interface RequestPlan {
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
}

const r = (dept: string, receivedOn: string, channel: ApplicationChannel, applicant: ApplicantType, script: Script, outcome: ReplyOutcome | undefined, description: string, extra: Partial<RequestPlan> = {}): RequestPlan =>
  ({ dept, receivedOn, channel, applicant, script, outcome, description, ...extra });

const REQUESTS: RequestPlan[] = [
  // 2024
  r('ln-finance', '2024-02-19', 'online', 'naturalPerson', 'onTime', 'granted', '申请公开2023年度辽宁省省级一般公共预算“三公”经费决算明细。', { title: '辽宁省2023年省级决算' }),
  r('ln-finance', '2024-05-13', 'postSigned', 'legalServiceOrganization', 'consulted', 'denied.thirdPartyRights', '申请公开某医院医疗设备政府采购项目中标供应商的投标文件，包括分项报价明细。', { remedies: [['reconsideration', 20, 'upheld', 55]] }),
  r('ln-ndrc', '2024-03-11', 'online', 'commercialEnterprise', 'onTime', 'partial', '申请公开辽宁省2024年重大项目清单，以及各项目总投资、建设单位和联系人信息。'),
  r('ln-ndrc', '2024-07-08', 'email', 'researchInstitution', 'onTime', 'unable.needsCreation', '申请获取2015年至2023年全省各县区固定资产投资按行业交叉统计的汇总表。'),
  r('ln-housing', '2024-04-15', 'inPerson', 'naturalPerson', 'onTime', 'granted', '申请公开沈阳市皇姑区某小区老旧小区改造项目的批复文件和改造内容清单。'),
  r('ln-housing', '2024-09-20', 'online', 'naturalPerson', 'late', 'granted', '申请公开2024年辽宁省住房公积金缴存基数上下限调整的依据文件。'),
  r('ln-emergency', '2024-06-17', 'postSigned', 'naturalPerson', 'onTime', 'denied.enforcementCaseFile', '申请公开对某化工企业生产安全事故调查处理的全部执法案卷，包括询问笔录和现场勘验记录。', { remedies: [['reconsideration', 25, 'upheld', 55], ['litigationAfterReconsideration', 95, 'other', 100]] }),
  r('ln-emergency', '2024-10-14', 'online', 'socialWelfareOrganization', 'onTime', 'denied.securityStability', '申请公开全省危险化学品重大危险源的具体位置、储量和周边防护距离数据库。'),
  r('ln-zhangwu', '2024-03-25', 'inPerson', 'naturalPerson', 'onTime', 'unable.notHeld', '申请公开本人户籍所在村1998年第二轮土地承包合同原件。', { agent: true, remedies: [['reconsideration', 20, 'corrected', 50]] }),
  r('ln-zhangwu', '2024-08-05', 'postUnsigned', 'naturalPerson', 'onTime', 'notProcessed.petition', '要求县政府查处村干部在征地补偿款发放中的违法行为，并书面答复处理结果。'),
  r('ln-zhangwu', '2024-12-16', 'online', 'naturalPerson', 'extended', 'granted', '申请公开彰武县2024年度第二批次城镇建设用地征收土地的批准文件及补偿安置方案。'),
  r('ln-zhangwu-hrt', '2024-05-20', 'oral', 'naturalPerson', 'onTime', 'granted', '申请查看本村2023年村级财务收支明细。'),
  r('ln-finance', '2024-12-23', 'postSigned', 'commercialEnterprise', 'onTime', 'denied.processInformation', '申请公开某省级专项资金分配方案研究过程中各处室的意见和会议记录。'),
  r('ln-ndrc', '2024-11-18', 'online', 'otherOrganization', 'supplemented', 'unable.stillUnclear', '申请公开关于那个项目的所有文件。'),
  r('ln-housing', '2024-11-25', 'fax', 'commercialEnterprise', 'feePaid', 'granted', '申请公开2019年至2024年全省建筑业企业资质审批的全部审查意见书。'),
  // 2025
  r('ln-finance', '2025-01-20', 'online', 'naturalPerson', 'onTime', 'granted', '申请公开辽宁省2025年省对下转移支付预算分地区情况。'),
  r('ln-finance', '2025-03-17', 'email', 'researchInstitution', 'onTime', 'notProcessed.publication', '申请提供《辽宁财政年鉴2024》全书电子版。'),
  r('ln-finance', '2025-06-09', 'online', 'naturalPerson', 'withdrawn', undefined, '申请公开2024年省级政府采购代理机构考核结果。'),
  r('ln-ndrc', '2025-02-17', 'online', 'naturalPerson', 'onTime', 'denied.internalAffairs', '申请公开委机关2024年度干部考核及职务职级晋升的内部审批材料。'),
  r('ln-ndrc', '2025-05-12', 'postSigned', 'commercialEnterprise', 'consulted', 'partial', '申请公开彰武县阿尔乡200兆瓦风电场项目核准申请报告及附件。'),
  r('ln-ndrc', '2025-09-26', 'online', 'naturalPerson', 'onTime', 'granted', '申请公开2025年辽宁省城市供热价格调整的定价成本监审报告摘要。'),
  r('ln-housing', '2025-03-10', 'online', 'naturalPerson', 'onTime', 'denied.administrativeQuery', '申请查询本人名下在沈阳市的不动产登记信息。'),
  r('ln-housing', '2025-06-16', 'inPerson', 'naturalPerson', 'onTime', 'notProcessed.repeat', '再次申请公开已于2024年答复过的同一小区老旧小区改造批复文件。'),
  r('ln-housing', '2025-08-11', 'online', 'commercialEnterprise', 'late', 'partial', '申请公开2024年全省建筑施工安全生产监督检查中被通报企业名单及处理情况。'),
  r('ln-emergency', '2025-04-07', 'online', 'naturalPerson', 'onTime', 'granted', 'Request for the full text of the Liaoning forest and grassland fire emergency plan (辽宁省森林草原火灾应急预案).', { passport: true }),
  r('ln-emergency', '2025-06-10', 'email', 'naturalPerson', 'withdrawn', undefined, '申请公开2025年上半年全省生产安全事故统计分析原始数据。'),
  r('ln-emergency', '2025-07-14', 'postSigned', 'legalServiceOrganization', 'extended', 'denied.prohibitedByLaw', '申请公开2024年全省各生产经营单位安全生产统计调查的原始填报资料。'),
  r('ln-emergency', '2025-10-13', 'online', 'naturalPerson', 'onTime', 'notProcessed.confirmOrReissue', '要求对已获取的2024年某事故调查报告加盖公章重新出具，并确认其真实性。'),
  r('ln-zhangwu', '2025-02-24', 'inPerson', 'naturalPerson', 'noSupplement', 'other.noSupplement', '申请公开有关我家房子的文件。'),
  r('ln-zhangwu', '2025-04-21', 'postSigned', 'naturalPerson', 'onTime', 'notProcessed.excessive', '一次性申请公开2000年以来县政府全部常务会议纪要、全部发文及全部财务凭证。'),
  r('ln-zhangwu', '2025-07-07', 'online', 'commercialEnterprise', 'feeUnpaid', 'other.feeUnpaid', '申请公开2015年以来全县所有政府投资建设项目的招标文件、投标文件和施工合同。'),
  r('ln-zhangwu', '2025-12-15', 'online', 'naturalPerson', 'onTime', 'granted', '申请公开彰武县2025年城乡低保资金发放汇总情况。'),
  r('ln-zhangwu', '2025-12-22', 'postSigned', 'socialWelfareOrganization', 'onTime', 'granted', '申请公开2025年彰武县防沙治沙项目资金使用情况。'),
  r('ln-zhangwu-hrt', '2025-05-19', 'inPerson', 'naturalPerson', 'onTime', 'partial', '申请公开2024年本村宅基地审批名单及审批表。'),
  r('ln-zhangwu-hrt', '2025-09-08', 'postUnsigned', 'naturalPerson', 'onTime', 'unable.notHeld', '申请公开彰武县2025年全县耕地地力保护补贴资金分配文件。'),
  r('ln-ndrc', '2025-11-03', 'online', 'researchInstitution', 'onTime', 'denied.stateSecret', '申请公开辽宁省能源安全储备基地的选址规划和储备规模。'),
  r('ln-finance', '2025-12-22', 'online', 'naturalPerson', 'onTime', 'granted', '申请公开2025年辽宁省政府债务限额及余额情况。'),
  // 2026
  r('ln-finance', '2026-03-16', 'online', 'naturalPerson', 'onTime', 'granted', '申请公开辽宁省财政厅2026年部门预算中的项目支出明细。'),
  r('ln-housing', '2026-04-13', 'online', 'naturalPerson', 'onTime', 'other.other', '咨询住房公积金个人住房贷款利率调整后存量贷款如何执行。'),
  r('ln-housing', '2026-07-20', 'online', 'commercialEnterprise', 'onTime', 'partial', '申请公开2026年省级保障性住房建设项目招标结果及中标单位资质材料。', { remedies: [['reconsideration', 30]] }),
  r('ln-ndrc', '2026-06-08', 'postSigned', 'legalServiceOrganization', 'onTime', 'denied.processInformation', '申请公开某抽水蓄能电站项目核准过程中的部门会商意见。', { remedies: [['litigationDirect', 40]] }),
  r('ln-emergency', '2026-03-09', 'online', 'naturalPerson', 'late', 'granted', '申请公开2025年全省自然灾害救灾资金分配明细。'),
  r('ln-emergency', '2026-08-17', 'online', 'naturalPerson', 'consulted', 'granted', '申请公开2026年汛期全省应急物资调拨记录。'),
  r('ln-zhangwu', '2026-05-11', 'online', 'naturalPerson', 'onTime', 'granted', '申请公开彰武县城区集中供热管网改造工程的立项批复和资金来源。'),
  r('ln-zhangwu', '2026-06-15', 'inPerson', 'naturalPerson', 'onTime', 'notProcessed.petition', '要求县政府责令供热公司赔偿2025年供暖不达标损失。', { remedies: [['litigationDirect', 30, 'upheld', 90]] }),
  r('ln-zhangwu-hrt', '2026-03-23', 'inPerson', 'naturalPerson', 'withdrawn', undefined, '申请公开西村2025年村级财务收支明细。'),
  r('ln-zhangwu-hrt', '2026-08-10', 'oral', 'naturalPerson', 'onTime', 'granted', '申请查看2026年上半年本村村级财务收支公开明细。'),
  // Open at the reference date
  r('ln-finance', '2026-11-18', 'online', 'naturalPerson', 'received', undefined, '申请公开2026年省级预算绩效评价结果。'),
  r('ln-zhangwu', '2026-11-19', 'inPerson', 'naturalPerson', 'received', undefined, '申请公开彰武县2026年冬季供暖补贴发放名单。'),
  r('ln-zhangwu-hrt', '2026-11-16', 'postSigned', 'naturalPerson', 'received', undefined, '申请公开哈尔套镇2026年高标准农田建设项目的施工合同。'),
  r('ln-ndrc', '2026-11-12', 'postSigned', 'commercialEnterprise', 'awaitingSupplement', undefined, '申请公开有关光伏项目的审批文件。'),
  r('ln-housing', '2026-11-02', 'online', 'naturalPerson', 'processing', undefined, '申请公开我小区加装电梯的审批文件。'),
  r('ln-finance', '2026-11-05', 'email', 'researchInstitution', 'consulting', undefined, '申请公开2025年省级政府采购框架协议入围供应商的报价。'),
  r('ln-emergency', '2026-11-06', 'online', 'commercialEnterprise', 'consultingAgency', undefined, '申请公开2026年某化工园区整体性安全风险评估报告。'),
  r('ln-housing', '2026-10-26', 'fax', 'legalServiceOrganization', 'extendedOpen', undefined, '申请公开2021年至2026年全省住房公积金个人贷款逾期情况统计。'),
  r('ln-ndrc', '2026-11-04', 'online', 'otherOrganization', 'awaitingFee', undefined, '申请公开2020年以来全省所有企业投资项目的备案信息表。'),
];

interface OutcomeText { reasons: string; articles: string[] }

const REGS = '《中华人民共和国政府信息公开条例》';
const OUTCOME_TEXT: Record<ReplyOutcome, OutcomeText> = {
  granted: { reasons: '经审查，您申请的信息属于公开范围，现予以提供。', articles: [`${REGS}第三十六条第（二）项`] },
  partial: { reasons: '您申请的信息中含有个人信息和商业秘密，公开会对第三方合法权益造成损害，对该部分作区分处理后，其余部分予以公开。', articles: [`${REGS}第十五条`, `${REGS}第三十七条`] },
  'denied.stateSecret': { reasons: '您申请的信息经依法确定为国家秘密，不予公开。', articles: [`${REGS}第十四条`] },
  'denied.prohibitedByLaw': { reasons: '依据《中华人民共和国统计法》第三十九条，统计调查中获得的能够识别或者推断单个统计调查对象身份的资料不得对外提供。', articles: [`${REGS}第十四条`, '《中华人民共和国统计法》第三十九条'] },
  'denied.securityStability': { reasons: '您申请的信息公开后可能危及公共安全和社会稳定，不予公开。', articles: [`${REGS}第十四条`] },
  'denied.thirdPartyRights': { reasons: '所申请信息涉及第三方商业秘密，经书面征求意见，第三方不同意公开，且不公开不会对公共利益造成重大影响。', articles: [`${REGS}第十五条`, `${REGS}第三十二条`] },
  'denied.internalAffairs': { reasons: '您申请的信息属于人事管理等内部事务信息，可以不予公开。', articles: [`${REGS}第十六条第一款`] },
  'denied.processInformation': { reasons: '您申请的信息属于行政机关在履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函等过程性信息，可以不予公开。', articles: [`${REGS}第十六条第二款`] },
  'denied.enforcementCaseFile': { reasons: '您申请的信息属于行政执法案卷信息，可以不予公开。', articles: [`${REGS}第十六条第二款`] },
  'denied.administrativeQuery': { reasons: '您申请的信息属于不动产登记资料查询事项，请依照《不动产登记资料查询暂行办法》向不动产登记机构申请查询。', articles: [`${REGS}第三十六条第（七）项`] },
  'unable.notHeld': { reasons: '经检索查找，本机关未制作或获取您申请的信息。', articles: [`${REGS}第三十六条第（四）项`, `${REGS}第三十六条第（五）项`] },
  'unable.needsCreation': { reasons: '本机关没有现成的按县区、按行业交叉统计的汇总表，提供需要另行制作，不予提供。', articles: [`${REGS}第三十八条`] },
  'unable.stillUnclear': { reasons: '经告知补正，您补正后的申请内容仍不明确，无法确定所需信息，不予提供。', articles: [`${REGS}第三十条`] },
  'notProcessed.petition': { reasons: '您的申请实质是通过政府信息公开申请提出信访、投诉、举报等诉求，不作为政府信息公开申请处理，请通过相应渠道提出。', articles: [`${REGS}第三十九条第一款`] },
  'notProcessed.repeat': { reasons: '您的申请与此前已答复的申请内容相同，本机关不重复处理。', articles: [`${REGS}第三十六条第（六）项`] },
  'notProcessed.publication': { reasons: '您申请的是公开出版物，请通过公开渠道购买或到图书馆查阅。', articles: [`${REGS}第三十九条第二款`] },
  'notProcessed.excessive': { reasons: '您申请公开政府信息的数量、频次明显超过合理范围，且未说明理由，本机关不予处理。', articles: [`${REGS}第三十五条`] },
  'notProcessed.confirmOrReissue': { reasons: '您要求本机关对已获取的政府信息进行确认或重新出具，不属于政府信息公开申请的处理范围。', articles: [`${REGS}第二条`, `${REGS}第三十九条`] },
  'other.noSupplement': { reasons: '本机关已书面告知您补正申请，您无正当理由逾期未补正，视为放弃申请，本机关不再处理。', articles: [`${REGS}第三十条`] },
  'other.feeUnpaid': { reasons: '本机关已向您发出收费通知，您逾期未缴纳信息处理费，视为放弃申请，本机关不再处理。', articles: [`${REGS}第四十二条`, '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）'] },
  'other.other': { reasons: '您提出的问题属于政策咨询，不属于政府信息公开申请，已通过12345政务服务便民热线转相关处室答复。', articles: [`${REGS}第二条`] },
};

const ORGANIZATIONS: Record<Exclude<ApplicantType, 'naturalPerson'>, { names: string[]; prefix: string }> = {
  commercialEnterprise: { names: ['沈阳盛华建筑工程有限公司', '大连海辰新能源科技有限公司', '阜新宏达建设集团有限公司', '辽宁北方测绘地理信息有限公司'], prefix: '912101' },
  researchInstitution: { names: ['辽宁公共政策研究院', '东北区域发展研究中心', '辽宁省城乡规划设计研究院'], prefix: '122100' },
  socialWelfareOrganization: { names: ['辽宁绿野环保公益服务中心', '阜新市青禾社会工作服务中心'], prefix: '522100' },
  legalServiceOrganization: { names: ['辽宁正衡律师事务所', '辽宁明法律师事务所', '阜新市公信法律服务所'], prefix: '312100' },
  otherOrganization: { names: ['彰武县哈尔套镇东村村民委员会', '沈阳市皇姑区某小区业主委员会'], prefix: '542109' },
};

const ID_AREAS = ['210102', '210103', '210105', '210202', '210302', '210902', '210922', '211302'];

function applicantOf(plan: RequestPlan, rng: Rng): Applicant {
  const phone = `1${rng.pick(['38', '39', '35', '58', '86', '51'])}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`;
  const postal = plan.channel.startsWith('post') || plan.dept.startsWith('ln-zhangwu');
  const address = plan.dept.startsWith('ln-zhangwu') ? `辽宁省阜新市彰武县${rng.pick(['彰武镇', '哈尔套镇', '阿尔乡镇'])}${rng.pick(['东村', '西村', '新华街', '文化路'])}${rng.int(1, 99)}号` : `辽宁省沈阳市${rng.pick(['和平区', '沈河区', '皇姑区', '铁西区'])}${rng.pick(['青年大街', '北陵大街', '十一纬路', '南京街'])}${rng.int(1, 300)}号`;
  const contact = {
    phone,
    ...(plan.channel === 'email' || plan.channel === 'online' ? { email: `user${rng.int(1000, 99999)}@example.org` } : {}),
    ...(postal ? { address, postcode: plan.dept.startsWith('ln-zhangwu') ? '123200' : '110000' } : {}),
  };
  if (plan.applicant === 'naturalPerson') {
    if (plan.passport) {
      return { type: 'naturalPerson', name: 'KIM MINJUN（金敏俊）', identityProof: { kind: 'passport', number: `M${rng.int(10_000_000, 99_999_999)}` }, contact };
    }
    const birth = `${rng.int(1955, 2001)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
    return {
      type: 'naturalPerson', name: personName(rng), identityProof: { kind: 'residentIdCard', number: residentId(rng.pick(ID_AREAS), birth, rng.int(1, 999)) }, contact,
      ...(plan.agent ? { agent: { name: `辽宁正衡律师事务所 ${personName(rng)}律师`, authorization: '授权委托书（特别授权，代为提出政府信息公开申请及接收答复）' } } : {}),
    };
  }
  const org = ORGANIZATIONS[plan.applicant];
  const code = uscc(`${org.prefix}${String(rng.int(0, 99)).padStart(2, '0')}MA${String(rng.int(0, 9_999_999)).padStart(7, '0')}`);
  return { type: plan.applicant, name: rng.pick(org.names), identityProof: { kind: 'unifiedSocialCreditCode', number: code }, contact: { ...contact, address, postcode: contact.postcode ?? '110000' } };
}

const EVIDENCE: Record<ApplicationChannel, 'submittedOn' | 'signedForOn' | 'confirmedOn' | 'systemReceivedOn'> = {
  inPerson: 'submittedOn', oral: 'submittedOn', postSigned: 'signedForOn', postUnsigned: 'confirmedOn', online: 'confirmedOn', fax: 'confirmedOn', email: 'systemReceivedOn',
};

/** When the applicant sent it: post takes days; an online form filed in the evening or at the weekend is confirmed on the next working day. */
function submittedAtOf(plan: RequestPlan, receivedOn: string, rng: Rng): string {
  switch (plan.channel) {
    case 'postSigned':
    case 'postUnsigned':
      return at(addDays(receivedOn, -rng.int(2, 5)), rng.int(540, 1020));
    case 'online':
      return rng.chance(0.35) ? at(addDays(receivedOn, -rng.int(1, 2)), rng.int(1140, 1380)) : at(receivedOn, rng.int(480, 1020));
    case 'email':
      return at(receivedOn, rng.int(0, 1439));
    default:
      return at(receivedOn, officeMinutes(rng));
  }
}

const FORMS: [InformationForm, DeliveryMethod][] = [['electronic', 'email'], ['paper', 'post'], ['electronic', 'download'], ['paper', 'pickup']];

function remediesOf(p: Profile): NonNullable<NonNullable<RequestEventInput['decision']>['remedies']> {
  return [
    { kind: 'administrativeReconsideration', body: p.reconsiderationBody, deadline: '自收到本告知书之日起60日内' },
    { kind: 'administrativeLitigation', body: p.court, deadline: '自收到本告知书之日起6个月内' },
  ];
}

function decisionOf(p: Profile, plan: RequestPlan, outcome: ReplyOutcome): NonNullable<RequestEventInput['decision']> {
  const text = OUTCOME_TEXT[outcome];
  const granted = outcome === 'granted' || outcome === 'partial';
  return {
    outcome,
    reasons: text.reasons,
    articles: text.articles,
    ...(outcome === 'granted' ? {} : { remedies: remediesOf(p) }),
    ...(granted ? { informationUrl: `${p.department.website}zfxxgk/ysqgk/${plan.receivedOn.replaceAll('-', '')}/` } : {}),
    ...(outcome === 'unable.notHeld' ? { responsibleBody: p.department.id === 'ln-zhangwu-hrt' ? '彰武县农业农村局' : '彰武县档案馆' } : {}),
  };
}

/** The log after receipt. Each step is a weekday within its window, so the margins above hold. */
function eventsOf(p: Profile, plan: RequestPlan, r0: string, rng: Rng): RequestEventInput[] {
  const events: RequestEventInput[] = [];
  let last = r0;
  const add = (from: string, lo: number, hi: number, event: Omit<RequestEventInput, 'on'>): string => {
    const on = weekdayAfter(rng, from, lo, hi);
    const { type, ...rest } = event;
    events.push({ type, on, ...rest });
    last = on;
    return on;
  };
  const supplement = () => add(r0, 1, 3, { type: 'supplementRequested', corrections: ['请明确所需信息的名称、文号或者便于查询的其他特征性描述', '请注明所需信息的时间范围'] });
  const consult = (party: 'thirdParty' | 'agency') => add(r0, 2, 5, { type: 'consultationStarted', party, note: party === 'thirdParty' ? '书面征求第三方意见，第三方自收到之日起15个工作日内提出意见。' : '征求有关行政机关意见。' });
  const fee = (quantity: number, method: 'perPiece' | 'perPage') => add(r0, 4, 7, { type: 'feeNoticeSent', fee: { method, quantity }, note: '申请数量明显超过合理范围，依法收取信息处理费。' });
  const extend = (hi: number) => add(r0, 8, hi, { type: 'extended', workingDays: rng.int(10, 20), reason: '所需信息涉及多个单位和历史档案，需调取核实，经本机关负责人同意延长答复期限。' });
  const decide = (from: string, lo: number, hi: number) => {
    if (!plan.outcome) throw new Error(`${plan.dept} ${plan.receivedOn}: script ${plan.script} needs an outcome`);
    return add(from, lo, hi, { type: 'decided', decision: decisionOf(p, plan, plan.outcome), note: '已出具《政府信息公开申请答复书》并按申请人要求的方式送达。' });
  };
  switch (plan.script) {
    case 'received': break;
    case 'awaitingSupplement': supplement(); break;
    case 'processing': add(supplement(), 3, 6, { type: 'supplementReceived' }); break;
    case 'consulting': consult('thirdParty'); break;
    case 'consultingAgency': consult('agency'); break;
    case 'extendedOpen': extend(14); break;
    case 'awaitingFee': fee(260, 'perPage'); break;
    case 'onTime': decide(r0, 7, 24); break;
    case 'late': decide(r0, 41, 50); break;
    case 'extended': extend(13); decide(r0, 30, 38); break;
    case 'consulted': add(consult('thirdParty'), 6, 12, { type: 'consultationEnded', party: 'thirdParty' }); decide(last, 2, 6); break;
    case 'supplemented': add(supplement(), 3, 8, { type: 'supplementReceived' }); decide(last, 5, 15); break;
    case 'feePaid': add(fee(25, 'perPiece'), 3, 9, { type: 'feePaid' }); decide(last, 3, 8); break;
    case 'feeUnpaid': decide(fee(60, 'perPiece'), 42, 48); break;
    case 'noSupplement': decide(supplement(), 42, 50); break;
    case 'withdrawn': add(r0, 3, 10, { type: 'withdrawn', note: '申请人书面撤回申请。' }); break;
  }
  const decided = last;
  for (const [kind, filedAfter, result, decidedAfter] of plan.remedies ?? []) {
    const filed = add(decided, filedAfter, filedAfter + 3, { type: 'remedyFiled', remedy: { kind } });
    if (result && decidedAfter) add(filed, decidedAfter, decidedAfter + 5, { type: 'remedyDecided', remedy: { kind, result } });
  }
  const tooLate = events.find((event) => event.on > REFERENCE_DATE);
  if (tooLate) throw new Error(`${plan.dept} ${plan.receivedOn}: ${tooLate.type} on ${tooLate.on} is after the reference date`);
  return events;
}

function requestsOf(p: Profile): DatasetRequest[] {
  const rng = rngFor(`${p.department.id}:requests`);
  const plans = REQUESTS.filter((plan) => plan.dept === p.department.id).sort((a, b) => compare(a.receivedOn, b.receivedOn));
  const perYear = new Map<string, number>();
  return plans.map((plan): DatasetRequest => {
    const receivedOn = isWeekend(plan.receivedOn) ? weekdayAfter(rng, plan.receivedOn, 1, 2) : plan.receivedOn;
    const year = receivedOn.slice(0, 4);
    const n = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, n);
    const [form, delivery] = plan.channel === 'oral' || plan.dept === 'ln-zhangwu-hrt' ? (['viewOnSite', 'pickup'] as const) : rng.pick(FORMS);
    const registration: RequestRegistration = {
      applicant: applicantOf(plan, rng),
      description: plan.description,
      ...(plan.title ? { titleOrDocumentNumber: plan.title } : {}),
      form, delivery, channel: plan.channel,
      [EVIDENCE[plan.channel]]: receivedOn,
    };
    return {
      trackingNumber: `${p.department.id}:YSQ-${year}-${String(n).padStart(6, '0')}`,
      submittedAt: submittedAtOf(plan, receivedOn, rng),
      registration,
      events: eventsOf(p, plan, receivedOn, rng),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// The data set: one file per body, an index, and the command line
// ---------------------------------------------------------------------------------------------

export interface SampleData {
  /** File name → exact text, `index.json` included. */
  files: Map<string, string>;
  /** Attachment URL → bytes. */
  attachments: AttachmentFiles;
}

export function datasetOf(p: Profile): { dataset: DepartmentDataset; attachments: AttachmentFiles } {
  const { items, files } = itemsOf(p);
  return {
    dataset: {
      format: DATASET_FORMAT,
      department: p.department,
      items,
      fees: feesOf(p),
      budgets: budgetsOf(p, items),
      alerts: alertsOf(p),
      feedback: feedbackOf(p),
      requests: requestsOf(p),
    },
    attachments: files,
  };
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** Builds every file in memory and validates each dataset; throws when one breaks a rule. */
export function generateSampleData(): SampleData {
  const files = new Map<string, string>();
  const attachments: AttachmentFiles = new Map();
  const index = [];
  for (const profile of PROFILES) {
    const { dataset, attachments: own } = datasetOf(profile);
    const file = `${profile.department.id}.json`;
    const result = validateDataset(dataset, file);
    if (!result.ok) throw new Error(`${file} is not a valid dataset:\n${result.errors.slice(0, 20).map((e) => `  ${e.path}: ${e.message}`).join('\n')}`);
    const text = json(dataset);
    files.set(file, text);
    for (const [url, bytes] of own) attachments.set(url, bytes);
    index.push({
      id: profile.department.id,
      name: profile.department.name,
      level: profile.department.level,
      ...(profile.department.parentId ? { parentId: profile.department.parentId } : {}),
      file,
      sha256: sha256(text),
      counts: { items: dataset.items.length, fees: dataset.fees.length, budgets: dataset.budgets.length, alerts: dataset.alerts.length, feedback: dataset.feedback.length, requests: dataset.requests.length },
    });
  }
  files.set('index.json', json({
    format: 'gongkai-dataset-index@1',
    referenceDate: REFERENCE_DATE,
    notice: '示例数据：机构名称为真实机构，其余内容（文件、人名、证件号码、电话、金额等）均为虚构，仅用于演示和测试。Sample data: the bodies are real, everything else is fictitious.',
    departments: index,
  }));
  return { files, attachments };
}

export function writeSampleData(outDir: string, attachmentsDir?: string): SampleData {
  const data = generateSampleData();
  mkdirSync(outDir, { recursive: true });
  for (const [name, text] of data.files) writeFileSync(join(outDir, name), text);
  if (attachmentsDir) {
    for (const [url, bytes] of data.attachments) {
      const { host, pathname } = new URL(url);
      const path = join(attachmentsDir, host, ...pathname.split('/').filter(Boolean));
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, bytes);
    }
  }
  return data;
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i === -1) return undefined;
  const value = args[i + 1];
  if (!value || value.startsWith('--')) throw new Error(`${name} needs a directory`);
  return value;
}

/** The files in `dir` that differ from what the generator makes now. */
export function driftedFiles(dir: string): string[] {
  const read = (name: string) => {
    try {
      return readFileSync(join(dir, name), 'utf8');
    } catch {
      return undefined;
    }
  };
  return [...generateSampleData().files].filter(([name, text]) => read(name) !== text).map(([name]) => name);
}

const here = dirname(fileURLToPath(import.meta.url));
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const out = resolve(option(args, '--out') ?? join(here, '..', 'sample-data'));
  if (args.includes('--check')) {
    const drifted = driftedFiles(out);
    if (drifted.length > 0) {
      console.error(`sample data in ${out} is out of date (${drifted.join(', ')}); run: npx tsx packages/spec/scripts/generate-sample-data.ts`);
      process.exit(1);
    }
    console.log(`sample data in ${out} is up to date`);
  } else {
    const attachments = option(args, '--attachments');
    const data = writeSampleData(out, attachments && resolve(attachments));
    console.log(`wrote ${data.files.size} files to ${out}${attachments ? ` and ${data.attachments.size} attachments to ${resolve(attachments)}` : ''}`);
  }
}
