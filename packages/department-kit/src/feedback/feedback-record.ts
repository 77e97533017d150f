import {
  vocabularies,
  type Feedback,
  type FeedbackReplyInput,
  type FeedbackStage,
  type FeedbackStageInput,
  type FeedbackSubmission,
  type Rating,
  type RatingSubmission,
} from '@gongkai/spec';
import { addWorkingDays } from '../calendar/add-working-days';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';
import { RuleViolation, StateConflict } from '../domain-errors';
import { hashToken, newAccessToken } from '../secrets/access-token';
import type { FeedbackChange, FeedbackRecord } from '../store/disclosure-store';
import { canonicalTimestamp, chinaDateOf } from '@gongkai/spec/china-time';
import type { FeedbackPolicy } from './feedback-policy';

/** The closed loop 受理 → 调度 → 办理 → 回复 → 督办 → 办结 → 回访 → 评价, in the contract's order. */
const STAGES: readonly FeedbackStage[] = vocabularies.feedbackStage.terms.map((term) => term.value);
const stageIndex = (stage: FeedbackStage): number => STAGES.indexOf(stage);

export interface FeedbackClock {
  readonly calendar: WorkingDayCalendar;
  readonly policy: FeedbackPolicy;
  /** Now (RFC 3339). */
  readonly now: string;
}

function workingDaysAfter(calendar: WorkingDayCalendar, timestamp: string, days: number): string {
  const due = addWorkingDays(calendar, chinaDateOf(timestamp), days);
  if (due.paused) throw new Error('unreachable: a count without pauses cannot stop');
  return due.dueOn;
}

/** Accepted feedback and the submitter's access token (shown once; only its hash is kept). */
export function submittedFeedback(
  submission: FeedbackSubmission,
  context: FeedbackClock & { id: string; departmentId: string },
): { record: FeedbackRecord; accessToken: string } {
  if (submission.departmentId !== context.departmentId) {
    throw new RuleViolation('Feedback for another department', [
      { pointer: '/departmentId', message: `must be "${context.departmentId}", the department this server answers for` },
    ]);
  }
  const accessToken = newAccessToken('gk_fb_');
  const { submitter } = submission;
  const now = canonicalTimestamp(context.now);
  const feedback: Feedback = {
    id: context.id,
    departmentId: context.departmentId,
    kind: submission.kind,
    subject: submission.subject,
    content: submission.content,
    stage: 'accepted',
    submittedAt: now,
    replyDueOn: workingDaysAfter(context.calendar, now, context.policy.replyWorkingDays[submission.kind]),
    ...(submission.relatedItemId !== undefined ? { relatedItemId: submission.relatedItemId } : {}),
    published: false,
    publishConsent: submission.publishConsent ?? true,
    submitter: {
      realName: submitter.realName,
      ...(submitter.name !== undefined ? { name: submitter.name } : {}),
      ...(submitter.phone !== undefined ? { phone: submitter.phone } : {}),
      ...(submitter.email !== undefined ? { email: submitter.email } : {}),
    },
  };
  return {
    record: { feedback, accessTokenHash: hashToken(accessToken), stages: [{ stage: 'accepted', at: now }], version: 1 },
    accessToken,
  };
}

function moved(
  record: FeedbackRecord,
  stage: FeedbackStage,
  at: string,
  note?: string,
): Pick<FeedbackRecord, 'stages'> & { stage: FeedbackStage } {
  if (stageIndex(stage) <= stageIndex(record.feedback.stage)) return { stage: record.feedback.stage, stages: record.stages };
  return { stage, stages: [...record.stages, { stage, at, ...(note !== undefined ? { note } : {}) }] };
}

/**
 * The department's reply. The question and reply become public only when the department
 * publishes and the submitter consented; a public reply enters the changes feed.
 */
