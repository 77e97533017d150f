import { DECISIONS } from '../decision-facts';
import type { Profile } from '../departments';
import { subjectOf, type Draft } from '../drafts';
import { isAllocation, type Metric } from '../metrics';
import { yuan } from '../money';
import { masked, personName } from '../people';
import type { Rng } from '../random';
import { categoryText } from './category-text';
import { normativeText } from './normative-text';
import { cnDate, coreOf, para, proseKeywords, type Text } from './prose';

// The words of notices: funds passed down, village notice boards, service guides, announcements.

function allocationText(p: Profile, d: Draft, metrics: Metric[]): Text {
  const funds = subjectOf(d.title).replace(/^下达/, '');
  const total = metrics.reduce((sum, m) => sum + Number(m.value), 0);
  const largest = [...metrics]
    .sort((a, b) => Number(b.value) - Number(a.value))
    .slice(0, 3)
    .map((m) => `${m.name}${m.value}万元`)
    .join('、');
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

export function noticeText(p: Profile, d: Draft, rng: Rng, metrics: Metric[] = []): Text {
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
        para(
          `一、收入合计${yuan(income)}元，其中上级转移支付${yuan(Math.floor((income * 7) / 10))}元，集体资产发包收入${yuan(income - Math.floor((income * 7) / 10))}元。`,
        ),
        para(`二、支出合计${yuan(spent)}元，主要用于村内道路维护、环境整治和公益事业。`),
        para(`三、期末结余${yuan(income - spent)}元。`),
        para('如有疑问，请向村务监督委员会反映。'),
        `${d.division.name}村民委员会`,
        `${cnDate(d.formedAt)}`,
      ].join('\n'),
    };
  }
  if (d.level === 'village') {
    const households = Array.from(
      { length: rng.int(3, 6) },
      () => `${masked(personName(rng))}，${rng.int(1, 4)}人，月补助${rng.int(320, 980)}元`,
    );
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
      para(
        `三、监督方式。如有意见建议，请在工作日内联系${p.department.disclosureOffice.name}，电话${p.department.disclosureOffice.phone}。`,
      ),
      `${p.department.name}`,
      `${cnDate(d.formedAt)}`,
    ].join('\n'),
  };
}
