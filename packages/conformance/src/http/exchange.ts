/** A request exactly as it was sent, to show in a report and to repeat by hand. */
export interface SentRequest {
  readonly method: string;
  readonly url: string;
  /** The headers the checks chose (not the transport's own, such as `host`). */
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
}

/** What came back: the status, the headers (lower-case names) and the bytes, unparsed. */
export interface ReceivedResponse {
  /** 0 when no answer came (refused, reset, timed out); `error` says why. */
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
  readonly error?: string;
}

/** One request and its answer, with the contract operation it was for. */
export interface Exchange {
  readonly request: SentRequest;
  readonly response: ReceivedResponse;
  /** The contract operation the URL and method name, if any. */
  readonly operationId?: string;
  /** Whether the request carried a credential (an access or staff token). */
  readonly credentialed: boolean;
}

/** The media type of a response without its parameters (`application/json`), lower case. */
export function mediaType(response: ReceivedResponse): string {
  return (response.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
}

export function bodyText(response: ReceivedResponse): string {
  return response.body.toString('utf8');
}

/** The body parsed as JSON, or `undefined` when it is not JSON. */
export function bodyJson(response: ReceivedResponse): unknown {
  try {
    return JSON.parse(bodyText(response));
  } catch {
    return undefined;
  }
}
