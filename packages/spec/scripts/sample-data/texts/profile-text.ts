import type { Profile } from '../departments';
import type { Draft } from '../drafts';
import { officialName } from '../people';
import type { Rng } from '../random';
import { para, type Text } from './prose';

// The words of an agency's profile: its leaders, its address, its functions.

export function profileText(p: Profile, d: Draft, rng: Rng): Text {
  const o = p.department.disclosureOffice;
  if (/领导/.test(d.title)) {
    const head = p.department.level === 'township' ? '镇长' : '县长';
    const titles =
      p.department.kind === 'peoplesGovernment'
        ? [head, `副${head}`, `副${head}`, `副${head}`]
        : ['厅长（主任）', '副厅长（副主任）', '副厅长（副主任）', '副厅长（副主任）'];
    const roles = titles.map((t) => `${t}：${officialName(rng)}`);
    return { summary: `${p.department.name}领导成员及分工。`, body: roles.map((r) => para(`${r}，负责分管领域工作。`)).join('\n') };
  }
  if (/地址/.test(d.title)) {
    return {
      summary: `${p.department.name}办公地址、办公时间和联系方式。`,
      body: [
        para(`办公地址：${o.address}`),
        para(`邮政编码：${o.postcode ?? ''}`),
        para(`办公时间：${o.officeHours}（法定节假日除外）`),
        para(`联系电话：${o.phone}`),
        para(`门户网站：${p.department.website ?? ''}`),
      ].join('\n'),
    };
  }
  return {
    summary: `${d.title}。`,
    body: [
      para(
        `${p.department.name}贯彻落实党中央关于${p.short}工作的方针政策和决策部署，在履行职责过程中坚持和加强党的集中统一领导。主要职责是：`,
      ),
      para('（一）贯彻执行国家有关法律法规和方针政策，起草有关地方性法规、规章草案，制定有关政策措施并组织实施。'),
      para('（二）拟订并组织实施有关发展规划、年度计划，统筹协调有关重大事项。'),
      para('（三）负责本领域的监督管理和公共服务工作，依法实施有关行政许可和行政处罚。'),
      para('（四）完成上级交办的其他任务。'),
    ].join('\n'),
  };
}
