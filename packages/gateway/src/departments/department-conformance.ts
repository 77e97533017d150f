/**
 * The conformance checks of `@gongkai/conformance`, run against the configured departments when
 * the gateway starts (`checkDepartments` in the configuration). The checks are imported only when
 * they run, so a gateway with the option off never loads them.
 */
import type { Logger } from 'pino';
import type { CheckResult } from '@gongkai/conformance';
import type { DepartmentConfig } from '../config/config';

/** What the checks found in one configured department. */
export interface DepartmentConformance {
  readonly department: string;
  readonly baseUrl: string;
  /** `unreachable`: nothing answered, which is an outage and not a violation. */
  readonly verdict: 'conforming' | 'violations' | 'unreachable';
  /** The ids of the checks that failed (`conditional.etag:getItem`, …). */
  readonly failedChecks: readonly string[];
  /** Why nothing answered, for an unreachable department. */
  readonly reason?: string;
}

export interface CheckDepartmentsOptions {
  /** Departments checked at once (default 4): each run sends a few hundred requests. */
  readonly concurrency?: number;
  /** Per request (default the checks' own, 10 000 ms). */
  readonly timeoutMs?: number;
}

/** The first failure of a check, as one log field: what was wrong, what was expected, on which request. */
function firstFailure(result: CheckResult): Record<string, string> {
  const failure = result.failures[0];
  if (!failure) return {};
  return {
    failure: failure.message,
    ...(failure.expected ? { expected: failure.expected } : {}),
    ...(failure.request ? { request: `${failure.request.method} ${failure.request.url}` } : {}),
  };
}

async function checkOne(department: DepartmentConfig, logger: Logger, timeoutMs: number | undefined): Promise<DepartmentConformance> {
  const { runConformance, TargetUnreachable } = await import('@gongkai/conformance');
  const base = { department: department.id, baseUrl: department.baseUrl };
  let report;
  try {
    // Read-only and without a staff token: the gateway never writes to a department to test it.
    report = await runConformance({ baseUrl: department.baseUrl, allowWrites: false, ...(timeoutMs ? { timeoutMs } : {}) });
  } catch (error) {
    if (!(error instanceof TargetUnreachable)) throw error;
    logger.warn({ ...base, reason: error.reason }, 'department did not answer the conformance checks');
    return { ...base, verdict: 'unreachable', failedChecks: [], reason: error.reason };
  }
  const failed = report.results.filter((result) => result.status === 'failed');
  for (const result of failed)
    logger.warn(
      { ...base, check: result.id, title: result.title, failures: result.failures.length, ...firstFailure(result) },
      'department fails a conformance check',
    );
  const summary = { ...base, ...report.summary, requests: report.requests, durationMs: report.durationMs };
  if (failed.length) logger.warn({ ...summary, failedChecks: failed.map((result) => result.id) }, 'department does not conform to v1');
  else logger.info(summary, 'department conforms to v1');
  return { ...base, verdict: failed.length ? 'violations' : 'conforming', failedChecks: failed.map((result) => result.id) };
}

/**
 * Runs the (read-only) conformance checks against each department, a few at a time, logging each
 * failing check at `warn` and a summary per department. Resolves with a verdict per department,
 * in the order given.
 */
export async function checkDepartments(
  departments: readonly DepartmentConfig[],
  logger: Logger,
  options: CheckDepartmentsOptions = {},
): Promise<DepartmentConformance[]> {
  const verdicts: DepartmentConformance[] = new Array(departments.length);
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < departments.length; index = next++)
      verdicts[index] = await checkOne(departments[index]!, logger, options.timeoutMs);
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 4, departments.length) }, worker));
  return verdicts;
}
