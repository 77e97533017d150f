import { LRUCache } from 'lru-cache';
import { Pool, errors as undiciErrors } from 'undici';
import type { DepartmentConfig } from '../config/config';
import { CircuitOpenError, type CircuitBreaker } from './circuit-breaker';
import { UpstreamError } from './upstream-error';
import { AskedBefore } from './asked-before';
import { AnswerDeadlineError, AnswerTooLargeError, collectAnswer } from './collect-answer';
import { ENTRY_OVERHEAD_BYTES, flatString, ownedBytes, stringBytes } from '../cache/retained-memory';

export interface DepartmentRequest {
  method: 'GET' | 'HEAD' | 'POST';
  /** Path below the department's base URL, already built from a contract path template. */
  path: string;
  query?: URLSearchParams;
  headers?: Record<string, string>;
  body?: Buffer;
}

export interface DepartmentResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

export interface DepartmentCallObserver {
  (event: { department: string; method: string; status: number | 'error'; seconds: number }): void;
}

/**
 * Failures that happen while connecting, before a byte of the request is written: only these let
 * the gateway tell a client that a write was certainly not recorded.
 */
const NO_CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** Headers a department's answer may pass on to the gateway's client; hop-by-hop ones never. */
const FORWARDED_RESPONSE_HEADERS = new Set([
  'content-type',
  'etag',
  'location',
  'idempotent-replayed',
  'cache-control',
  'retry-after',
  'www-authenticate',
  'gongkai-changes-cursor',
]);

/** A department's answer whose body is read as it arrives (an export), not held whole. */
export interface StreamedDepartmentResponse {
  status: number;
  headers: Record<string, string>;
  body: AsyncIterable<Uint8Array> & { destroy(error?: Error): void };
}

/**
 * Calls one department over a keep-alive connection pool (undici; the global fetch measured 3×
 * slower for this), with the department's own timeout and circuit breaker. Only the configured
 * base URL is ever called: callers pass a path built from the contract, never a URL.
 */
export class DepartmentClient {
  private readonly pool: Pool;
  private readonly basePath: string;
  /** The last answer to each anonymous GET asked more than once, kept to revalidate with its ETag (bounded by bytes). */
  private readonly validated: LRUCache<string, DepartmentResponse>;
  /** Which GETs were asked before: a page is kept for revalidation from its second ask on. */
  private readonly askedBefore = new AskedBefore();

  constructor(
    readonly department: DepartmentConfig,
    private readonly breaker: CircuitBreaker,
    private readonly observe?: DepartmentCallObserver,
    /** The bytes this department's revalidation pages may hold: its share of the cache's budget. */
    revalidationMaxBytes = 16 * 1024 * 1024,
  ) {
    this.validated = new LRUCache<string, DepartmentResponse>({
      maxSize: revalidationMaxBytes,
      sizeCalculation: (response, key) => stringBytes(key) + response.body.length + ENTRY_OVERHEAD_BYTES,
    });
    const url = new URL(department.baseUrl);
    this.basePath = url.pathname.replace(/\/+$/, '');
    this.pool = new Pool(url.origin, { connections: department.connections, keepAliveTimeout: 30_000, pipelining: 1 });
  }

  get id(): string {
    return this.department.id;
  }

  async request(request: DepartmentRequest): Promise<DepartmentResponse> {
    try {
      return await this.breaker.call(() => this.send(request));
    } catch (error) {
      throw this.toUpstreamError(error);
    }
  }

  /**
   * An anonymous GET revalidated with the ETag of the department's last answer: when nothing
   * changed the department answers 304 and neither side serialises or sends the page again. A
   * page is kept from its second ask on, so the third ask is the first one revalidated.
   */
  async getRevalidated(path: string, query?: URLSearchParams): Promise<DepartmentResponse> {
    const key = `${path}?${query?.toString() ?? ''}`;
    const previous = this.validated.get(key);
    const etag = previous?.headers['etag'];
    const response = await this.request({
      method: 'GET',
      path,
      ...(query ? { query } : {}),
      ...(etag ? { headers: { 'if-none-match': etag } } : {}),
    });
    if (response.status === 304 && previous) return previous;
    // A page asked once (a one-off search) is not kept: keeping and evicting one per request cost
    // about a fifth of an uncached fan-out's CPU (docs/performance.md). A page asked again is.
    const answered = response.headers['etag'];
    // A department that ignores If-None-Match answers 200 with the ETag it was asked with: the kept
    // copy already holds those bytes (a strong ETag names one representation), so it stays as it is.
    if (
      response.status === 200 &&
      answered &&
      answered !== etag &&
      !answered.startsWith('W/') &&
      (previous !== undefined || this.askedBefore.ask(key))
    )
      // Kept beyond this request: in a buffer of its own (the answer's may be a view of more).
      this.validated.set(flatString(key), { ...response, body: ownedBytes(response.body) });
    return response;
  }

