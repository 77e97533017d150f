import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  matchOperation,
  openApiDocument,
  operations,
  validateSchema,
  type FeedbackReplyInput,
  type FeedbackSubmission,
  type RatingSubmission,
  type RequestSubmission,
  type SchemaName,
} from '@gongkai/spec';
import { createClient, createTransport, isProblemError, type GongkaiClient } from '@gongkai/client';
import { startSampleGateway, type SampleGateway } from '../../../examples/test-support/sample-gateway';

// Every method against a real gateway in front of the six sample departments: the answers are
// checked against the contract's schemas, and the requests the client sent are matched back to the
// contract's operations, so a public operation without a method cannot go unnoticed.

const ADMIN_TOKEN = 'client-tests-admin-token-0001';
const example = <T>(name: string) => (openApiDocument.components.examples as Record<string, { value: T }>)[name]!.value;

let sample: SampleGateway;
let client: GongkaiClient;
const sent: { method: string; url: URL; headers: Headers }[] = [];

beforeAll(async () => {
  sample = await startSampleGateway({ adminTokens: [ADMIN_TOKEN] });
  client = createClient({
    baseUrl: sample.base,
    fetch: (input, init) => {
      const request = input instanceof Request ? input : new Request(input, init);
      sent.push({ method: request.method, url: new URL(request.url), headers: request.headers });
      return fetch(input, init);
    },
  });
}, 120_000);

afterAll(() => sample?.close());

function expectSchema(name: SchemaName, value: unknown) {
  const result = validateSchema(name, value);
  expect(result.ok ? [] : result.errors).toEqual([]);
}

/** The bytes of a stream as text, byte order mark included. */
async function text(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
}

describe('departments', () => {
  it('lists the six sample departments and gets one', async () => {
    const list = await client.departments.list();
    expectSchema('DepartmentList', list);
    expect(list.data.map((d) => d.id).sort()).toEqual(sample.departments.map((d) => d.department.id).sort());
    const finance = await client.departments.get('ln-finance');
    expectSchema('Department', finance);
    expect(finance.name).toBe('辽宁省财政厅');
  });
});

describe('items', () => {
  it('lists, gets an item and its history', async () => {
    const page = await client.items.list({ q: '预算', limit: 5 });
    expectSchema('ItemList', page);
    expect(page.data).toHaveLength(5);
    const first = page.data[0]!;
    const item = await client.items.get(first.id);
    expectSchema('DisclosureItem', item);
    expect(item.id).toBe(first.id);
    const history = await client.items.history(first.id);
    expectSchema('ItemRevisionList', history);
    expect(history.data.length).toBeGreaterThan(0);
  });

  it('gives the Atom feed as text and as a stream', async () => {
    const feed = await client.items.feed({ department: ['ln-finance'], limit: 3 });
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(feed.match(/<entry>/g)).toHaveLength(3);
    const streamed = await client.items.feed({ department: ['ln-finance'], limit: 3 }, { as: 'stream' });
    expect(await text(streamed)).toBe(feed);
  });
});

describe('fees', () => {
  it('lists the fee schedules of one village, and gets one', async () => {
    const page = await client.fees.list({ division: '210922105201' });
    expectSchema('FeeList', page);
    expect(page.data.length).toBeGreaterThan(0);
    for (const fee of page.data) expect(fee.division.code.startsWith('210922105201')).toBe(true);
    const fee = await client.fees.get(page.data[0]!.id);
    expectSchema('FeeSchedule', fee);
  });

  it('gives the same page as CSV, as text and as a stream', async () => {
    const csv = await client.fees.listCsv({ division: '210922105201' });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const page = await client.fees.list({ division: '210922105201' });
    expect(csv.trim().split('\n')).toHaveLength(page.data.length + 1);
    expect(await text(await client.fees.listCsv({ division: '210922105201' }, { as: 'stream' }))).toBe(csv);
  });
});

describe('budgets', () => {
  it('lists budgets, gets one, and gives both as CSV', async () => {
    const page = await client.budgets.list({ kind: 'budget', limit: 3 });
    expectSchema('BudgetList', page);
    const budget = await client.budgets.get(page.data[0]!.id);
    expectSchema('Budget', budget);
    const lines = await client.budgets.getCsv(budget.id);
    expect(lines.trim().split('\n').length).toBeGreaterThan(1);
    const listCsv = await client.budgets.listCsv({ kind: 'budget', limit: 3 });
    expect(listCsv).toContain(budget.id);
  });
});

describe('alerts', () => {
  it('lists the active notices and gives one as CAP 1.2', async () => {
    const active = await client.alerts.active();
    expectSchema('AlertList', active);
    expect(active.data.length).toBeGreaterThan(0);
    for (const alert of active.data) expect(alert.status).toBe('active');
    const all = await client.alerts.list({ limit: 100 });
    expect(all.data.length).toBeGreaterThan(active.data.length);
    const alert = await client.alerts.get(active.data[0]!.id);
    expectSchema('Alert', alert);
    const cap = await client.alerts.getCap(alert.id);
    expect(cap).toContain('<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">');
  });
});

