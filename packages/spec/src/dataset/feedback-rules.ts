import type { FeedbackStage } from '../generated/openapi-types';
import { vocabularies } from '../vocabularies';
import type { Report } from './report';
import { inOrder } from './timeline';
import type { DatasetFeedback } from './types';

/** The closed loop 受理 → 调度 → 办理 → 回复 → 督办 → 办结 → 回访 → 评价, in the contract's order. */
const STAGE_ORDER: FeedbackStage[] = vocabularies.feedbackStage.terms.map((term) => term.value);

export function checkFeedback(entries: Map<number, unknown>, departmentId: string, report: Report): void {
  for (const [index, raw] of entries) {
    const { submittedAt, submission, stages = [], reply, rating } = raw as DatasetFeedback;
    const at = `/feedback/${index}`;
    if (submission.departmentId !== departmentId)
      report.add(`${at}/submission/departmentId`, `must be the dataset's department "${departmentId}"`);
    const start = { at: submittedAt, label: 'the submission' };
    inOrder(
      report,
      start,
      stages.map((stage, s) => ({ pointer: `${at}/stages/${s}/at`, at: stage.at, label: `the "${stage.stage}" stage` })),
    );
    stages.forEach((stage, s) => {
      const before = stages[s - 1];
      if (before && STAGE_ORDER.indexOf(stage.stage) <= STAGE_ORDER.indexOf(before.stage)) {
        report.add(`${at}/stages/${s}/stage`, `must come later in the loop ${STAGE_ORDER.join(' → ')} than "${before.stage}"`);
      }
    });
    if (reply) inOrder(report, start, [{ pointer: `${at}/reply/at`, at: reply.at, label: '' }]);
    if (rating && !reply) report.add(`${at}/rating`, 'needs a reply to rate (好差评 rates the reply)');
    if (rating && reply) inOrder(report, { at: reply.at, label: 'the reply' }, [{ pointer: `${at}/rating/at`, at: rating.at, label: '' }]);
  }
}
