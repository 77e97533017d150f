import { describe, expectTypeOf, it } from 'vitest';
import type {
  Alert,
  AlertList,
  AnnualReport,
  Budget,
  Change,
  ChangeList,
  ComplianceScoreboard,
  Department,
  DepartmentList,
  DisclosureItem,
  DisclosureRequest,
  FeeList,
  FeeSchedule,
  Feedback,
  FeedbackReceipt,
  FieldError,
  ItemList,
  ItemRevisionList,
  Rating,
  RequestReceipt,
} from '@gongkai/spec';
import { createClient, isNetworkError, isProblemError, isTimeoutError, type ChangeFeed } from '@gongkai/client';

// Type behaviour, checked by `vitest --typecheck` (part of `npm test`): results are the contract's
// types, narrowed; parameters the contract does not have, or of the wrong type, do not compile.

const client = createClient({ baseUrl: 'http://localhost:8080' });

describe('results are the contract types', () => {
  it('departments and items', () => {
    expectTypeOf(client.departments.list()).resolves.toEqualTypeOf<DepartmentList>();
    expectTypeOf(client.departments.get('ln-finance')).resolves.toEqualTypeOf<Department>();
    expectTypeOf(client.items.list()).resolves.toEqualTypeOf<ItemList>();
    expectTypeOf(client.items.get('ln-finance:2026-000123')).resolves.toEqualTypeOf<DisclosureItem>();
    expectTypeOf(client.items.history('ln-finance:2026-000123')).resolves.toEqualTypeOf<ItemRevisionList>();
  });

  it('fees, budgets, alerts, feedback, requests, changes and reports', () => {
    expectTypeOf(client.fees.list()).resolves.toEqualTypeOf<FeeList>();
    expectTypeOf(client.fees.get('x:y')).resolves.toEqualTypeOf<FeeSchedule>();
    expectTypeOf(client.budgets.get('x:y')).resolves.toEqualTypeOf<Budget>();
    expectTypeOf(client.alerts.active()).resolves.toEqualTypeOf<AlertList>();
    expectTypeOf(client.alerts.get('x:y')).resolves.toEqualTypeOf<Alert>();
    expectTypeOf(client.feedback.get('x:y')).resolves.toEqualTypeOf<Feedback>();
    expectTypeOf(client.feedback.rate('x:y', 'token', { level: 5 })).resolves.toEqualTypeOf<Rating>();
    expectTypeOf(client.requests.status('x:y', 'token')).resolves.toEqualTypeOf<DisclosureRequest>();
    expectTypeOf(client.changes.list()).resolves.toEqualTypeOf<ChangeList>();
    expectTypeOf(client.reports.annual({ year: 2025 })).resolves.toEqualTypeOf<AnnualReport>();
    expectTypeOf(client.reports.compliance()).resolves.toEqualTypeOf<ComplianceScoreboard>();
  });

  it('writes give their receipts', () => {
    expectTypeOf(client.requests.submit).returns.resolves.toEqualTypeOf<RequestReceipt>();
    expectTypeOf(client.feedback.submit).returns.resolves.toEqualTypeOf<FeedbackReceipt>();
  });

  it('walks yield the records of the list', () => {
    expectTypeOf(client.items.iterate()).toEqualTypeOf<AsyncGenerator<DisclosureItem, void, undefined>>();
    expectTypeOf(client.fees.iterate()).toEqualTypeOf<AsyncGenerator<FeeSchedule, void, undefined>>();
    expectTypeOf(client.changes.follow()).toEqualTypeOf<ChangeFeed>();
    expectTypeOf<ChangeFeed>().toExtend<AsyncIterable<Change>>();
  });

  it('text representations are a string, or a stream when asked', () => {
    expectTypeOf(client.fees.listCsv()).resolves.toEqualTypeOf<string>();
    expectTypeOf(client.fees.listCsv({}, { as: 'text' })).resolves.toEqualTypeOf<string>();
    expectTypeOf(client.budgets.getCsv('x:y', { as: 'stream' })).resolves.toEqualTypeOf<ReadableStream<Uint8Array>>();
    expectTypeOf(client.items.feed()).resolves.toEqualTypeOf<string>();
    expectTypeOf(client.alerts.getCap('x:y', { as: 'stream' })).resolves.toEqualTypeOf<ReadableStream<Uint8Array>>();
  });

  it('the guards narrow an unknown error', () => {
    const error: unknown = undefined;
    if (isProblemError(error)) {
      expectTypeOf(error.status).toEqualTypeOf<number>();
      expectTypeOf(error.errors).toEqualTypeOf<readonly FieldError[]>();
    }
    if (isTimeoutError(error)) expectTypeOf(error.timeoutMs).toEqualTypeOf<number>();
    if (isNetworkError(error)) expectTypeOf(error).toHaveProperty('cause');
  });

  it('query parameters have the types of the contract', () => {
    expectTypeOf(client.items.list).parameter(0).exclude<undefined>().toHaveProperty('department').toEqualTypeOf<string[] | undefined>();
    expectTypeOf(client.items.list).parameter(0).exclude<undefined>().toHaveProperty('limit').toEqualTypeOf<number | undefined>();
  });
});

describe('what the contract does not allow does not compile', () => {
  it('a parameter the operation does not have', () => {
    // @ts-expect-error `categroy` is not a parameter of listItems
    void client.items.list({ categroy: 'budgetsAndFinalAccounts' });
  });

  it('a value outside a vocabulary', () => {
    // @ts-expect-error `secrets` is not a category of the Regulations
    void client.items.list({ category: 'secrets' });
  });

  it('a string where the contract has an integer', () => {
    // @ts-expect-error `limit` is an integer
    void client.items.list({ limit: '20' });
  });

  it('one department where the contract has a list', () => {
    // @ts-expect-error `department` is a list of department ids
    void client.fees.list({ department: 'ln-finance' });
  });

  it('a missing required parameter', () => {
    // @ts-expect-error `year` is required
    void client.reports.annual({ department: ['ln-finance'] });
  });

  it('a body missing required fields', () => {
    // @ts-expect-error a disclosure request needs an applicant, a description, a form and a delivery
    void client.requests.submit({ departmentId: 'ln-finance' });
  });

  it('a status filter on the active alerts', () => {
    // @ts-expect-error `active()` is the active alerts
    void client.alerts.active({ status: 'cancelled' });
  });

  it('a representation that is not text or a stream', () => {
    // @ts-expect-error `as` is 'text' or 'stream'
    void client.fees.listCsv({}, { as: 'json' });
  });

  it('a path that is not in the contract', () => {
    // @ts-expect-error no such path in v1
    void client.transport.api.GET('/v1/nothing');
  });

  it('a path parameter of the wrong name', () => {
    // @ts-expect-error getItem takes `itemId`
    void client.transport.api.GET('/v1/items/{itemId}', { params: { path: { id: 'x:y' } } });
  });
});