describe('feedback', () => {
  it('submits feedback, reads the published reply and rates it once', async () => {
    const receipt = await client.feedback.submit(example<FeedbackSubmission>('FeedbackSubmission'));
    expectSchema('FeedbackReceipt', receipt);
    // The reply is staff work, on the department itself: the transport reaches any path of the contract.
    const housing = sample.departments.find((d) => d.department.id === 'ln-housing')!;
    const staff = createTransport({ baseUrl: housing.url });
    const { response } = await staff.api.POST('/v1/admin/feedback/{feedbackId}/reply', {
      params: { path: { feedbackId: receipt.feedbackId } },
      headers: { Authorization: `Bearer ${ADMIN_TOKEN}` },
      body: example<FeedbackReplyInput>('FeedbackReplyInput'),
    });
    expect(response.status).toBe(200);

    const published = await client.feedback.get(receipt.feedbackId);
    expectSchema('Feedback', published);
    expect(published.reply?.content).toBeTruthy();
    const listed = await client.feedback.list({ department: ['ln-housing'], limit: 100 });
    expect(listed.data.map((f) => f.id)).toContain(receipt.feedbackId);

    const rating = await client.feedback.rate(receipt.feedbackId, receipt.accessToken, example<RatingSubmission>('RatingSubmission'));
    expectSchema('Rating', rating);
    const before = sent.length;
    const again = await client.feedback.rate(receipt.feedbackId, receipt.accessToken, { level: 5 }).catch((error: unknown) => error);
    expect(isProblemError(again) && again.status).toBe(409);
    expect(sent.length - before).toBe(1); // a POST without Idempotency-Key is never retried
  });
});

describe('requests', () => {
  it('files a disclosure request and tracks it with its access token only', async () => {
    const receipt = await client.requests.submit(example<RequestSubmission>('RequestSubmission'));
    expectSchema('RequestReceipt', receipt);
    const request = await client.requests.status(receipt.trackingNumber, receipt.accessToken);
    expectSchema('DisclosureRequest', request);
    expect(request.trackingNumber).toBe(receipt.trackingNumber);
    const wrong = await client.requests.status(receipt.trackingNumber, 'not-the-token').catch((error: unknown) => error);
    expect(isProblemError(wrong) && wrong.status).toBe(404);
  });
});

describe('changes and reports', () => {
  it('lists changes, the annual report and the compliance scoreboard', async () => {
    const changes = await client.changes.list({ limit: 10 });
    expectSchema('ChangeList', changes);
    expect(changes.meta.cursor).toBeTruthy();
    const report = await client.reports.annual({ year: 2025 });
    expectSchema('AnnualReport', report);
    const finance = await client.reports.annual({ year: 2025, department: ['ln-finance'] });
    expect(finance.departmentId).toBe('ln-finance');
    const compliance = await client.reports.compliance();
    expectSchema('ComplianceScoreboard', compliance);
  });
});

describe('exports', () => {
  it('downloads an export as a stream of the gzip file, ending with a trailer that checks out', async () => {
    const { gunzipSync } = await import('node:zlib');
    const { createHash } = await import('node:crypto');
    const stream = await client.exports.download('fees', { department: ['ln-zhangwu-hrt'] });
    const bytes = Buffer.from(await new Response(stream).arrayBuffer());
    const lines = gunzipSync(bytes).toString('utf8').trimEnd().split('\n');
    const trailer = JSON.parse(lines.at(-1)!).gongkaiExport;
    const records = lines.slice(0, -1).map((line) => `${line}\n`);
    expect(trailer).toMatchObject({ kind: 'fees', complete: true, count: records.length });
    expect(trailer.sha256).toBe(createHash('sha256').update(records.join('')).digest('hex'));
    expect(records.length).toBeGreaterThan(0);
  });

  it('downloads a plain NDJSON export with format: ndjson-plain, asking for application/x-ndjson, the same lines and trailer', async () => {
    const { createHash } = await import('node:crypto');
    const stream = await client.exports.download('fees', { department: ['ln-zhangwu-hrt'], format: 'ndjson-plain' });
    expect(sent.at(-1)!.headers.get('accept')).toBe('application/x-ndjson');
    const lines = (await new Response(stream).text()).trimEnd().split('\n');
    const trailer = JSON.parse(lines.at(-1)!).gongkaiExport;
    const records = lines.slice(0, -1).map((line) => `${line}\n`);
    expect(trailer).toMatchObject({ kind: 'fees', complete: true, count: records.length });
    expect(trailer.sha256).toBe(createHash('sha256').update(records.join('')).digest('hex'));
    expect(records.length).toBeGreaterThan(0);
  });
});

describe('the client as a whole', () => {
  it('has a method for every public operation of the contract', () => {
    const reached = new Set<string>();
    for (const { method, url } of sent) {
      const match = matchOperation(method, url.pathname);
      if (match.kind === 'operation') reached.add(match.operation.operationId);
    }
    const publicOperations = [...operations.values()].filter((operation) => !operation.admin).map((operation) => operation.operationId);
    expect([...reached].sort()).toEqual(publicOperations.sort());
  });
});
