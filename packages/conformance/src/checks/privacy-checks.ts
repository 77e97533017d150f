import { getOperation } from '@gongkai/spec';
import { adminOnlyFields } from '../contract/admin-only-fields';
import { successSchema } from '../contract/declared-responses';
import { personalDataIn } from '../contract/personal-data';
import { bodyJson, type Exchange } from '../http/exchange';
import { passed, skipped, verdict, type Check } from '../run/check';
import { failure, type Failure } from '../run/failure';
import { FILED_REQUEST, PUBLISHED_FEEDBACK, SENT_FEEDBACK, type FiledRequest, type SentFeedback } from './writes/written-records';

const MAX_SHOWN = 5;

/** Answers anyone could have had: public reads without a credential. */
const publicAnswers = (exchanges: readonly Exchange[]) =>
  exchanges.filter((e) => e.operationId && !e.credentialed && e.request.method === 'GET' && !getOperation(e.operationId).admin);

const adminOnlyCheck: Check = {
  id: 'privacy.admin-only-fields',
  area: 'privacy',
  title:
    'No public answer holds a field the contract keeps for department staff (x-admin-only: a submitter’s identity, consent, publication flag)',
  async run(context) {
    const failures: Failure[] = [];
    let judged = 0;
    for (const exchange of publicAnswers(context.probe.exchanges)) {
      if (exchange.response.status !== 200) continue;
      const schema = successSchema(getOperation(exchange.operationId!));
      const body = bodyJson(exchange.response);
      if (!schema || body === undefined) continue;
      judged++;
      const found = adminOnlyFields(schema, body);
      if (found.length)
        failures.push(
          failure(
            `a public answer has ${found.slice(0, 3).join(', ')}${found.length > 3 ? ` and ${found.length - 3} more` : ''}`,
            'only the fields a public answer may show',
            exchange,
          ),
        );
      if (failures.length >= MAX_SHOWN) break;
    }
    return judged === 0 ? skipped('no public answer to judge') : verdict(failures, `${judged} answers`);
  },
};

const personalDataCheck: Check = {
  id: 'privacy.no-personal-data',
  area: 'privacy',
  title: 'The personal data written by these checks (an applicant, a feedback submitter) appears in no public answer',
  needs: { writes: true },
  async run(context) {
    const request = context.written.get(FILED_REQUEST) as FiledRequest | undefined;
    const feedback = context.written.get(SENT_FEEDBACK) as SentFeedback | undefined;
    const personal = [...(request?.personal ?? []), ...(feedback?.personal ?? [])];
    if (personal.length === 0) return skipped('nothing with personal data was written');
    // Read again what the writes may have changed: the feedback lists, the published feedback, the feed.
    await context.read('listFeedback', { query: { limit: 100 } });
    const published = context.written.get(PUBLISHED_FEEDBACK) as SentFeedback | undefined;
    if (published) await context.read('getFeedback', { path: { feedbackId: published.receipt.feedbackId } });
    const feed = await context.walk('listChanges', { maxRecords: context.settings.maxRecords * 10 });
    const since = feed.pages.at(-1)?.meta['cursor'];
    if (typeof since === 'string') await context.read('listChanges', { query: { since } });
    const failures: Failure[] = [];
    const answers = publicAnswers(context.probe.exchanges);
    for (const exchange of answers) {
      const shown = personalDataIn(exchange.response, personal);
      if (shown.length)
        failures.push(
          failure(
            `a public answer shows ${shown.join(', ')}`,
            'personal data only to its owner (with the access token) and the department',
            exchange,
          ),
        );
      if (failures.length >= MAX_SHOWN) break;
    }
    return failures.length ? verdict(failures) : passed(`${answers.length} public answers searched for ${personal.length} personal values`);
  },
};

export const privacyChecks: Check[] = [adminOnlyCheck, personalDataCheck];
