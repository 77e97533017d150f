import type { Logger } from 'pino';
import type { GatewayMetrics } from '../observability/metrics';

/** What is known of a request once it is answered, whichever entry point answered it. */
export interface RequestFinished {
  readonly requestId: string;
  readonly method: string;
  /** The path without the query. */
  readonly path: string;
  readonly status: number;
  readonly seconds: number;
  /** The contract operation, when the request matched one. */
  readonly operationId?: string;
  /** How the response cache served the answer, when it did. */
  readonly cache?: string;
  /** Answered before Koa. */
  readonly fastPath?: boolean;
}

/** Records finished requests: the request histogram and cache counter of `/metrics`, and one log line each. */
export function requestFinishedRecorder(metrics: GatewayMetrics, logger: Logger): (finished: RequestFinished) => void {
  const logRequests = logger.isLevelEnabled('info');
  return (finished) => {
    const { requestId, method, path, status, seconds, operationId, cache, fastPath } = finished;
    metrics.requests.observe([operationId ?? 'other', method, String(status)], seconds);
    if (cache) metrics.cache.inc([cache]);
    if (logRequests)
      logger.info(
        { requestId, method, path, status, ms: Math.round(seconds * 1e4) / 10, operationId, ...(fastPath ? { fastPath } : {}) },
        'request',
      );
  };
}