export function repliedFeedback(
  record: FeedbackRecord,
  input: FeedbackReplyInput,
  now: string,
): { record: FeedbackRecord; change?: FeedbackChange } {
  const before = record.feedback;
  const published = (input.publish ?? true) && before.publishConsent === true;
  const { stage, stages } = moved(record, 'replied', now);
  const feedback: Feedback = {
    ...before,
    stage,
    reply: { content: input.content, repliedAt: canonicalTimestamp(now), repliedBy: input.repliedBy },
    published,
  };
  const change: FeedbackChange | undefined = published
    ? { action: before.published && before.reply ? 'updated' : 'created', at: now }
    : before.published
      ? { action: 'withdrawn', at: now }
      : undefined;
  return { record: { ...record, feedback, stages, version: record.version + 1 }, ...(change ? { change } : {}) };
}

/** Moves the feedback forward in the closed loop; stages never go back. */
export function advancedFeedback(
  record: FeedbackRecord,
  input: FeedbackStageInput,
  now: string,
): { record: FeedbackRecord; change?: FeedbackChange } {
  const current = record.feedback.stage;
  if (stageIndex(input.stage) <= stageIndex(current)) {
    throw new StateConflict(
      'Stages only move forward',
      `the feedback is at "${current}"; it cannot move to "${input.stage}" (${STAGES.join(' → ')})`,
    );
  }
  if (input.stage === 'evaluated') {
    throw new RuleViolation('Evaluation is the submitter’s', [
      { pointer: '/stage', message: 'is set by the submitter’s rating (POST /v1/feedback/{feedbackId}/rating), not by the department' },
    ]);
  }
  if (stageIndex(input.stage) >= stageIndex('replied') && !record.feedback.reply) {
    throw new RuleViolation('Reply first', [
      { pointer: '/stage', message: `"${input.stage}" comes after the reply; reply first (POST /v1/admin/feedback/{feedbackId}/reply)` },
    ]);
  }
  const { stage, stages } = moved(record, input.stage, now, input.note);
  const feedback: Feedback = { ...record.feedback, stage };
  return {
    record: { ...record, feedback, stages, version: record.version + 1 },
    ...(feedback.published ? { change: { action: 'updated' as const, at: now } } : {}),
  };
}

/**
 * The submitter's rating (好差评), once. Levels 1–2 are bad reviews: the department must rectify
 * within the policy's working days, and the rating says by when.
 */
export function ratedFeedback(
  record: FeedbackRecord,
  input: RatingSubmission,
  context: FeedbackClock,
): { record: FeedbackRecord; rating: Rating; change?: FeedbackChange } {
  const before = record.feedback;
  if (before.rating)
    throw new StateConflict(
      'Already rated',
      `This feedback was already rated on ${chinaDateOf(before.rating.ratedAt)}; a rating cannot be changed.`,
    );
  if (!before.reply) throw new StateConflict('Nothing to rate yet', 'The department has not replied yet; a rating rates the reply.');
  const badReview = input.level <= 2;
  const rating: Rating = {
    level: input.level,
    label: vocabularies.satisfaction.label(input.level) ?? String(input.level),
    badReview,
    ...(input.comment !== undefined ? { comment: input.comment } : {}),
    ratedAt: canonicalTimestamp(context.now),
    ...(badReview ? { rectificationDueOn: workingDaysAfter(context.calendar, context.now, context.policy.rectificationWorkingDays) } : {}),
  };
  const { stage, stages } = moved(record, 'evaluated', context.now);
  const feedback: Feedback = { ...before, stage, rating };
  return {
    record: { ...record, feedback, stages, version: record.version + 1 },
    rating,
    ...(feedback.published ? { change: { action: 'updated' as const, at: context.now } } : {}),
  };
}

/** What the public may see: never the submitter, nor the department's publication bookkeeping. */
export function publicFeedback(feedback: Feedback): Feedback {
  const { submitter: _submitter, published: _published, publishConsent: _consent, ...visible } = feedback;
  return visible;
}
