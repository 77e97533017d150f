import { matchOperation } from '@gongkai/spec';
import { Agent, request } from 'undici';
import type { Exchange, ReceivedResponse, SentRequest } from './exchange';

export interface ProbeOptions {
  /** How long to wait for the headers and then between body chunks. */
  readonly timeoutMs: number;
  /** Larger answers are cut off and reported: a hostile server must not exhaust the checker's memory. */
  readonly maxBodyBytes: number;
  /** Called after each exchange (the progress line counts them). */
  readonly onExchange?: (exchange: Exchange) => void;
}

export interface ProbeRequest {
  readonly method?: 'GET' | 'POST' | 'PUT';
  /** A path below the base URL (`/v1/items?limit=5`) or an absolute URL of the same origin. */
  readonly target: string | URL;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
}

// A 429 is a rate limit, not a fault: wait as told (within reason) and ask again.
const MAX_RATE_LIMIT_WAIT_S = 30;
const RATE_LIMIT_RETRIES = 3;
// A department that stopped answering would otherwise cost a full timeout per remaining request.
const GIVE_UP_AFTER = 5;

/**
 * The checker's HTTP client. It sends exactly what a check asks for (no redirects followed, no
 * decompression, no retries except after a 429) and keeps every exchange, so each answer is
 * validated against the contract and each failure can show the request that caused it.
 */
export class Probe {
  readonly exchanges: Exchange[] = [];
  private readonly agent: Agent;
  private readonly basePath: string;
  private failedInARow = 0;

  constructor(
    readonly baseUrl: URL,
    private readonly options: ProbeOptions,
  ) {
    this.basePath = baseUrl.pathname.replace(/\/+$/, '');
    this.agent = new Agent({ connections: 4, headersTimeout: options.timeoutMs, bodyTimeout: options.timeoutMs });
  }

  /** The absolute URL of a path below the base URL. */
  url(path: string): URL {
    return new URL(`${this.basePath}${path}`, this.baseUrl.origin);
  }

  async send(probeRequest: ProbeRequest): Promise<Exchange> {
    const url =
      typeof probeRequest.target === 'string' && probeRequest.target.startsWith('/')
        ? this.url(probeRequest.target)
        : new URL(probeRequest.target);
    const sent: SentRequest = {
      method: probeRequest.method ?? 'GET',
      url: url.toString(),
      headers: { ...probeRequest.headers },
      ...(probeRequest.body !== undefined ? { body: probeRequest.body } : {}),
    };
    let response = await this.transmitUnlessGone(sent, url);
    for (let retry = 0; retry < RATE_LIMIT_RETRIES && response.status === 429; retry++) {
      const wait = Number(response.headers['retry-after']);
      if (!Number.isInteger(wait) || wait < 0 || wait > MAX_RATE_LIMIT_WAIT_S) break;
      await new Promise((resolve) => setTimeout(resolve, wait * 1000));
      response = await this.transmit(sent, url);
    }
    const exchange: Exchange = {
      request: sent,
      response,
      credentialed: Object.keys(sent.headers).some((name) => name.toLowerCase() === 'authorization'),
      ...this.operationOf(sent.method, url),
    };
    this.exchanges.push(exchange);
    this.options.onExchange?.(exchange);
    return exchange;
  }

  async close(): Promise<void> {
    await this.agent.close();
  }

  private operationOf(method: string, url: URL): { operationId?: string } {
    if (url.origin !== this.baseUrl.origin || !url.pathname.startsWith(`${this.basePath}/`)) return {};
    const match = matchOperation(method, url.pathname.slice(this.basePath.length));
    return match.kind === 'operation' ? { operationId: match.operation.operationId } : {};
  }

  private async transmitUnlessGone(sent: SentRequest, url: URL): Promise<ReceivedResponse> {
    if (this.failedInARow >= GIVE_UP_AFTER)
      return { status: 0, headers: {}, body: Buffer.alloc(0), error: `not sent: the last ${GIVE_UP_AFTER} requests got no answer` };
    const response = await this.transmit(sent, url);
    this.failedInARow = response.status === 0 ? this.failedInARow + 1 : 0;
    return response;
  }

  private async transmit(sent: SentRequest, url: URL): Promise<ReceivedResponse> {
    try {
      const answer = await request(url, {
        method: sent.method as 'GET' | 'POST' | 'PUT',
        headers: sent.headers,
        ...(sent.body !== undefined ? { body: sent.body } : {}),
        dispatcher: this.agent,
      });
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(answer.headers)) {
        if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of answer.body) {
        size += (chunk as Buffer).length;
        if (size > this.options.maxBodyBytes) {
          answer.body.destroy();
          return {
            status: answer.statusCode,
            headers,
            body: Buffer.concat(chunks),
            error: `the answer is larger than ${this.options.maxBodyBytes} bytes`,
          };
        }
        chunks.push(chunk as Buffer);
      }
      return { status: answer.statusCode, headers, body: Buffer.concat(chunks) };
    } catch (error) {
      return { status: 0, headers: {}, body: Buffer.alloc(0), error: describeTransportError(error) };
    }
  }
}

function describeTransportError(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const reason = cause?.code ?? code;
  const text = cause?.message ?? message ?? String(error);
  return reason && !text.includes(reason) ? `${reason}: ${text}` : text;
}
