import { addDays } from '../dates';
import type { Profile } from '../departments';
import { subjectOf, type Draft } from '../drafts';
import type { Rng } from '../random';
import { cnDate, coreOf, para, proseKeywords, type Text } from './prose';

// The words of normative documents, rules (规章) and their interpretations (政策解读).

export function normativeText(p: Profile, d: Draft, rng: Rng): Text {
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
        para(
          `为进一步规范和加强${core}工作，根据国家有关法律法规和政策规定，结合${p.department.division.name}实际，${issuer}制定了《${subject}》，现印发给你们，请结合实际认真贯彻执行。执行中遇到的问题，请及时向${p.short}反映。`,
        ),
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
      para(
        `《${d.title}》已经${cnDate(addDays(d.formedAt, -rng.int(7, 20)))}辽宁省人民政府第${rng.int(20, 80)}次常务会议审议通过，现予公布，自${effective}起施行。`,
      ),
      d.title,
      para(`第一条　为了规范${core}，维护当事人合法权益，根据有关法律、行政法规，结合本省实际，制定本规定。`),
      para(`第二条　本省行政区域内${core}及其监督管理，适用本规定。`),
      para(`第三条　${p.department.name}负责本规定的具体组织实施工作。`),
      para(`第四条　本规定自${effective}起施行。`),
    ].join('\n'),
  };
}

export function interpretationText(p: Profile, d: Draft, rng: Rng): Text {
  const doc = d.interprets;
  const subject = /《([^》]+)》/.exec(d.title)?.[1] ?? d.title;
  const core = coreOf(subjectOf(doc?.title ?? subject));
  const number = doc?.documentNumber ? `（${doc.documentNumber}）` : '';
  const keywords = proseKeywords(d);
  return {
    summary: `从出台背景、主要内容、创新举措和适用范围等方面，对《${subject}》${number}进行解读。`,
    body: [
      '一、出台背景',
      para(
        `为贯彻落实党中央、国务院和省委、省政府关于${core}的决策部署，${p.department.name}在深入调研、广泛征求意见的基础上，起草了《${subject}》${number}，近日正式印发。`,
      ),
      '二、主要内容',
      para(
        `文件共${rng.int(4, 7)}章${rng.int(18, 36)}条，主要包括总则、职责分工、适用范围和标准、办理程序、监督检查和附则等内容，重点明确了${keywords}等方面的要求。`,
      ),
      '三、创新举措',
      para(`一是简化办理流程，推行“一网通办”；二是明确办理时限，压减申请材料；三是强化信息公开，主动接受社会监督。`),
      '四、适用范围',
      para(`本文件适用于${p.department.division.name}行政区域内的${core}相关工作。`),
      '五、解读机关及联系方式',
      para(`解读机关：${p.department.name}；联系电话：${p.department.disclosureOffice.phone}。`),
    ].join('\n'),
  };
}
