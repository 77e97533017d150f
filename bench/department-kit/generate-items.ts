/**
 * Deterministic synthetic items for the benchmark: titles, summaries and bodies assembled from a
 * vocabulary of administrative terms, so that common words occur in most items (dense search
 * hits) and place names and document numbers in few (sparse hits), as in a real catalogue.
 */
import type { DisclosureItem } from '@gongkai/spec';
import { chineseDaysCalendar, measureTimeliness } from '@gongkai/department-kit';

const COMMON = (
  '关于 印发 通知 实施 意见 办法 管理 工作 方案 规定 细则 决定 公告 通报 报告 计划 规划 标准 ' +
  '财政 预算 决算 资金 专项 补助 绩效 评价 监督 检查 审计 采购 项目 建设 投资 发展 改革 ' +
  '住房 公积金 保障性 租赁 城乡 社区 农村 乡村 振兴 产业 就业 社会保险 养老 医疗 教育 卫生 ' +
  '应急 预案 防汛 抗旱 森林 防火 安全生产 隐患 排查 整治 监管 执法 许可 处罚 收费 标准 ' +
  '政府 信息 公开 政务 服务 办事 指南 流程 材料 时限 窗口 热线 留言 答复 申请 受理 ' +
  '统计 数据 年度 季度 月度 增长 下降 完成 目标 任务 责任 分工 落实 推进 加强 规范 优化'
).split(' ');
const PLACES = '彰武 哈尔套 阜新 锦州 朝阳 沈阳 大连 鞍山 抚顺 本溪 丹东 营口 辽阳 盘锦 铁岭 葫芦岛 新民 辽中 康平 法库'.split(' ');
const CATEGORIES: DisclosureItem['category'][] = [
  'regulations',
  'plans',
  'statistics',
  'licensing',
  'penaltiesAndCoercion',
  'budgetsAndFinalAccounts',
  'administrativeFees',
  'centralizedProcurement',
  'majorProjects',
  'livelihoodPolicies',
  'emergencies',
  'supervisionInspections',
];
const DIVISIONS = [
  { code: '210000', name: '辽宁省' },
  { code: '210900', name: '阜新市' },
  { code: '210922', name: '彰武县' },
  { code: '210922105', name: '哈尔套镇' },
];

/** A small seeded generator (LCG), so every run builds the same catalogue. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 4_294_967_296;
  };
}

export const BENCH_DEPARTMENT = 'ln-bench';

export function* generateItems(count: number, seed = 20_260_515): Generator<DisclosureItem> {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const phrase = (words: number) => {
    let text = '';
    for (let i = 0; i < words; i += 1) text += next() < 0.01 ? pick(PLACES) : pick(COMMON);
    return text;
  };
  const start = Date.UTC(2019, 0, 1);
  const span = Date.UTC(2026, 10, 1) - start;
  for (let i = 0; i < count; i += 1) {
    const published = new Date(start + Math.floor(next() * span));
    const formed = new Date(published.getTime() - Math.floor(next() * 30) * 86_400_000);
    const year = published.getUTCFullYear();
    const formedAt = formed.toISOString().slice(0, 10);
    const publishedAt = `${published.toISOString().slice(0, 19)}Z`;
    const division = pick(DIVISIONS);
    const paragraphs = Array.from({ length: 3 + Math.floor(next() * 4) }, () => `${phrase(25 + Math.floor(next() * 25))}。`);
    const item: DisclosureItem = {
      id: `${BENCH_DEPARTMENT}:${year}-${String(i + 1).padStart(6, '0')}`,
      departmentId: BENCH_DEPARTMENT,
      indexNumber: `BENCH/${year}-${String(i + 1).padStart(6, '0')}`,
      title: `${division.name}${phrase(4)}的通知`,
      summary: phrase(12),
      body: paragraphs.join('\n\n'),
      documentNumber: `辽财预〔${year}〕${i + 1}号`,
      genre: 'notice',
      category: pick(CATEGORIES),
      topics: [],
      keywords: [pick(COMMON), pick(COMMON)],
      validity: 'valid',
      issuingBody: '辽宁省基准测试厅',
      division,
      level:
        division.code.length === 9
          ? 'township'
          : division.code.endsWith('0000')
            ? 'provincial'
            : division.code.endsWith('00')
              ? 'prefecture'
              : 'county',
      formedAt,
      publishedAt,
      updatedAt: publishedAt,
      revision: 1,
      status: 'published',
      attachments: [],
      timeliness: measureTimeliness(chineseDaysCalendar, formedAt, published.toISOString().slice(0, 10)),
    };
    yield item;
  }
}

export const SEARCH_TERMS = {
  /** Three characters and more: common words (dense), place names and document numbers (sparse). */
  long: ['公积金', '保障性', '安全生产', '社会保险', '哈尔套', '葫芦岛', '〔2024〕1234号', '防汛抗旱', '信息公开'],
  /** One and two characters: common and rare. */
  short: ['财', '锦', '渠', '资金', '就业', '彰武', '阜新', '法库', '〔2'],
  categories: CATEGORIES,
};
