import { randomBytes } from 'node:crypto';
import { getOperation, validateSchema } from '@gongkai/spec';
import { exampleBody } from '../../contract/example-bodies';
import { bodyJson, mediaType } from '../../http/exchange';
import { skipped, verdict, type Check } from '../../run/check';
import { failure, unexpectedAnswer, type Failure } from '../../run/failure';
import { PUBLISHED_FEEDBACK, SENT_FEEDBACK, type SentFeedback } from './written-records';

const ratingCheck: Check = {
  id: 'writes.feedback-rating:rateFeedback',
  area: 'writes',
  title: 'POST /v1/feedback/{feedbackId}/rating after a public reply: 401 without the access token, 404 with a wrong one, 201 with it',
  needs: { writes: true, staffToken: true },
  async run(context) {
    const sent = context.written.get(SENT_FEEDBACK) as SentFeedback | undefined;
    if (!sent) return skipped('no feedback was sent (see writes.idempotency:submitFeedback)');
    const path = { feedbackId: sent.receipt.feedbackId };
    const staff = { Authorization: `Bearer ${context.settings.staffToken}` };
    // A department replies (and publishes) before its reply can be rated.
    const reply = await context.write('replyToFeedback', { path, json: exampleBody(getOperation('replyToFeedback')), headers: staff });
    if (reply.response.status !== 200) return verdict([unexpectedAnswer(reply, '200: the staff token replies to the feedback')]);
    context.written.set(PUBLISHED_FEEDBACK, sent);
    const rating = exampleBody(getOperation('rateFeedback'));
    const failures: Failure[] = [];
    const anonymous = await context.write('rateFeedback', { path, json: rating });
    if (anonymous.response.status !== 401 || mediaType(anonymous.response) !== 'application/problem+json')
      failures.push(unexpectedAnswer(anonymous, '401 application/problem+json: only the submitter rates'));
    const wrong = await context.write('rateFeedback', {
      path,
      json: rating,
      headers: { Authorization: `Bearer ${randomBytes(24).toString('base64url')}` },
    });
    if (wrong.response.status !== 404 || mediaType(wrong.response) !== 'application/problem+json')
      failures.push(unexpectedAnswer(wrong, '404 application/problem+json: a wrong token looks like an unknown id'));
    const rated = await context.write('rateFeedback', {
      path,
      json: rating,
      headers: { Authorization: `Bearer ${sent.receipt.accessToken}` },
    });
    if (rated.response.status !== 201 || !validateSchema('Rating', bodyJson(rated.response)).ok)
      failures.push(unexpectedAnswer(rated, '201 with the Rating'));
    else if ((bodyJson(rated.response) as { level?: unknown }).level !== rating?.['level'])
      failures.push(failure('the rating answered has another level', `level ${String(rating?.['level'])}`, rated));
    // The published reply is a change: resuming the feed where it ended must show it.
    const feed = await context.walk('listChanges', { maxRecords: context.settings.maxRecords * 10 });
    const since = feed.pages.at(-1)?.meta['cursor'];
    if (feed.complete && typeof since === 'string') {
      const changes = await context.read('listChanges', { query: { since } });
      const data = (bodyJson(changes.response) as { data?: { resourceType?: unknown; resourceId?: unknown }[] } | undefined)?.data ?? [];
      if (!data.some((change) => change.resourceType === 'feedbackReply' && change.resourceId === sent.receipt.feedbackId))
        failures.push(
          failure(
            'the feed resumed after the reply shows no feedbackReply change of it',
            `a feedbackReply change of ${sent.receipt.feedbackId}`,
            changes,
          ),
        );
    }
    return verdict(failures);
  },
};

export const feedbackRatingChecks: Check[] = [ratingCheck];
