import { ApiError, feedbackToCsv, problem } from '@gongkai/spec';
import { chinaYearOf } from '@gongkai/spec/china-time';
import { advancedFeedback, publicFeedback, ratedFeedback, repliedFeedback, submittedFeedback } from '../../feedback/feedback-record';
import { tokenMatches } from '../../secrets/access-token';
import type { FeedbackListQuery, FeedbackRecord } from '../../store/disclosure-store';
import { bearerToken } from '../bearer-token';
import { asksForUs, clock, notFound, type DepartmentContext } from '../department-context';
import { padded, withFreshId } from '../fresh-id';
import { writeOrConflict } from '../if-match';
import { idempotentAnswer } from '../idempotent-answer';
import { emptyList, listAnswer, listReply, resumeFrom, wantsCsv } from '../list-answer';
import { totalMeta } from '../list-total-meta';
import { selectedView } from '../selected-fields';
import type { OperationHandlers } from '../operation-router';

export function feedbackHandlers(
  context: DepartmentContext,
): Pick<
  OperationHandlers,
  'listFeedback' | 'getFeedback' | 'submitFeedback' | 'rateFeedback' | 'listFeedbackForDepartment' | 'replyToFeedback' | 'advanceFeedback'
> {
  const { store } = context;
  const record = async (id: string): Promise<FeedbackRecord> => {
    const found = await store.feedback.get(id);
    if (!found) throw notFound('feedback', id);
    return found;
  };
  const feedbackClock = () => ({ calendar: context.calendar, policy: context.feedbackPolicy, now: clock(context).now });
  return {
    async listFeedback({ query }, ctx) {
      const view = selectedView('Feedback', query.fields, publicFeedback);
      if (!asksForUs(context, query.department))
        return wantsCsv(ctx, query)
          ? { text: feedbackToCsv([]), type: 'text/csv; charset=utf-8' }
          : { json: { ...emptyList, meta: await totalMeta(context, query, async () => ({ total: 0, totalIsEstimate: false })) } };
      const after = resumeFrom(ctx, query);
      const listed: FeedbackListQuery = { publishedOnly: true, limit: query.limit ?? 20, ...(query.kind ? { kind: query.kind } : {}) };
      const page = await store.feedback.list({ ...listed, ...(after ? { after } : {}) });
      if (wantsCsv(ctx, query)) return listReply(ctx, query, page, publicFeedback, feedbackToCsv);
      const meta = await totalMeta(context, query, () => store.feedback.count(listed));
      return { json: { ...listAnswer(ctx, query, page, view), meta } };
    },

    async getFeedback({ path }) {
      const found = await store.feedback.get(path.feedbackId);
      // Unpublished feedback is as absent as unknown feedback: its existence is the submitter's business.
      if (!found?.feedback.published) throw notFound('published feedback', path.feedbackId);
      return { json: publicFeedback(found.feedback) };
    },

    async submitFeedback({ body }, ctx) {
      const { now } = clock(context);
      const year = chinaYearOf(now);
      return withFreshId(
        () => store.nextSequence(`feedback:${year}`),
        (n) => `${context.department.id}:fb-${year}-${padded(n, 6)}`,
        async (id) => {
          const created = submittedFeedback(body, { ...feedbackClock(), id, departmentId: context.department.id });
          const { feedback } = created.record;
          const reply = {
            status: 201,
            json: {
              feedbackId: feedback.id,
              accessToken: created.accessToken,
              stage: feedback.stage,
              submittedAt: feedback.submittedAt,
              ...(feedback.replyDueOn ? { replyDueOn: feedback.replyDueOn } : {}),
            },
            headers: { Location: `/v1/feedback/${feedback.id}` },
          };
          // The receipt (with its one-time access token) is kept with the feedback, in one transaction.
          await store.feedback.create(created.record, idempotentAnswer(ctx, reply));
          return reply;
        },
      );
    },

    async rateFeedback({ path, body }, ctx) {
      const token = bearerToken(ctx);
      if (token === undefined) {
        throw new ApiError(
          problem('unauthorized', 401, {
            title: 'Access token required',
            detail: 'Send the access token you received when you submitted the feedback, as `Authorization: Bearer <token>`.',
          }),
          { 'WWW-Authenticate': 'Bearer realm="gongkai-feedback"' },
        );
      }
      const found = await store.feedback.get(path.feedbackId);
      // A wrong token answers exactly like an unknown id, so ids cannot be probed.
      if (!found || !tokenMatches(token, found.accessTokenHash)) throw notFound('feedback', `${path.feedbackId} for this access token`);
      const { record: rated, rating, change } = ratedFeedback(found, body, feedbackClock());
      await writeOrConflict(() => store.feedback.replace(rated, found.version, change), undefined, 'feedback');
      return { status: 201, json: rating };
    },

    async listFeedbackForDepartment({ query }, ctx) {
      const after = resumeFrom(ctx, query);
      const listed: FeedbackListQuery = { publishedOnly: false, limit: query.limit ?? 20, ...(query.kind ? { kind: query.kind } : {}) };
      const page = await store.feedback.list({ ...listed, ...(after ? { after } : {}) });
      const meta = await totalMeta(context, query, () => store.feedback.count(listed));
      return { json: { ...listAnswer(ctx, query, page), meta } };
    },

    async replyToFeedback({ path, body }) {
      const found = await record(path.feedbackId);
      const { record: replied, change } = repliedFeedback(found, body, clock(context).now);
      await writeOrConflict(() => store.feedback.replace(replied, found.version, change), undefined, 'feedback');
      return { json: replied.feedback };
    },

    async advanceFeedback({ path, body }) {
      const found = await record(path.feedbackId);
      const { record: advanced, change } = advancedFeedback(found, body, clock(context).now);
      await writeOrConflict(() => store.feedback.replace(advanced, found.version, change), undefined, 'feedback');
      return { json: advanced.feedback };
    },
  };
}
