import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { ApiKeyConfig, GatewayConfig } from '../config/config';
import { clientIp } from './client-ip';
import type { RateLimitPolicies } from './rate-limiter';

export const ANONYMOUS_READ = 'anonymous-read';
export const ANONYMOUS_WRITE = 'anonymous-write';

/** The named quotas of a configuration: anonymous reads and writes, and each API key's own. */
export function policiesOf(config: GatewayConfig): RateLimitPolicies {
  const { anonymousRead, anonymousWrite, apiKeys } = config.rateLimits;
  const policies: Record<string, { points: number; duration: number }> = {
    [ANONYMOUS_READ]: { points: anonymousRead.points, duration: anonymousRead.durationSeconds },
    [ANONYMOUS_WRITE]: { points: anonymousWrite.points, duration: anonymousWrite.durationSeconds },
  };
  for (const key of apiKeys) {
    policies[`key-${key.id}-read`] = { points: key.read.points, duration: key.read.durationSeconds };
    policies[`key-${key.id}-write`] = { points: key.write.points, duration: key.write.durationSeconds };
  }
  return policies;
}

function findApiKey(keys: readonly ApiKeyConfig[], presented: string): ApiKeyConfig | undefined {
  const digest = createHash('sha256').update(presented).digest();
  return keys.find((key) => timingSafeEqual(Buffer.from(key.sha256, 'hex'), digest));
}

/** The quota a request counts against, or `undefined` for a key the gateway does not know. */
export function quotaOf(
  req: IncomingMessage,
  apiKeys: readonly ApiKeyConfig[],
  /** Trusted proxies in front (`trustedProxyHops`), 0 for none. */
  proxyHops: number,
): { policy: string; subject: string; keyed: boolean } | undefined {
  const write = req.method === 'POST';
  const header = req.headers['x-api-key'];
  const presented = Array.isArray(header) ? header[0] : header;
  if (presented) {
    const key = findApiKey(apiKeys, presented);
    return key ? { policy: `key-${key.id}-${write ? 'write' : 'read'}`, subject: key.id, keyed: true } : undefined;
  }
  return { policy: write ? ANONYMOUS_WRITE : ANONYMOUS_READ, subject: clientIp(req, proxyHops), keyed: false };
}
