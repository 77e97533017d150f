import { specVersion } from '@gongkai/spec';
import packageJson from '../../package.json' with { type: 'json' };
import { catalogue } from '../checks/catalogue';
import type { Exchange } from '../http/exchange';
import { Probe } from '../http/probe';
import { AREAS, type Area, type Check, type Verdict } from './check';
import type { Failure } from './failure';
import { RunContext } from './run-context';

export interface ConformanceOptions {
  /** The department's base URL: the part before `/v1/…`. */
  readonly baseUrl: string | URL;
  /** The department's staff token: the admin operations are then checked as staff use them. */
  readonly token?: string;
  /** Let the checks write: file a disclosure request, send and rate feedback (default false). */
  readonly allowWrites?: boolean;
  /** How many records a walk of one list reads at most (default 1000). */
  readonly maxRecords?: number;
  /** Per request, for the headers and between body chunks (default 10 000 ms). */
  readonly timeoutMs?: number;
  /** Run only these checks: an area (`lists`), a rule (`lists.cursor-walk`) or a whole id (`lists.cursor-walk:listItems`). */
  readonly only?: readonly string[];
  readonly onProgress?: (progress: ConformanceProgress) => void;
  /** Every request the checks send, with its answer (to log them, or to search them). */
  readonly onExchange?: (exchange: Exchange) => void;
}

export interface ConformanceProgress {
  readonly done: number;
  readonly total: number;
  readonly check: { readonly id: string; readonly title: string };
  readonly requests: number;
}

export interface CheckResult {
  readonly id: string;
  readonly area: Area;
  readonly title: string;
  readonly status: Verdict['status'];
  /** What was checked (`35 records`) or, for a skipped check, why it was skipped. */
  readonly detail?: string;
  readonly failures: readonly Failure[];
  readonly requests: number;
  readonly durationMs: number;
}

export interface ConformanceReport {
  readonly tool: { readonly name: string; readonly version: string };
  readonly contractVersion: string;
  readonly target: string;
  readonly startedAt: string;
  readonly durationMs: number;
  readonly requests: number;
  readonly settings: { readonly allowWrites: boolean; readonly staffToken: boolean; readonly maxRecords: number };
  /** No check failed. */
  readonly conforming: boolean;
  readonly summary: { readonly passed: number; readonly failed: number; readonly skipped: number };
  /** In the order of `AREAS`, then of the catalogue. */
  readonly results: readonly CheckResult[];
}

/** The target did not answer at all (refused, reset, timed out, no such host): exit 2, not a list of violations. */
export class TargetUnreachable extends Error {
  override readonly name = 'TargetUnreachable';
  constructor(
    readonly url: string,
    readonly reason: string,
  ) {
    super(`${url} did not answer: ${reason}`);
  }
}

/** `https://x/finance/`, `https://x/finance/v1` → `https://x/finance`. */
export function normaliseBaseUrl(input: string | URL): URL {
  const url = new URL(input);
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new TypeError(`the base URL must be http:// or https://, not ${url.protocol}`);
  url.pathname = url.pathname.replace(/\/+$/, '').replace(/\/v1$/, '');
  url.search = '';
  url.hash = '';
  return url;
}

function selected(check: Check, only: readonly string[] | undefined): boolean {
  const within = (prefix: string) => check.id === prefix || (check.id.startsWith(prefix) && /^[.:]/.test(check.id.slice(prefix.length)));
  return !only?.length || check.area === 'discovery' || only.some(within);
}

function unmet(check: Check, options: ConformanceOptions): string | undefined {
  if (check.needs?.writes && !options.allowWrites) return 'it writes: run with --allow-writes';
  if (check.needs?.staffToken && !options.token) return "it needs the department's staff token: run with --token";
  return undefined;
}

async function runOne(check: Check, context: RunContext): Promise<Verdict> {
  try {
    return await check.run(context);
  } catch (error) {
    return { status: 'failed', failures: [{ message: `the check could not finish: ${(error as Error).stack ?? String(error)}` }] };
  }
}

/**
 * Runs the conformance checks against a department and reports each: passed, failed (with the
 * request, what was expected and what came back) or skipped (and why). Throws
 * `TargetUnreachable` when the department does not answer at all.
 */
export async function runConformance(options: ConformanceOptions): Promise<ConformanceReport> {
  const baseUrl = normaliseBaseUrl(options.baseUrl);
  const started = Date.now();
  const maxRecords = options.maxRecords ?? 1000;
  const probe = new Probe(baseUrl, {
    timeoutMs: options.timeoutMs ?? 10_000,
    maxBodyBytes: 32 * 1024 * 1024,
    ...(options.onExchange ? { onExchange: options.onExchange } : {}),
  });
  const context = new RunContext(probe, {
    allowWrites: options.allowWrites ?? false,
    maxRecords,
    ...(options.token ? { staffToken: options.token } : {}),
  });
  const checks = catalogue.filter((check) => selected(check, options.only));
  const results = new Map<string, CheckResult>();
  try {
    let discovered = true;
    for (const [index, check] of checks.entries()) {
      options.onProgress?.({ done: index, total: checks.length, check, requests: probe.exchanges.length });
      const before = probe.exchanges.length;
      const began = Date.now();
      const reason = !discovered ? 'discovery failed: without the departments nothing else can be checked' : unmet(check, options);
      const verdict: Verdict = reason ? { status: 'skipped', reason } : await runOne(check, context);
      if (check.id === 'discovery.departments' && verdict.status !== 'passed') {
        const first = probe.exchanges[0];
        if (first && first.response.status === 0) throw new TargetUnreachable(baseUrl.toString(), first.response.error ?? 'no answer');
        discovered = false;
      }
      results.set(check.id, {
        id: check.id,
        area: check.area,
        title: check.title,
        status: verdict.status,
        ...(verdict.status === 'skipped' ? { detail: verdict.reason } : verdict.detail ? { detail: verdict.detail } : {}),
        failures: verdict.status === 'failed' ? verdict.failures : [],
        requests: probe.exchanges.length - before,
        durationMs: Date.now() - began,
      });
    }
    options.onProgress?.({ done: checks.length, total: checks.length, check: checks.at(-1)!, requests: probe.exchanges.length });
  } finally {
    await probe.close();
  }
  const ordered = AREAS.flatMap((area) => checks.filter((check) => check.area === area).map((check) => results.get(check.id)!));
  const count = (status: Verdict['status']) => ordered.filter((result) => result.status === status).length;
  return {
    tool: { name: packageJson.name, version: packageJson.version },
    contractVersion: specVersion,
    target: baseUrl.toString(),
    startedAt: new Date(started).toISOString(),
    durationMs: Date.now() - started,
    requests: probe.exchanges.length,
    settings: { allowWrites: options.allowWrites ?? false, staffToken: Boolean(options.token), maxRecords },
    conforming: count('failed') === 0,
    summary: { passed: count('passed'), failed: count('failed'), skipped: count('skipped') },
    results: ordered,
  };
}
