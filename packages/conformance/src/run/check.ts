import type { Failure } from './failure';
import type { RunContext } from './run-context';

/** The areas checks are grouped by, in the order a report shows them. */
export const AREAS = [
  'discovery',
  'contract',
  'ids',
  'lists',
  'filters',
  'resources',
  'conditional',
  'bad-input',
  'changes',
  'representations',
  'admin',
  'writes',
  'privacy',
] as const;

export type Area = (typeof AREAS)[number];

export type Verdict =
  | { readonly status: 'passed'; readonly detail?: string }
  | { readonly status: 'failed'; readonly failures: readonly Failure[]; readonly detail?: string }
  | { readonly status: 'skipped'; readonly reason: string };

/** What a check needs beyond read access. */
export interface CheckNeeds {
  /** It writes (files a request, sends feedback): only with `allowWrites`. */
  readonly writes?: boolean;
  /** It uses the department's staff token: only with `token`. */
  readonly staffToken?: boolean;
}

export interface Check {
  /** Stable across releases: `<area>.<rule>` or `<area>.<rule>:<operationId>`. */
  readonly id: string;
  readonly area: Area;
  readonly title: string;
  readonly needs?: CheckNeeds;
  run(context: RunContext): Promise<Verdict>;
}

export const passed = (detail?: string): Verdict => ({ status: 'passed', ...(detail ? { detail } : {}) });
export const skipped = (reason: string): Verdict => ({ status: 'skipped', reason });

/** Passed when nothing failed, else failed with every failure. */
export function verdict(failures: readonly Failure[], detail?: string): Verdict {
  return failures.length ? { status: 'failed', failures, ...(detail ? { detail } : {}) } : passed(detail);
}
