import type { Profile } from '../departments';
import type { Draft } from '../drafts';
import type { Metric } from '../metrics';
import { para, type Text } from './prose';

// The words of a statistical release, from its metrics.

const change = (percent: string): string => `同比${Number(percent) >= 0 ? '增长' : '下降'}${Math.abs(Number(percent)).toFixed(1)}%`;

export function statisticsText(p: Profile, d: Draft, metrics: Metric[]): Text {
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
