import type { Profile } from '../departments';
import { subjectOf, type Draft } from '../drafts';
import type { Rng } from '../random';
import { coreOf, para, proseKeywords, type Text } from './prose';

// The words of plans and emergency plans (应急预案).

export function planText(p: Profile, d: Draft, rng: Rng): Text {
  const core = coreOf(subjectOf(d.title)).replace(/^\{?\d{4}年/, '');
  const year = Number(d.formedAt.slice(0, 4));
  const keywords = proseKeywords(d);
  const emergency = /预案/.test(d.title);
  if (emergency) {
    return {
      summary: `明确${p.department.division.name}${core}的组织指挥体系、监测预警、应急响应分级、处置措施和保障措施。`,
      body: [
        '1　总则',
        para(
          `1.1　编制目的：建立健全${core}应对工作机制，依法科学有序高效应对，最大程度减少人员伤亡和财产损失，维护人民群众生命财产安全和社会稳定。`,
        ),
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
