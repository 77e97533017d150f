import type { FeedbackKind } from '@gongkai/spec';

/**
 * Local policy for feedback (民意诉求): handling time limits and the rectification period of bad
 * reviews are set by each locality, so they are configuration, in working days.
 */
export interface FeedbackPolicy {
  /** Working days to reply, per kind, from the day the feedback is accepted. */
  readonly replyWorkingDays: Readonly<Record<FeedbackKind, number>>;
  /** Working days to rectify after a bad review (levels 1–2). */
  readonly rectificationWorkingDays: number;
}

/**
 * Defaults from published local practice: consultations within 5 working days, help and
 * suggestions 10, complaints and reports 15 (Liaoning answers complaints about non-disclosure
 * within 15 working days); bad reviews rectified within 5 working days (e.g. 德州).
 */
export const defaultFeedbackPolicy: FeedbackPolicy = {
  replyWorkingDays: { consultation: 5, help: 10, complaint: 15, report: 15, suggestion: 10, praise: 5 },
  rectificationWorkingDays: 5,
};

/** Fills what `partial` leaves out from the defaults. */
export function feedbackPolicy(
  partial: { replyWorkingDays?: Partial<Record<FeedbackKind, number>>; rectificationWorkingDays?: number } = {},
): FeedbackPolicy {
  return {
    replyWorkingDays: { ...defaultFeedbackPolicy.replyWorkingDays, ...partial.replyWorkingDays },
    rectificationWorkingDays: partial.rectificationWorkingDays ?? defaultFeedbackPolicy.rectificationWorkingDays,
  };
}