  /**
   * A GET whose body is handed over as it arrives, at the pace it is read (an export). The circuit
   * breaker judges the answer's status and headers; a failure later in the body is the reader's to
   * report. Between two chunks the department's own timeout applies.
   */
  async stream(path: string, query?: URLSearchParams): Promise<StreamedDepartmentResponse> {
    try {
      return await this.breaker.call(async () => {
        const search = query?.toString();
        const started = process.hrtime.bigint();
        const response = await this.pool.request({
          method: 'GET',
          path: `${this.basePath}${path}${search ? `?${search}` : ''}`,
          headers: { accept: '*/*' },
          headersTimeout: this.department.timeoutMs,
          bodyTimeout: this.department.timeoutMs,
        });
        this.observe?.({
          department: this.id,
          method: 'GET',
          status: response.statusCode,
          seconds: Number(process.hrtime.bigint() - started) / 1e9,
        });
        if (response.statusCode >= 500) {
          response.body.destroy();
          throw new UpstreamError(this.id, 'badAnswer', `answered ${response.statusCode}`);
        }
        return { status: response.statusCode, headers: pickHeaders(response.headers), body: response.body };
      });
    } catch (error) {
      throw this.toUpstreamError(error);
    }
  }

  /**
   * One call, bounded twice: by `timeoutMs` for the whole answer (headers and every byte of the
   * body — undici's per-phase timeouts alone let a department that trickles a byte at a time hold
   * a list for as long as it likes) and by `maxAnswerBytes` for its size.
   */
  private async send(request: DepartmentRequest): Promise<DepartmentResponse> {
    const started = process.hrtime.bigint();
    const query = request.query?.toString();
    const { timeoutMs, maxAnswerBytes } = this.department;
    let status: number | 'error' = 'error';
    try {
      const response = await collectAnswer(
        this.pool,
        {
          method: request.method,
          path: `${this.basePath}${request.path}${query ? `?${query}` : ''}`,
          headers: { accept: 'application/json', ...request.headers },
          ...(request.body ? { body: request.body } : {}),
          headersTimeout: timeoutMs,
          bodyTimeout: timeoutMs,
        },
        { deadlineMs: timeoutMs, maxBytes: maxAnswerBytes },
      );
      status = response.status;
      if (response.status >= 500) {
        throw new UpstreamError(this.id, 'badAnswer', `answered ${response.status}`);
      }
      return { status: response.status, headers: pickHeaders(response.headers), body: response.body };
    } catch (error) {
      if (error instanceof AnswerTooLargeError) throw new UpstreamError(this.id, 'badAnswer', error.message);
      if (error instanceof AnswerDeadlineError) throw new UpstreamError(this.id, 'timeout', `did not answer within ${timeoutMs} ms`);
      throw error;
    } finally {
      this.observe?.({ department: this.id, method: request.method, status, seconds: Number(process.hrtime.bigint() - started) / 1e9 });
    }
  }

  private toUpstreamError(error: unknown): UpstreamError {
    if (error instanceof UpstreamError) return error;
    if (error instanceof CircuitOpenError) {
      return new UpstreamError(
        this.id,
        'circuitOpen',
        'is failing; the gateway stopped calling it for now (circuit open)',
        Math.max(1, Math.ceil(error.retryAfterMs / 1000)),
      );
    }
    const name = (error as Error | undefined)?.name;
    if (
      name === 'TimeoutError' ||
      name === 'AbortError' ||
      error instanceof undiciErrors.HeadersTimeoutError ||
      error instanceof undiciErrors.BodyTimeoutError
    ) {
      return new UpstreamError(this.id, 'timeout', `did not answer within ${this.department.timeoutMs} ms`);
    }
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    const cause = code ?? (error as Error | undefined)?.message ?? 'unknown error';
    if (code !== undefined && NO_CONNECTION_CODES.has(code))
      return new UpstreamError(this.id, 'unreachable', `is not reachable (${cause})`);
    // Any other failure may have come after the request went out: a write may have been recorded.
    return new UpstreamError(this.id, 'interrupted', `closed the connection before answering (${cause})`);
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

function pickHeaders(headers: Readonly<Record<string, string | string[] | undefined>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || !FORWARDED_RESPONSE_HEADERS.has(name)) continue;
    out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

/** Parses a department's JSON answer; a department that sends something else has failed. */
export function parseDepartmentJson<T>(department: string, response: DepartmentResponse): T {
  try {
    return JSON.parse(response.body.toString('utf8')) as T;
  } catch {
    throw new UpstreamError(department, 'badAnswer', `answered ${response.status} with a body that is not JSON`);
  }
}
