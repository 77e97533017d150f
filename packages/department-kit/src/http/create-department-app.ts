import Koa from 'koa';
import type Router from '@koa/router';
import { problem, type Department } from '@gongkai/spec';
import { isClientAbort } from '@gongkai/spec/json-body';
import { chineseDaysCalendar } from '../calendar/chinese-days-calendar';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';
import { feedbackPolicy, type FeedbackPolicy } from '../feedback/feedback-policy';
import { defaultIndexNumberScheme, type IndexNumberScheme } from '../items/index-number';
import { checkPublicationLimits, type PublicationLimits } from '../items/publication-limits';
import { checkAnnualReportDueDates, type AnnualReportDueDates } from '../reports/due-on';
import type { RequestClockOptions } from '../requests/request-clock';
import type { DisclosureStore } from '../store/disclosure-store';
import { adminAuthenticator } from './admin-auth';
import type { DepartmentContext } from './department-context';
import { IdempotentWrites } from './idempotent-writes';
import { operationRouter, type OperationHandlers } from './operation-router';
import { sendProblem } from './problem-response';
import { DEFAULT_BODY_LIMIT } from './read-json-body';
import { mountReference } from './reference/reference-routes';
import { requestContext } from './request-context';
import { alertHandlers } from './routes/alert-routes';
import { budgetHandlers } from './routes/budget-routes';
import { changeHandlers } from './routes/change-routes';
import { departmentHandlers } from './routes/department-routes';
import { EXPORT_PAGE_SIZE, exportHandlers } from './routes/export-routes';
import { feeHandlers } from './routes/fee-routes';
import { feedbackHandlers } from './routes/feedback-routes';
import { itemHandlers } from './routes/item-routes';
import { reportHandlers } from './routes/report-routes';
import { requestHandlers } from './routes/request-routes';

export interface DepartmentAppOptions {
  /** The disclosure body this app answers for; every id it issues starts with `department.id:`. */
  readonly department: Omit<Department, 'health'>;
  readonly store: DisclosureStore;
  /** Default: the national calendar shipped with the kit (`chineseDaysCalendar`). */
  readonly calendar?: WorkingDayCalendar;
  /** Staff tokens for the admin operations; none means every admin operation answers 401. */
  readonly adminTokens: readonly string[];
  /** The clock (tests fix it). */
  readonly now?: () => Date;
  /** Local feedback time limits, in working days; the rest from `defaultFeedbackPolicy`. */
  readonly feedbackPolicy?: Partial<Pick<FeedbackPolicy, 'rectificationWorkingDays'>> & {
    readonly replyWorkingDays?: Partial<FeedbackPolicy['replyWorkingDays']>;
  };
  readonly requestClock?: RequestClockOptions;
  /**
   * Shorter legal publication limits per category, in working days (0–20), e.g.
   * `{ licensing: 7, penaltiesAndCoercion: 7 }`; Art. 26's 20 otherwise. Compliance measures each
   * item against its own category's limit.
   */
  readonly publicationLimits?: PublicationLimits;
  /** Annual-report due dates by level as `MM-DD` of the next year, e.g. `{ township: '01-31' }`; Art. 49's otherwise. */
  readonly annualReportDueDates?: AnnualReportDueDates;
  /** How index numbers are made when an item has none (default `defaultIndexNumberScheme`). */
  readonly indexNumber?: IndexNumberScheme;
  /** Largest accepted request body in bytes (default 1 MiB); larger is 413. */
  readonly bodyLimitBytes?: number;
  /** Origin for absolute links in the Atom feed; default the request's own. */
  readonly publicBaseUrl?: string;
  /** Records an export reads from the store per step (default 500); tests walk other sizes. */
  readonly exportPageSize?: number;
  /** Where unexpected failures are reported (default `console.error`). */
  readonly log?: (message: string, error: unknown) => void;
  /** Where the clients' own mishaps are noted, such as an upload aborted mid-body (default `console.warn`). */
  readonly warn?: (message: string) => void;
}

export interface DepartmentApp {
  readonly app: Koa;
  /** The routes alone, to mount in another Koa app (mount `requestContext`-like error handling there too). */
  readonly router: Router;
}

/**
 * A Koa app serving every department-side operation of the v1 contract — the public reads and
 * writes and the `Department admin` operations — over `store`, and its reference (`/docs`,
 * `/openapi.json`).
 */
export function createDepartmentApp(options: DepartmentAppOptions): DepartmentApp {
  const log = options.log ?? ((message: string, error: unknown) => console.error(message, error));
  // Configuration mistakes fail at start-up, naming the entry, not at the first request.
  checkPublicationLimits(options.publicationLimits ?? {});
  checkAnnualReportDueDates(options.annualReportDueDates ?? {});
  const context: DepartmentContext = {
    department: options.department,
    store: options.store,
    calendar: options.calendar ?? chineseDaysCalendar,
    now: options.now ?? (() => new Date()),
    feedbackPolicy: feedbackPolicy(options.feedbackPolicy),
    clockOptions: options.requestClock ?? {},
    indexNumber: options.indexNumber ?? defaultIndexNumberScheme,
    publicationLimits: options.publicationLimits ?? {},
    annualReportDueDates: options.annualReportDueDates ?? {},
    ...(options.publicBaseUrl !== undefined ? { publicBaseUrl: options.publicBaseUrl.replace(/\/+$/, '') } : {}),
  };
  const handlers: OperationHandlers = {
    ...departmentHandlers(context),
    ...itemHandlers(context),
    ...feeHandlers(context),
    ...budgetHandlers(context),
    ...alertHandlers(context),
    ...feedbackHandlers(context),
    ...requestHandlers(context),
    ...changeHandlers(context),
    ...reportHandlers(context),
    ...exportHandlers(context, { log, pageSize: options.exportPageSize ?? EXPORT_PAGE_SIZE }),
  };
  const router = operationRouter(handlers, {
    authenticateAdmin: adminAuthenticator(options.adminTokens),
    bodyLimit: options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT,
    idempotency: new IdempotentWrites(options.store.idempotency, context.now),
    log,
  });
  mountReference(router, options.department.name);
  const warn = options.warn ?? ((message: string) => console.warn(message));
  const app = new Koa();
  // Koa reports here an answer that could not be sent; without a listener it prints to stderr. A
  // client that went away or spoke broken HTTP is the client's mishap, anything else a failure.
  app.on('error', (error: unknown, ctx?: Koa.Context) => {
    const where = ctx ? `${ctx.method} ${ctx.path}` : 'a connection';
    const code = (error as { code?: unknown } | null)?.code;
    if (isClientAbort(error) || (typeof code === 'string' && code.startsWith('HPE_')))
      warn(`${where}: the client went away before the answer was sent (${String(code ?? (error as Error).message)})`);
    else log(`${where}: the answer could not be sent`, error);
  });
  app.use(requestContext(log, warn));
  app.use(router.routes());
  app.use(async (ctx) => {
    const match = router.match(ctx.path, ctx.method);
    const allowed = [...new Set(match.path.flatMap((layer) => layer.methods))];
    if (allowed.length > 0) {
      sendProblem(
        ctx,
        problem('method-not-allowed', 405, {
          detail: `${ctx.method} is not an operation of ${ctx.path}; it allows ${allowed.join(', ')}.`,
        }),
        { Allow: allowed.join(', ') },
      );
      return;
    }
    sendProblem(
      ctx,
      problem('not-found', 404, {
        title: 'No such operation',
        detail: `Nothing is served at ${ctx.path}; the operations of the v1 contract start with /v1/.`,
      }),
    );
  });
  return { app, router };
}
