import { COMPANIES, DECISIONS } from '../decision-facts';
import type { Profile } from '../departments';
import type { Draft } from '../drafts';
import { uscc } from '../identifiers';
import { masked, personName } from '../people';
import type { Rng } from '../random';
import { cnDate, para, type Text } from './prose';

// The words of licensing, penalty and coercion decisions, and of project approvals.

export function decisionText(p: Profile, d: Draft, rng: Rng): Text {
  const facts = DECISIONS[p.department.id];
  if (!facts) throw new Error(`no decision facts for ${p.department.id}`);
  const party = rng.pick(facts.parties.length > 0 ? facts.parties : COMPANIES);
  // A person fined is named masked, with where they live (个人信息不完整公开).
  const company = party.endsWith('村民') ? `${masked(personName(rng))}（${party}）` : party;
  const code = uscc(
    `91${p.department.level === 'provincial' ? '2101' : '2109'}${String(rng.int(0, 99)).padStart(2, '0')}MA${String(rng.int(0, 9999999)).padStart(7, '0')}`,
  );
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
        para(
          `当事人如不服本处罚决定，可以在收到本决定书之日起六十日内依法向${p.reconsiderationBody}申请行政复议，或者在六个月内依法向${p.court}提起行政诉讼。`,
        ),
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
        para(
          '经查，你单位在未取得建设工程规划许可证的情况下擅自建设建筑物，违反了《中华人民共和国城乡规划法》第四十条的规定，属于违法建筑。',
        ),
        para(
          '依据《中华人民共和国城乡规划法》第六十五条、第六十八条和《中华人民共和国行政强制法》第四十四条之规定，限你单位自收到本决定之日起十五日内自行拆除；逾期不拆除的，本机关将依法强制拆除。',
        ),
        para(
          `如不服本决定，可以在收到本决定书之日起六十日内向${p.reconsiderationBody}申请行政复议，或者在六个月内向${p.court}提起行政诉讼。`,
        ),
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
        para(
          `如不服本决定，可以在收到本决定书之日起六十日内向${p.reconsiderationBody}申请行政复议，或者在六个月内向${p.court}提起行政诉讼。`,
        ),
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
  const holders = Array.from(
    { length: Math.min(count, facts.parties.length) },
    (_, i) => `${i + 1}. ${facts.parties[(first + i) % facts.parties.length] ?? ''}`,
  );
  return {
    summary: `依据${facts.licenseBasis}，对${holders.length}个申请人的${facts.license}申请作出准予许可决定。`,
    body: [
      para(`根据${facts.licenseBasis}等规定，经审查，以下单位申请的${facts.license}符合法定条件，决定准予许可：`),
      ...holders,
      para(`如对上述结果有异议，请在公示之日起5个工作日内向${p.department.name}反映。联系电话：${p.department.disclosureOffice.phone}。`),
    ].join('\n'),
  };
}
