import type { Dispatcher } from 'undici';

/** Thrown when a department's answer is larger than the gateway will hold. */
export class AnswerTooLargeError extends Error {
  override readonly name = 'AnswerTooLargeError';

  constructor(readonly maxBytes: number) {
    super(`answered more than ${maxBytes} bytes`);
  }
}

/** Thrown when the whole answer (headers and every byte of the body) did not arrive in time. */
export class AnswerDeadlineError extends Error {
  override readonly name = 'AnswerDeadlineError';

  constructor(readonly deadlineMs: number) {
    super(`did not answer within ${deadlineMs} ms`);
  }
}

export interface CollectedAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  /**
   * The body in one buffer. Not always one of its own: a body that came in one chunk is a view into
   * the socket's read memory (up to 64 KiB), one of less than 4 KiB in several a view into a shared
   * pool slab. Holding it for the request costs nothing; what keeps it longer (the response cache,
   * a department's revalidation pages) keeps a copy (`ownedBytes`), so that it pins only its bytes.
   */
  readonly body: Buffer;
}

export interface AnswerBounds {
  /** For the whole answer: undici's per-phase timeouts alone let a department trickle forever. */
  readonly deadlineMs: number;
  /** A declared `Content-Length` over it is refused before a byte is read; past it reading stops. */
  readonly maxBytes: number;
}

/**
 * One request through undici's dispatcher, its answer gathered as it arrives and counted. This is
 * what `pool.request` does, without the per-call body stream, its async iterator and an
 * `AbortSignal` for the deadline: on the gateway's hottest paths (every uncached read makes one
 * call, a federated list one per department) those were about a tenth of its CPU time (measured
 * in docs/performance.md). Past `maxBytes` or the deadline the request is aborted, which closes
 * its connection: a department sending 400 MB costs the gateway at most `maxBytes`.
 */
export function collectAnswer(dispatcher: Dispatcher, options: Dispatcher.DispatchOptions, bounds: AnswerBounds): Promise<CollectedAnswer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    let status = 0;
    let headers: Record<string, string | string[] | undefined> = {};
    let controller: Dispatcher.DispatchController | undefined;
    let settled = false;

    const fail = (error: Error): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      controller?.abort(error);
      reject(error);
    };
    // A request still queued for a connection is failed at once; it is aborted when it starts.
    const timer = setTimeout(() => fail(new AnswerDeadlineError(bounds.deadlineMs)), bounds.deadlineMs);

    dispatcher.dispatch(options, {
      onRequestStart(started) {
        controller = started;
        if (settled) started.abort(new AnswerDeadlineError(bounds.deadlineMs));
      },
      onResponseStart(_controller, statusCode, responseHeaders) {
        // 1xx informational answers come first; the final one replaces them.
        status = statusCode;
        headers = responseHeaders;
        const declared = Number(responseHeaders['content-length']);
        if (Number.isFinite(declared) && declared > bounds.maxBytes) fail(new AnswerTooLargeError(bounds.maxBytes));
      },
      onResponseData(_controller, chunk) {
        if (settled) return;
        received += chunk.length;
        if (received > bounds.maxBytes) return fail(new AnswerTooLargeError(bounds.maxBytes));
        chunks.push(chunk);
      },
      onResponseEnd() {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve({ status, headers, body: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, received) });
      },
      onResponseError(_controller, error) {
        fail(error);
      },
    });
  });
}
