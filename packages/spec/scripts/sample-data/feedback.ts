import type { DatasetFeedback } from '../../src/dataset';
import { addDays, at, compare, dateOf, dayNumber, officeMinutes, REFERENCE_DATE, weekdayAfter, weekdayBetween } from './dates';
import type { Profile } from './departments';
import { FEEDBACK } from './feedback-plans';
import { personName } from './people';
import { rngFor } from './random';

/** A body's feedback, numbered per year in order of submission and taken through the closed loop as far as it got. */
export function feedbackOf(p: Profile): DatasetFeedback[] {
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
      departmentId: p.department.id,
      kind: plan.kind,
      subject: plan.subject,
      content: plan.content,
      submitter: plan.anonymous
        ? { realName: false }
        : { realName: true, name, phone: `1${rng.pick(['38', '39', '35', '58', '86'])}${String(rng.int(0, 99_999_999)).padStart(8, '0')}` },
      publishConsent: !plan.private,
    };
    const base = dayNumber(submittedAt.slice(0, 10));
    const step = (days: number, minutes: number) => at(dateOf(base + days), minutes);
    const stages: NonNullable<DatasetFeedback['stages']> = [
      { stage: 'accepted', at: step(1, 540) },
      { stage: 'dispatched', at: step(1, 600) },
      { stage: 'handling', at: step(2, 570) },
    ];
    if (plan.reply === undefined) {
      const handling = stages.filter((s) => s.at.slice(0, 10) <= REFERENCE_DATE);
      return { id: `${p.department.id}:fb-${year}-${String(n).padStart(6, '0')}`, submittedAt, submission, stages: handling };
    }
    const replyDay = plan.kind === 'complaint' || plan.kind === 'report' ? rng.int(5, 12) : rng.int(3, 6);
    const replyAt = step(replyDay, officeMinutes(rng));
    stages.push({ stage: 'replied', at: replyAt });
    const bad = plan.rating !== undefined && plan.rating[0] <= 2;
    if (bad || plan.kind === 'complaint')
      stages.push({ stage: 'supervised', at: step(replyDay + 1, 600), note: '纳入督办，要求承办单位限期整改并反馈。' });
    stages.push({ stage: 'closed', at: step(replyDay + 2, 630) });
    if (plan.rating && !plan.anonymous)
      stages.push({
        stage: 'returnVisited',
        at: step(replyDay + 4, 660),
        note: bad ? '已电话回访，群众对处理结果仍不满意，转承办单位整改。' : '已电话回访，群众表示认可。',
      });
    const rating = plan.rating
      ? { at: step(replyDay + 5, 700), rating: { level: plan.rating[0], ...(plan.rating[1] ? { comment: plan.rating[1] } : {}) } }
      : undefined;
    if (rating) stages.push({ stage: 'evaluated', at: rating.at });
    return {
      id: `${p.department.id}:fb-${year}-${String(n).padStart(6, '0')}`,
      submittedAt,
      submission,
      stages,
      reply: { at: replyAt, reply: { content: plan.reply, repliedBy: plan.by ?? p.department.name, publish: !plan.private } },
      ...(rating ? { rating } : {}),
    };
  });
}
