import { randomBytes } from 'node:crypto';
import { personalDataIn } from '../../contract/personal-data';
import { bodyJson, mediaType, type Exchange } from '../../http/exchange';
import { skipped, verdict, type Check } from '../../run/check';
import { failure, unexpectedAnswer, type Failure } from '../../run/failure';
import { etagRoundTrip } from '../conditional-checks';
import { FILED_REQUEST, type FiledRequest } from './written-records';

function leaks(exchange: Exchange, personal: readonly string[], who: string): Failure[] {
  const shown = personalDataIn(exchange.response, personal);
  return shown.length
    ? [
        failure(
          `${who} sees the applicant's ${shown.join(', ')}`,
          'no personal data without the access token (Art. 29: the applicant’s data is never public)',
          exchange,
        ),
      ]
    : [];
}

const requestAccessCheck: Check = {
  id: 'writes.request-access:getRequest',
  area: 'writes',
  title:
    'GET /v1/requests/{trackingNumber}: 401 without the access token, 404 with a wrong one — no personal data either way — and the request with it',
  needs: { writes: true },
  async run(context) {
    const filed = context.written.get(FILED_REQUEST) as FiledRequest | undefined;
    if (!filed) return skipped('no request was filed (see writes.idempotency:submitRequest)');
    const path = { trackingNumber: filed.receipt.trackingNumber };
    const failures: Failure[] = [];
    const anonymous = await context.read('getRequest', { path });
    if (anonymous.response.status !== 401 || mediaType(anonymous.response) !== 'application/problem+json')
      failures.push(unexpectedAnswer(anonymous, '401 application/problem+json: the access token is required'));
    failures.push(...leaks(anonymous, filed.personal, 'anyone without the token'));
    const wrong = await context.read('getRequest', { path, headers: { Authorization: `Bearer ${randomBytes(24).toString('base64url')}` } });
    if (wrong.response.status !== 404 || mediaType(wrong.response) !== 'application/problem+json')
      failures.push(unexpectedAnswer(wrong, '404 application/problem+json: a wrong token looks like an unknown tracking number'));
    failures.push(...leaks(wrong, filed.personal, 'a wrong token'));
    const headers = { Authorization: `Bearer ${filed.receipt.accessToken}` };
    const round = await etagRoundTrip(context, 'getRequest', { path, headers }, 'with the access token');
    failures.push(...round.failures);
    const own = round.first;
    if (own?.response.status === 200) {
      const request = bodyJson(own.response) as { trackingNumber?: unknown } | undefined;
      if (request?.trackingNumber !== filed.receipt.trackingNumber)
        failures.push(
          failure(`the token gave ${JSON.stringify(request?.trackingNumber)}`, `the request ${filed.receipt.trackingNumber}`, own),
        );
      // Answers to a request with Authorization may be stored by shared caches only when told so (RFC 9111 §3.5).
      const cacheControl = own.response.headers['cache-control'] ?? '';
      if (/\bpublic\b|\bs-maxage\b/i.test(cacheControl))
        failures.push(failure(`Cache-Control: ${cacheControl} lets shared caches keep the applicant's data`, 'private or no-store', own));
    }
    return verdict(failures);
  },
};

export const requestAccessChecks: Check[] = [requestAccessCheck];
