import type { Context } from 'koa';
import {
  ApiError,
  complianceAsOfError,
  sumAnnualReports,
  validationProblem,
  type AnnualReport,
  type ComplianceScoreboard,
  type OperationParameters,
} from '@gongkai/spec';
import { chinaDateOf, chinaTimestamp } from '@gongkai/spec/china-time';
import { parseDepartmentJson } from '../../departments/department-client';
import { toQueryString } from '../../departments/department-query';
import { failureOf, type DepartmentFailure } from '../../departments/department-failure';
import type { GatewayContext } from '../../gateway-context';
import { sendCached, sendJson } from '../send-cached';
import { UNCACHEABLE_HEADER } from '../../cache/uncacheable';
import { UpstreamError } from '../../departments/upstream-error';

/** Asks each department the same question; collects the answers and names the ones that failed. */
async function askEach<T>(
  gateway: GatewayContext,
  departments: string[],
  path: string,
  query: URLSearchParams,
): Promise<{ answers: T[]; failures: DepartmentFailure[] }> {
  type Outcome = { answer: T } | { failure: DepartmentFailure };
  const outcomes = await Promise.all(
    departments.map(async (department): Promise<Outcome> => {
      try {
        const response = await gateway.registry.require(department).request({ method: 'GET', path, query });
        if (response.status !== 200) throw new UpstreamError(department, 'badAnswer', `answered ${response.status}`);
        return { answer: parseDepartmentJson<T>(department, response) };
      } catch (error) {
        return { failure: failureOf(department, error) };
      }
    }),
  );
  return {
    answers: outcomes.flatMap((outcome): T[] => ('answer' in outcome ? [outcome.answer] : [])),
    failures: outcomes.flatMap((outcome): DepartmentFailure[] => ('failure' in outcome ? [outcome.failure] : [])),
  };
}

function send(ctx: Context, body: unknown, partial: boolean): void {
  sendJson(ctx, body, partial ? 'no-store' : 'public, max-age=60');
}

/**
 * `GET /v1/reports/annual`: one department's report as it gives it, or — without `department`, or
 * with several — the sum of the departments' tables, with the format's consistency checks run
 * again on the sum. A department that fails is named; the sum is then marked partial.
 */
export async function answerAnnualReport(
  ctx: Context,
  gateway: GatewayContext,
  params: OperationParameters<'getAnnualReport'>,
): Promise<void> {
  const departments = gateway.registry.select(params.query.department);
  const { year } = params.query;
  const { answers, failures } = await askEach<AnnualReport>(
    gateway,
    departments,
    '/v1/reports/annual',
    new URLSearchParams({ year: String(year) }),
  );
  const single = departments.length === 1 && answers.length === 1;
  const report: AnnualReport = single ? answers[0]! : sumAnnualReports(answers, { year, generatedAt: chinaTimestamp(gateway.now()) });
  const body: AnnualReport = failures.length ? { ...report, partial: true, failures: [...(report.failures ?? []), ...failures] } : report;
  if (!single && answers.length === 0) body.departments = [];
  send(ctx, body, failures.length > 0);
}

/**
 * `GET /v1/compliance`: a scoreboard with one entry per department asked. Measuring reads every
 * record of every department, so a complete scoreboard is kept in the response cache per day and
 * question (the day in the key, as a missing `asOf` means today); `asOf` is bounded first.
 */
export async function answerCompliance(ctx: Context, gateway: GatewayContext, params: OperationParameters<'getCompliance'>): Promise<void> {
  const now = gateway.now();
  const outOfRange = complianceAsOfError(params.query.asOf, now);
  if (outOfRange) throw new ApiError(validationProblem([outOfRange]));
  const departments = gateway.registry.select(params.query.department);
  const query = toQueryString(params.query, ['department']);
  const today = chinaDateOf(now);
  const key = `compliance:${today}:${departments.join(',')}:${query.toString()}`;
  const result = await gateway.cache.get(key, async () => {
    const { answers, failures } = await askEach<ComplianceScoreboard>(gateway, departments, '/v1/compliance', query);
    const scoreboard: ComplianceScoreboard = {
      asOf: params.query.asOf ?? answers[0]?.asOf ?? today,
      generatedAt: chinaTimestamp(gateway.now()),
      departments: answers.flatMap((answer) => answer.departments),
      ...(failures.length ? { partial: true, failures } : {}),
    };
    const headers: Record<string, string> = failures.length ? { [UNCACHEABLE_HEADER]: 'true' } : {};
    return { status: 200, contentType: 'application/json', body: Buffer.from(JSON.stringify(scoreboard)), headers };
  });
  sendCached(ctx, gateway, result, key);
}
