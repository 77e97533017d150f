import type { ReplyOutcome, RequestEventInput } from '../../src/generated/openapi-types';
import type { Profile } from './departments';
import type { RequestPlan } from './request-plans';

// What the reply to a request says: the reasons and articles of each outcome, and the remedies.

interface OutcomeText {
  reasons: string;
  articles: string[];
}

const REGS = '《中华人民共和国政府信息公开条例》';
const OUTCOME_TEXT: Record<ReplyOutcome, OutcomeText> = {
  granted: { reasons: '经审查，您申请的信息属于公开范围，现予以提供。', articles: [`${REGS}第三十六条第（二）项`] },
  partial: {
    reasons: '您申请的信息中含有个人信息和商业秘密，公开会对第三方合法权益造成损害，对该部分作区分处理后，其余部分予以公开。',
    articles: [`${REGS}第十五条`, `${REGS}第三十七条`],
  },
  'denied.stateSecret': { reasons: '您申请的信息经依法确定为国家秘密，不予公开。', articles: [`${REGS}第十四条`] },
  'denied.prohibitedByLaw': {
    reasons: '依据《中华人民共和国统计法》第三十九条，统计调查中获得的能够识别或者推断单个统计调查对象身份的资料不得对外提供。',
    articles: [`${REGS}第十四条`, '《中华人民共和国统计法》第三十九条'],
  },
  'denied.securityStability': { reasons: '您申请的信息公开后可能危及公共安全和社会稳定，不予公开。', articles: [`${REGS}第十四条`] },
  'denied.thirdPartyRights': {
    reasons: '所申请信息涉及第三方商业秘密，经书面征求意见，第三方不同意公开，且不公开不会对公共利益造成重大影响。',
    articles: [`${REGS}第十五条`, `${REGS}第三十二条`],
  },
  'denied.internalAffairs': { reasons: '您申请的信息属于人事管理等内部事务信息，可以不予公开。', articles: [`${REGS}第十六条第一款`] },
  'denied.processInformation': {
    reasons: '您申请的信息属于行政机关在履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函等过程性信息，可以不予公开。',
    articles: [`${REGS}第十六条第二款`],
  },
  'denied.enforcementCaseFile': { reasons: '您申请的信息属于行政执法案卷信息，可以不予公开。', articles: [`${REGS}第十六条第二款`] },
  'denied.administrativeQuery': {
    reasons: '您申请的信息属于不动产登记资料查询事项，请依照《不动产登记资料查询暂行办法》向不动产登记机构申请查询。',
    articles: [`${REGS}第三十六条第（七）项`],
  },
  'unable.notHeld': {
    reasons: '经检索查找，本机关未制作或获取您申请的信息。',
    articles: [`${REGS}第三十六条第（四）项`, `${REGS}第三十六条第（五）项`],
  },
  'unable.needsCreation': {
    reasons: '本机关没有现成的按县区、按行业交叉统计的汇总表，提供需要另行制作，不予提供。',
    articles: [`${REGS}第三十八条`],
  },
  'unable.stillUnclear': { reasons: '经告知补正，您补正后的申请内容仍不明确，无法确定所需信息，不予提供。', articles: [`${REGS}第三十条`] },
  'notProcessed.petition': {
    reasons: '您的申请实质是通过政府信息公开申请提出信访、投诉、举报等诉求，不作为政府信息公开申请处理，请通过相应渠道提出。',
    articles: [`${REGS}第三十九条第一款`],
  },
  'notProcessed.repeat': { reasons: '您的申请与此前已答复的申请内容相同，本机关不重复处理。', articles: [`${REGS}第三十六条第（六）项`] },
  'notProcessed.publication': {
    reasons: '您申请的是公开出版物，请通过公开渠道购买或到图书馆查阅。',
    articles: [`${REGS}第三十九条第二款`],
  },
  'notProcessed.excessive': {
    reasons: '您申请公开政府信息的数量、频次明显超过合理范围，且未说明理由，本机关不予处理。',
    articles: [`${REGS}第三十五条`],
  },
  'notProcessed.confirmOrReissue': {
    reasons: '您要求本机关对已获取的政府信息进行确认或重新出具，不属于政府信息公开申请的处理范围。',
    articles: [`${REGS}第二条`, `${REGS}第三十九条`],
  },
  'other.noSupplement': {
    reasons: '本机关已书面告知您补正申请，您无正当理由逾期未补正，视为放弃申请，本机关不再处理。',
    articles: [`${REGS}第三十条`],
  },
  'other.feeUnpaid': {
    reasons: '本机关已向您发出收费通知，您逾期未缴纳信息处理费，视为放弃申请，本机关不再处理。',
    articles: [`${REGS}第四十二条`, '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）'],
  },
  'other.other': {
    reasons: '您提出的问题属于政策咨询，不属于政府信息公开申请，已通过12345政务服务便民热线转相关处室答复。',
    articles: [`${REGS}第二条`],
  },
};

function remediesOf(p: Profile): NonNullable<NonNullable<RequestEventInput['decision']>['remedies']> {
  return [
    { kind: 'administrativeReconsideration', body: p.reconsiderationBody, deadline: '自收到本告知书之日起60日内' },
    { kind: 'administrativeLitigation', body: p.court, deadline: '自收到本告知书之日起6个月内' },
  ];
}

export function decisionOf(p: Profile, plan: RequestPlan, outcome: ReplyOutcome): NonNullable<RequestEventInput['decision']> {
  const text = OUTCOME_TEXT[outcome];
  const granted = outcome === 'granted' || outcome === 'partial';
  return {
    outcome,
    reasons: text.reasons,
    articles: text.articles,
    ...(outcome === 'granted' ? {} : { remedies: remediesOf(p) }),
    ...(granted ? { informationUrl: `${p.department.website}zfxxgk/ysqgk/${plan.receivedOn.replaceAll('-', '')}/` } : {}),
    ...(outcome === 'unable.notHeld'
      ? { responsibleBody: p.department.id === 'ln-zhangwu-hrt' ? '彰武县农业农村局' : '彰武县档案馆' }
      : {}),
  };
}
