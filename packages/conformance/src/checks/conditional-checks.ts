import type { Operation } from '@gongkai/spec';
import { successMediaTypes } from '../contract/declared-responses';
import { publicReads } from '../contract/list-operations';
import { requiredQuery } from '../contract/parameter-values';
import type { Exchange } from '../http/exchange';
import { skipped, verdict, type Check } from '../run/check';
import { failure, unexpectedAnswer, type Failure } from '../run/failure';
import type { ReadRequest, RunContext } from '../run/run-context';

// RFC 9110 §8.8.3: entity-tag = [ "W/" ] DQUOTE *etagc DQUOTE.
const STRONG_ETAG = /^"[\x21\x23-\x7E\x80-\xFF]*"$/;

/**
 * A GET's validator round trip: a strong ETag on the 200, a 304 without a body (and with the
 * same ETag) for `If-None-Match` with it, a full answer for another tag.
 */
export async function etagRoundTrip(
  context: RunContext,
  operationId: string,
  request: ReadRequest,
  label: string,
): Promise<{ failures: Failure[]; etag?: string; first?: Exchange }> {
  const first = await context.read(operationId, request);
  if (first.response.status !== 200) return { failures: [unexpectedAnswer(first, `200 (${label})`)], first };
  let etag = first.response.headers['etag'];
  if (etag === undefined)
    return { failures: [failure(`${label}: no ETag header`, 'a strong ETag on every 200 answer to a GET', first)], first };
  const failures: Failure[] = [];
  if (!STRONG_ETAG.test(etag))
    failures.push(failure(`${label}: ETag ${etag} is not a strong entity tag`, 'a strong ETag: "…" without W/', first));
  const revalidate = (tag: string) => context.read(operationId, { ...request, headers: { ...request.headers, 'If-None-Match': tag } });
  let revalidated = await revalidate(etag);
  // A 200 with another tag is right if the representation changed meanwhile (a report stamped
  // with the time it was made); asked again at once with the new tag, it must be a 304.
  const changed = revalidated.response.headers['etag'];
  if (revalidated.response.status === 200 && changed !== undefined && changed !== etag) {
    etag = changed;
    revalidated = await revalidate(changed);
  }
  if (revalidated.response.status !== 304)
    failures.push(unexpectedAnswer(revalidated, `304 Not Modified for If-None-Match: ${etag} (${label})`));
  else {
    if (revalidated.response.body.length > 0)
      failures.push(
        failure(`${label}: the 304 has a body of ${revalidated.response.body.length} bytes`, 'a 304 without a body', revalidated),
      );
    if (revalidated.response.headers['etag'] !== etag)
      failures.push(
        failure(
          `${label}: the 304 has ETag ${revalidated.response.headers['etag'] ?? '(none)'}`,
          `the same ETag ${etag} (RFC 9110 §15.4.5)`,
          revalidated,
        ),
      );
  }
  const other = await context.read(operationId, {
    ...request,
    headers: { ...request.headers, 'If-None-Match': '"conformance-other-tag"' },
  });
  if (other.response.status !== 200) failures.push(unexpectedAnswer(other, `200 for an If-None-Match that does not match (${label})`));
  return { failures, etag, first };
}

function conditionalCheck(operation: Operation): Check {
  const types = successMediaTypes(operation);
  return {
    id: `conditional.etag:${operation.operationId}`,
    area: 'conditional',
    title: `GET ${operation.path}: a strong ETag${types.length > 1 ? ' per representation' : ''}, and If-None-Match gives 304`,
    async run(context) {
      const path = await context.pathValues(operation);
      if (!path) return skipped('no record to ask for (the list it takes ids from is empty)');
      const failures: Failure[] = [];
      const tags = new Map<string, string>();
      for (const type of types) {
        const round = await etagRoundTrip(
          context,
          operation.operationId,
          { path, query: requiredQuery(operation), headers: { Accept: type } },
          `Accept: ${type}`,
        );
        failures.push(...round.failures);
        if (round.etag) tags.set(type, round.etag);
      }
      const distinct = new Set(tags.values());
      if (tags.size > 1 && distinct.size < tags.size)
        failures.push(
          failure(
            `the representations ${[...tags.keys()].join(' and ')} share an ETag`,
            'a strong ETag names one representation: different bytes, different tags',
          ),
        );
      return verdict(failures);
    },
  };
}

const needsToken = (operation: Operation) =>
  (operation.object.security ?? []).length > 0 && (operation.object.security ?? []).every((r) => 'accessToken' in r);

/** Whether the contract promises an ETag on the read's 200 (an export, streamed and never built whole, has none). */
const declaresEtag = (operation: Operation) =>
  'ETag' in (((operation.object.responses['200'] as { headers?: Record<string, unknown> } | undefined)?.headers ?? {}) as object);

/**
 * Conditional requests on every public read that anyone may make and whose answer carries an
 * ETag (token-bound reads are checked with the writes).
 */
export const conditionalChecks: Check[] = publicReads()
  .filter((operation) => !needsToken(operation) && declaresEtag(operation))
  .map(conditionalCheck);
export { needsToken };
