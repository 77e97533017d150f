/**
 * The IETF RateLimit header fields, as in draft-ietf-httpapi-ratelimit-headers-11 (May 2026):
 *
 *   RateLimit-Policy: "anon";q=600;w=60      the quota q per window w seconds
 *   RateLimit: "anon";r=599;t=42             r units remain, the window resets in t seconds
 *
 * Both are Structured Field Lists (RFC 9651) of Strings naming the policy, with parameters; that
 * shape dates from draft-08. Drafts up to -07 used other shapes (the separate RateLimit-Limit /
 * -Remaining / -Reset fields among them), which current clients do not read.
 *
 * The partition key parameter `pk` is left out on purpose: ours is the client's IP address or
 * API key, which a response should not echo.
 */

export interface QuotaPolicy {
  readonly name: string;
  readonly quota: number;
  readonly windowSeconds: number;
}

export interface ServiceLimit {
  readonly name: string;
  readonly remaining: number;
  readonly resetSeconds: number;
}

/** What a rate-limit decision carries; `RateLimitDecision` from `rate-limit.ts` is one. */
export interface RateLimitOutcome {
  readonly allowed: boolean;
  readonly policy: string;
  readonly limit: number;
  readonly remaining: number;
  readonly resetSeconds: number;
  readonly windowSeconds: number;
}

export function rateLimitPolicyField(policies: readonly QuotaPolicy[]): string {
  return policies.map((p) => `${sfString(p.name)};q=${sfInteger(p.quota)};w=${sfInteger(Math.max(1, p.windowSeconds))}`).join(', ');
}

export function rateLimitField(limits: readonly ServiceLimit[]): string {
  return limits.map((l) => `${sfString(l.name)};r=${sfInteger(l.remaining)};t=${sfInteger(l.resetSeconds)}`).join(', ');
}

/**
 * Every header to set for one decision; `Retry-After` (delay-seconds, RFC 9110 §10.2.3) only
 * when the request is refused. It is never earlier than the end of the effective window `t`,
 * as the draft requires (§6).
 */
export function rateLimitHeaders(decision: RateLimitOutcome): Record<string, string> {
  const { policy: name, limit: quota, windowSeconds } = decision;
  const headers: Record<string, string> = {
    'RateLimit-Policy': policyFieldOf(name, quota, windowSeconds),
    RateLimit: `${policyNameOf(name)};r=${sfInteger(decision.remaining)};t=${sfInteger(decision.resetSeconds)}`,
  };
  if (!decision.allowed) headers['Retry-After'] = String(retryAfterSeconds(decision));
  return headers;
}

// Every answer carries both fields, and the policies are the configuration's few: their names and
// the policy field are formatted once each, not per request.
const policyNames = new Map<string, string>();
const policyFields = new Map<string, string>();

function policyNameOf(name: string): string {
  let formatted = policyNames.get(name);
  if (formatted === undefined) policyNames.set(name, (formatted = sfString(name)));
  return formatted;
}

function policyFieldOf(name: string, quota: number, windowSeconds: number): string {
  const key = `${name}\n${quota}\n${windowSeconds}`;
  let field = policyFields.get(key);
  if (field === undefined) policyFields.set(key, (field = rateLimitPolicyField([{ name, quota, windowSeconds }])));
  return field;
}

export function retryAfterSeconds(decision: Pick<RateLimitOutcome, 'resetSeconds'>): number {
  return Math.max(1, Math.ceil(decision.resetSeconds));
}

// RFC 9651 §4.1.7: printable ASCII only, with `"` and `\` escaped.
function sfString(value: string): string {
  if (!/^[\x20-\x7e]*$/.test(value)) {
    throw new TypeError(`A rate-limit policy name must be printable ASCII, got ${JSON.stringify(value)}.`);
  }
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

// RFC 9651 §4.1.4: at most 15 digits. Counts are never negative here, and fractions are rounded
// up so that a client never waits too little.
function sfInteger(value: number): string {
  return String(Math.min(999_999_999_999_999, Math.max(0, Math.ceil(value))));
}
