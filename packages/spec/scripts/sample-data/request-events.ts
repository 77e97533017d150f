import type { RequestEventInput } from '../../src/generated/openapi-types';
import { addDays, REFERENCE_DATE, weekdayAfter } from './dates';
import type { Profile } from './departments';
import type { Rng } from './random';
import { decisionOf } from './request-decisions';
import type { RequestPlan } from './request-plans';

// The request logs obey the clock rules without a calendar, by margins in calendar days that hold
// whatever the holidays: supplement requested ≤ 3 days after receipt (limit 7 working days), an
// extension ≤ 14 days after receipt (20 working days are ≥ 26 days), on-time replies ≤ 25 days,
// late ones ≥ 40 days (20 working days never reach 40 days, even over Spring Festival).

/** The log after receipt. Each step is a weekday within its window, so the margins at the top of this file hold. */
export function eventsOf(p: Profile, plan: RequestPlan, r0: string, rng: Rng): RequestEventInput[] {
  const events: RequestEventInput[] = [];
  let last = r0;
  const add = (from: string, lo: number, hi: number, event: Omit<RequestEventInput, 'on'>): string => {
    const on = weekdayAfter(rng, from, lo, hi);
    const { type, ...rest } = event;
    events.push({ type, on, ...rest });
    last = on;
    return on;
  };
  // Art. 30: the notice gives a reasonable deadline, here 15 calendar days (at least 9 working days).
  const supplement = () => {
    const on = add(r0, 1, 3, {
      type: 'supplementRequested',
      corrections: ['请明确所需信息的名称、文号或者便于查询的其他特征性描述', '请注明所需信息的时间范围'],
    });
    const notice = events.at(-1);
    if (notice) notice.supplementDueOn = addDays(on, 15);
    return on;
  };
  const consult = (party: 'thirdParty' | 'agency') =>
    add(r0, 2, 5, {
      type: 'consultationStarted',
      party,
      note: party === 'thirdParty' ? '书面征求第三方意见，第三方自收到之日起15个工作日内提出意见。' : '征求有关行政机关意见。',
    });
  const fee = (quantity: number, method: 'perPiece' | 'perPage') =>
    add(r0, 4, 7, { type: 'feeNoticeSent', fee: { method, quantity }, note: '申请数量明显超过合理范围，依法收取信息处理费。' });
  const extend = (hi: number) =>
    add(r0, 8, hi, {
      type: 'extended',
      workingDays: rng.int(10, 20),
      reason: '所需信息涉及多个单位和历史档案，需调取核实，经本机关负责人同意延长答复期限。',
    });
  // Art. 35: deferred 8–13 days after receipt (before any due date), to 60 days after it (after any).
  const defer = () => {
    const on = add(r0, 8, 13, {
      type: 'deferred',
      reason:
        '申请数量明显超过合理范围，经要求说明理由，申请人说明的理由合理，但无法在法定期限内答复，确定延迟答复的合理期限并告知申请人。',
    });
    const notice = events.at(-1);
    if (notice) notice.deferredUntil = addDays(r0, 60);
    return on;
  };
  const decide = (from: string, lo: number, hi: number) => {
    if (!plan.outcome) throw new Error(`${plan.dept} ${plan.receivedOn}: script ${plan.script} needs an outcome`);
    return add(from, lo, hi, {
      type: 'decided',
      decision: decisionOf(p, plan, plan.outcome),
      note: '已出具《政府信息公开申请答复书》并按申请人要求的方式送达。',
    });
  };
  switch (plan.script) {
    case 'received':
      break;
    case 'awaitingSupplement':
      supplement();
      break;
    case 'processing':
      add(supplement(), 3, 6, { type: 'supplementReceived' });
      break;
    case 'consulting':
      consult('thirdParty');
      break;
    case 'consultingAgency':
      consult('agency');
      break;
    case 'extendedOpen':
      extend(14);
      break;
    case 'awaitingFee':
      fee(260, 'perPage');
      break;
    case 'onTime':
      decide(r0, 7, 24);
      break;
    case 'late':
      decide(r0, 41, 50);
      break;
    case 'extended':
      extend(13);
      decide(r0, 30, 38);
      break;
    case 'consulted':
      add(consult('thirdParty'), 6, 12, { type: 'consultationEnded', party: 'thirdParty' });
      decide(last, 2, 6);
      break;
    case 'supplemented':
      add(supplement(), 3, 8, { type: 'supplementReceived' });
      decide(last, 5, 15);
      break;
    case 'feePaid':
      add(fee(25, 'perPiece'), 3, 9, { type: 'feePaid' });
      decide(last, 3, 8);
      break;
    case 'feeUnpaid':
      decide(fee(60, 'perPiece'), 42, 48);
      break;
    case 'noSupplement':
      decide(supplement(), 42, 50);
      break;
    case 'withdrawn':
      add(r0, 3, 10, { type: 'withdrawn', note: '申请人书面撤回申请。' });
      break;
    case 'deferred':
      defer();
      decide(r0, 45, 55);
      break;
    case 'deferredOpen':
      defer();
      break;
  }
  const decided = last;
  for (const [kind, filedAfter, result, decidedAfter] of plan.remedies ?? []) {
    const filed = add(decided, filedAfter, filedAfter + 3, { type: 'remedyFiled', remedy: { kind } });
    if (!result || !decidedAfter) continue;
    const concluded = add(filed, decidedAfter, decidedAfter + 5, { type: 'remedyDecided', remedy: { kind, result } });
    // A corrected decision reopens the request: the new reply comes 8–14 days later (within 20 working days).
    if (result === 'corrected' && plan.reopened !== 'open')
      add(concluded, 8, 14, {
        type: 'reDecided',
        decision: decisionOf(p, plan, 'granted'),
        note: '根据行政复议决定重新作出答复。',
      });
  }
  const tooLate = events.find((event) => event.on > REFERENCE_DATE);
  if (tooLate) throw new Error(`${plan.dept} ${plan.receivedOn}: ${tooLate.type} on ${tooLate.on} is after the reference date`);
  return events;
}
