import type { GatewayConfig } from '../config/config';

const cacheControls = new WeakMap<GatewayConfig['cache'], string>();

/** The Cache-Control of a cacheable answer, from the cache policy (computed once per configuration). */
export function cacheControlOf(policy: GatewayConfig['cache']): string {
  let value = cacheControls.get(policy);
  if (value === undefined) {
    const { ttlMs, staleWhileRevalidateMs, staleIfErrorMs } = policy;
    value = `public, max-age=${Math.floor(ttlMs / 1000)}, stale-while-revalidate=${Math.floor(staleWhileRevalidateMs / 1000)}, stale-if-error=${Math.floor(staleIfErrorMs / 1000)}`;
    cacheControls.set(policy, value);
  }
  return value;
}
