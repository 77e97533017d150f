import { ApiError, problem, type DisclosureRequest, type RequestStatus } from '@gongkai/spec';
import type { Context } from 'koa';
import { RuleViolation } from '../../domain-errors';
import { priorPiecesThisMonth } from '../../disclosure-requests/fee-notice';
import { assertYearNotPublished, isCountedEvent } from '../../disclosure-requests/published-years';
import { registeredReceipt } from '../../disclosure-requests/registration';
import { openedRequest, recordedEvent, requestView, type Application } from '../../disclosure-requests/request-record';
import { trackingNumber } from '../../disclosure-requests/tracking-number';
import { tokenMatches } from '../../secrets/access-token';
import type { Page, SortKey } from '../../store/disclosure-store';
import { bearerToken } from '../bearer-token';
import { clock, notFound, type DepartmentContext } from '../department-context';
import { withFreshId } from '../fresh-id';
import { writeOrConflict } from '../if-match';
import { idempotentAnswer } from '../idempotent-answer';
import { listAnswer, resumeFrom } from '../list-answer';
import type { OperationHandlers } from '../operation-router';

/** Statuses a request can enter without an event: a consultation's window runs out (Arts. 32, 34). */
const CHANGES_WITH_TIME: readonly RequestStatus[] = ['consulting', 'processing', 'extended', 'deferred'];

export function requestHandlers(
  context: DepartmentContext,
): Pick<
  OperationHandlers,
  'submitRequest' | 'getRequest' | 'listRequestsForDepartment' | 'registerRequest' | 'getRequestForDepartment' | 'recordRequestEvent'
> {
  const { store, department } = context;
  const clockContext = () => ({ calendar: context.calendar, clockOptions: context.clockOptions, ...clock(context) });
  const view = (request: DisclosureRequest) => requestView(request, clockContext());

  /** Files the application under the next tracking number of its year of receipt. */
  const file = async (application: Application, evidencePointer: string, ctx?: Context) => {
    const year = Number(application.receivedOn.slice(0, 4));
    return withFreshId(
      () => store.nextSequence(`request:${year}`),
      (n) => trackingNumber(department.id, year, n),
      async (tracking) => {
        const result = openedRequest(application, {
          ...clockContext(),
          trackingNumber: tracking,
          departmentId: department.id,
          evidencePointer,
        });
        const reply = { status: 201, json: result.receipt, headers: { Location: `/v1/requests/${result.receipt.trackingNumber}` } };
        // The receipt (with its one-time access token) is kept with the request, in one transaction.
        await store.requests.create(result.record, idempotentAnswer(ctx, reply));
        return reply;
      },
    );
  };

  /**
   * A page of requests whose status is `status` today. The stored status is the one of the last
   * write; a consultation whose window has run out since then is no longer `consulting`, so the
   * log is read page by page and each request viewed as of today, fetching only as many as are
   * still needed so that the next page resumes right after the last one examined.
   */
  const currentStatusPage = async (status: RequestStatus, limit: number, after: SortKey | undefined): Promise<Page<DisclosureRequest>> => {
    const records: DisclosureRequest[] = [];
    let position = after;
    for (;;) {
      const page = await store.requests.list({ limit: limit - records.length, ...(position ? { after: position } : {}) });
      records.push(...page.records.map(view).filter((request) => request.status === status));
      if (page.next === null || records.length >= limit) return { records, next: page.next };
      position = page.next;
    }
  };

  const stored = async (tracking: string) => {
    const record = await store.requests.get(tracking);
    if (!record) throw notFound('disclosure request', tracking);
    return record;
  };

  return {
    async submitRequest({ body }, ctx) {
      if (body.departmentId !== department.id) {
        throw new RuleViolation('A request for another department', [
          { pointer: '/departmentId', message: `must be "${department.id}", the department this server answers for` },
        ]);
      }
      const { now, today } = clock(context);
      const { departmentId: _departmentId, ...application } = body;
      // Art. 31: an online application is received the day both sides confirm it: this system confirms it now.
      return file({ ...application, channel: 'online', receivedOn: today, submittedAt: now }, '/', ctx);
    },

    async getRequest({ path }, ctx) {
      const token = bearerToken(ctx);
      if (token === undefined) {
        throw new ApiError(
          problem('unauthorized', 401, {
            title: 'Access token required',
            detail: 'Send the access token you received when you filed the request, as `Authorization: Bearer <token>`.',
          }),
          { 'WWW-Authenticate': 'Bearer realm="gongkai-requests"' },
        );
      }
      const record = await store.requests.get(path.trackingNumber);
      // A wrong token answers exactly like an unknown tracking number, so numbers cannot be probed.
      if (!record || !tokenMatches(token, record.accessTokenHash))
        throw notFound('disclosure request', `${path.trackingNumber} for this access token`);
      return { json: view(record.request) };
    },

    async listRequestsForDepartment({ query }, ctx) {
      const after = resumeFrom(ctx, query);
      const limit = query.limit ?? 20;
      if (query.status === undefined || !CHANGES_WITH_TIME.includes(query.status)) {
        const page = await store.requests.list({ limit, ...(after ? { after } : {}), ...(query.status ? { status: query.status } : {}) });
        return { json: listAnswer(ctx, query, page, view) };
      }
      return { json: listAnswer(ctx, query, await currentStatusPage(query.status, limit, after)) };
    },

    async registerRequest({ body }, ctx) {
      const { receivedOn, pointer } = registeredReceipt(body);
      assertYearNotPublished(receivedOn, pointer, await store.annualReports.all());
      const { channel, applicant, description, titleOrDocumentNumber, form, delivery, accessibilityNeeds } = body;
      return file(
        {
          channel,
          receivedOn,
          applicant,
          description,
          form,
          delivery,
          ...(titleOrDocumentNumber !== undefined ? { titleOrDocumentNumber } : {}),
          ...(accessibilityNeeds !== undefined ? { accessibilityNeeds } : {}),
        },
        pointer,
        ctx,
      );
    },

    async getRequestForDepartment({ path }) {
      return { json: view((await stored(path.trackingNumber)).request) };
    },

    async recordRequestEvent({ path, body }) {
      const record = await stored(path.trackingNumber);
      const { request } = record;
      if (isCountedEvent(body.type)) assertYearNotPublished(body.on, '/on', await store.annualReports.all());
      const prior =
        body.type === 'feeNoticeSent' && body.fee?.method === 'perPiece'
          ? priorPiecesThisMonth(
              await store.requests.ofApplicantInMonth(request.applicant.identityProof.number, request.receivedOn.slice(0, 7)),
              request.trackingNumber,
            )
          : 0;
      const next = recordedEvent(record, body, { ...clockContext(), priorPiecesThisMonth: prior });
      await writeOrConflict(() => store.requests.replace(next, record.version), undefined, 'request');
      return { json: view(next.request) };
    },
  };
}
