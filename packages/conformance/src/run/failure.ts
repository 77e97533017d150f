import { bodyText, mediaType, type Exchange, type SentRequest } from '../http/exchange';

/** What came back, as much as a person needs to see to understand a failure. */
export interface ReceivedSummary {
  readonly status: number;
  readonly contentType?: string;
  readonly headers: Readonly<Record<string, string>>;
  /** The start of the body (long bodies are cut). */
  readonly body: string;
  readonly error?: string;
}

/** One violation: what was expected, what was sent and what came back. */
export interface Failure {
  readonly message: string;
  readonly expected?: string;
  readonly request?: SentRequest;
  readonly received?: ReceivedSummary;
}

const BODY_EXCERPT = 600;
// Headers that explain a failure; the rest (Date, Connection…) only add noise to a report.
const SHOWN_HEADERS = ['etag', 'cache-control', 'location', 'link', 'idempotent-replayed', 'www-authenticate', 'retry-after'];

export function summarize(exchange: Exchange): ReceivedSummary {
  const { response } = exchange;
  const text = bodyText(response);
  const headers: Record<string, string> = {};
  for (const name of SHOWN_HEADERS) if (response.headers[name] !== undefined) headers[name] = response.headers[name];
  return {
    status: response.status,
    ...(response.headers['content-type'] ? { contentType: response.headers['content-type'] } : {}),
    headers,
    body: text.length > BODY_EXCERPT ? `${text.slice(0, BODY_EXCERPT)}… (${response.body.length} bytes)` : text,
    ...(response.error ? { error: response.error } : {}),
  };
}

/** The request as a report shows it: credentials never leave the run. */
function redacted(request: SentRequest): SentRequest {
  const headers = Object.fromEntries(
    Object.entries(request.headers).map(([name, value]) => [
      name,
      name.toLowerCase() === 'authorization' ? value.replace(/^(\S+\s+).*$/, '$1(redacted)') : value,
    ]),
  );
  const body = request.body !== undefined && request.body.length > BODY_EXCERPT ? `${request.body.slice(0, BODY_EXCERPT)}…` : request.body;
  return { ...request, headers, ...(body !== undefined ? { body } : {}) };
}

/** A failure tied to the exchange that shows it. */
export function failure(message: string, expected: string | undefined, exchange?: Exchange): Failure {
  return {
    message,
    ...(expected !== undefined ? { expected } : {}),
    ...(exchange ? { request: redacted(exchange.request), received: summarize(exchange) } : {}),
  };
}

/** The usual shape of a bad answer: the status and media type it had, and what it should have been. */
export function unexpectedAnswer(exchange: Exchange, expected: string): Failure {
  const { status } = exchange.response;
  const got =
    status === 0
      ? `no answer (${exchange.response.error ?? 'connection failed'})`
      : `${status} ${mediaType(exchange.response) || 'without a Content-Type'}`;
  return failure(`answered ${got}`, expected, exchange);
}

/** Whether a problem's `errors` point at `pointer` or inside it (`/query/department/0` names `department`). */
export function namesField(problem: unknown, pointer: string): boolean {
  const errors = (problem as { errors?: { pointer?: unknown }[] } | undefined)?.errors;
  return (
    Array.isArray(errors) &&
    errors.some((error) => typeof error?.pointer === 'string' && (error.pointer === pointer || error.pointer.startsWith(`${pointer}/`)))
  );
}
