import { ApiError, complianceAsOfError, problem, validationProblem, type AnnualReport } from '@gongkai/spec';
import { RuleViolation, StateConflict } from '../../domain-errors';
import { requestView } from '../../disclosure-requests/request-record';
import { itemRevision } from '../../items/item-revision';
import { deriveAnnualReport } from '../../reports/annual-report';
import { enteredFeeRevenue } from '../../reports/fee-revenue';
import { measureCompliance } from '../../reports/compliance';
import { chinaYearOf } from '@gongkai/spec/china-time';
import { asksForUs, clock, type DepartmentContext } from '../department-context';
import type { OperationHandlers } from '../operation-router';

export function reportHandlers(
  context: DepartmentContext,
): Pick<OperationHandlers, 'getAnnualReport' | 'publishAnnualReport' | 'getCompliance'> {
  const { store, department } = context;

  /** The records the report and the measures are derived from (bodies left out). */
  const sources = async () => {
    const [items, revisions, budgets, requests] = await Promise.all([
      store.items.all(),
      store.items.allRevisions(),
      store.budgets.all(),
      store.requests.all(),
    ]);
    return { department, items, revisions: revisions.map(itemRevision), budgets, requests };
  };
  const derive = async (year: number): Promise<AnnualReport> =>
    deriveAnnualReport({
      ...(await sources()),
      year,
      generatedAt: clock(context).now,
      publishedReports: await store.annualReports.all(),
      dueDates: context.annualReportDueDates,
    });

  return {
    async getAnnualReport({ query }) {
      if (!asksForUs(context, query.department)) {
        throw new ApiError(
          problem('not-found', 404, {
            detail: `This server answers for ${department.id} only; ask the gateway for ${query.department?.join(', ')}.`,
          }),
        );
      }
      return { json: (await store.annualReports.get(query.year)) ?? (await derive(query.year)) };
    },

    async publishAnnualReport({ body }) {
      const { now } = clock(context);
      if (body.year >= chinaYearOf(now)) {
        throw new RuleViolation('The year is not over', [
          { pointer: '/year', message: `${body.year} is not over yet; its report can be published from 1 January ${body.year + 1}` },
        ]);
      }
      const published = await store.annualReports.get(body.year);
      if (published)
        throw new StateConflict(
          'Already published',
          `The annual report for ${body.year} was published at ${published.publishedAt ?? 'an earlier date'}; a published report is not changed.`,
        );
      const report = withEnteredFeeRevenue(await derive(body.year), body.feeRevenue?.amount);
      const failed = report.checks.filter((check) => !check.passed);
      if (!report.consistent) {
        throw new RuleViolation(
          'The annual report is inconsistent',
          failed.map((check) => ({ pointer: '/year', message: `${check.rule} (${check.target}): ${check.detail}` })),
          'ANNUAL_REPORT_INCONSISTENT',
          `${failed.length} consistency check(s) of the 2021 format fail; correct the request log and publish again.`,
        );
      }
      const frozen: AnnualReport = { ...report, publishedAt: now };
      await store.annualReports.publish(frozen);
      return { status: 201, json: frozen };
    },

    async getCompliance({ query }) {
      const { now, today } = clock(context);
      const outOfRange = complianceAsOfError(query.asOf, new Date(now));
      if (outOfRange) throw new ApiError(validationProblem([outOfRange]));
      const asOf = query.asOf ?? today;
      if (!asksForUs(context, query.department)) return { json: { asOf, generatedAt: now, departments: [] } };
      const { items, revisions, requests } = await sources();
      // Each request's clock as it stood at the end of `asOf` (a consultation window may have run out).
      const asTheyStood = requests.map((request) =>
        requestView(request, { calendar: context.calendar, clockOptions: context.clockOptions, today: asOf, until: true }),
      );
      const report = measureCompliance({
        department,
        asOf,
        items,
        revisions,
        requests: asTheyStood,
        publishedReports: await store.annualReports.all(),
        publicationLimits: context.publicationLimits,
        dueDates: context.annualReportDueDates,
      });
      return { json: { asOf, generatedAt: now, departments: [report] } };
    },
  };
}

/**
 * Table 2's fee revenue as entered at publication, used while the year's final account does not
 * exist; once it does, its figure stands and a different entered amount is refused.
 */
function withEnteredFeeRevenue(report: AnnualReport, amount: string | undefined): AnnualReport {
  if (amount === undefined) return report;
  if (amount.startsWith('-'))
    throw new RuleViolation('A fee revenue cannot be negative', [
      { pointer: '/feeRevenue/amount', message: `is ${amount}: fees collected are 0.00 or more` },
    ]);
  const fromAccount = report.table2.fees;
  const entered = enteredFeeRevenue(amount);
  if (fromAccount.amount !== null) {
    if (fromAccount.amount === entered.amount) return report;
    throw new RuleViolation('The final account states the fee revenue', [
      {
        pointer: '/feeRevenue/amount',
        message: `is ${entered.amount}, but the ${report.year} final account states ${fromAccount.amount} (revenue line 10304); leave feeRevenue out`,
      },
    ]);
  }
  return { ...report, table2: { ...report.table2, fees: entered } };
}
