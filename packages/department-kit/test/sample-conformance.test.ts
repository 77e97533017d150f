import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operations, validateSchema, type Operation, type SchemaName } from '@gongkai/spec';
import { startDepartmentServer, type RunningDepartment } from '../src/cli/serve-command';
import { loadSampleDataset, SAMPLE_DEPARTMENT_IDS } from '../src/dataset/sample-datasets';
import { ADMIN_TOKEN } from './support/department-server';

const publicOperations = [...operations.values()].filter((operation) => !operation.admin);

/** The schema the contract gives the operation's success answer in JSON, if it has one. */
function successSchema(operation: Operation): SchemaName | undefined {
  for (const status of ['200', '201']) {
    const response = operation.object.responses[status] as { content?: Record<string, { schema?: { $ref?: string } }> } | undefined;
    const ref = response?.content?.['application/json']?.schema?.$ref;
    if (ref) return ref.replace('#/components/schemas/', '') as SchemaName;
  }
  return undefined;
}

interface Call {
  readonly status: number;
  readonly type: string;
  readonly body: string;
}

describe.each(SAMPLE_DEPARTMENT_IDS)('serve --sample %s', (id) => {
  let running: RunningDepartment;
  beforeAll(async () => {
    running = await startDepartmentServer({ sample: id, port: 0, host: '127.0.0.1', adminTokens: [ADMIN_TOKEN] });
  });
  afterAll(() => running.close());

  const call = async (path: string, init: RequestInit & { json?: unknown; token?: string } = {}): Promise<Call> => {
    const { json, token, ...rest } = init;
    const headers = new Headers(rest.headers);
    if (json !== undefined) headers.set('Content-Type', 'application/json');
    if (token) headers.set('Authorization', `Bearer ${token}`);
    const response = await fetch(`${running.url}${path}`, {
      ...rest,
      headers,
      ...(json !== undefined ? { method: 'POST', body: JSON.stringify(json) } : {}),
    });
    return { status: response.status, type: response.headers.get('content-type') ?? '', body: await response.text() };
  };
  const json = <T>(answer: Call) => JSON.parse(answer.body) as T;
  const firstId = async (path: string, field = 'id') => json<{ data: Record<string, string>[] }>(await call(path)).data[0]?.[field];

  /** One call per public operation, with ids and tokens the earlier calls produced. */
  async function exercise(): Promise<{ calls: Map<string, Call>; absent: Set<string> }> {
    const calls = new Map<string, Call>();
    /** Single-record operations this sample has no record for (ln-ndrc collects no fees…): they must answer 404. */
    const absent = new Set<string>();
    const some = async (operationId: string, list: string, kind: string) => {
      const found = await firstId(list);
      if (found === undefined) absent.add(operationId);
      return found ?? `${id}:${kind}-none`;
    };
    const applicant = {
      type: 'naturalPerson',
      name: '测试人',
      identityProof: { kind: 'residentIdCard', number: '210102199001019999' },
      contact: { email: 'test@example.org' },
    };
    calls.set('listDepartments', await call('/v1/departments'));
    calls.set('getDepartment', await call(`/v1/departments/${id}`));
    calls.set('listItems', await call('/v1/items?limit=5'));
    const itemId = await firstId('/v1/items?limit=1');
    calls.set('getItem', await call(`/v1/items/${itemId}`));
    calls.set('listItemHistory', await call(`/v1/items/${itemId}/history`));
    calls.set('getItemsFeed', await call('/v1/feeds/items?limit=3'));
    calls.set('listFees', await call('/v1/fees'));
    calls.set('getFee', await call(`/v1/fees/${await some('getFee', '/v1/fees', 'fee')}`));
    calls.set('listBudgets', await call('/v1/budgets'));
    calls.set('getBudget', await call(`/v1/budgets/${await some('getBudget', '/v1/budgets', 'budget')}`));
    calls.set('listAlerts', await call('/v1/alerts'));
    calls.set('getAlert', await call(`/v1/alerts/${await some('getAlert', '/v1/alerts', 'alert')}`));
    calls.set('listFeedback', await call('/v1/feedback'));
    calls.set('getFeedback', await call(`/v1/feedback/${await some('getFeedback', '/v1/feedback', 'fb')}`));
    const submitted = await call('/v1/feedback', {
      json: {
        departmentId: id,
        kind: 'suggestion',
        subject: '建议增加办事指南',
        content: '建议在网站上增加办事指南的下载链接。',
        submitter: { realName: false },
      },
    });
    calls.set('submitFeedback', submitted);
    const receipt = json<{ feedbackId: string; accessToken: string }>(submitted);
    await call(`/v1/admin/feedback/${receipt.feedbackId}/reply`, {
      json: { content: '感谢建议，已采纳。', repliedBy: '办公室' },
      token: ADMIN_TOKEN,
    });
    calls.set('rateFeedback', await call(`/v1/feedback/${receipt.feedbackId}/rating`, { json: { level: 5 }, token: receipt.accessToken }));
    const filed = await call('/v1/requests', {
      json: { departmentId: id, applicant, description: '申请公开本机关2025年度部门决算。', form: 'electronic', delivery: 'email' },
    });
    calls.set('submitRequest', filed);
    const request = json<{ trackingNumber: string; accessToken: string }>(filed);
    calls.set('getRequest', await call(`/v1/requests/${request.trackingNumber}`, { token: request.accessToken }));
    calls.set('listChanges', await call('/v1/changes?limit=50'));
    calls.set('getAnnualReport', await call('/v1/reports/annual?year=2025'));
    calls.set('getCompliance', await call('/v1/compliance'));
    return { calls, absent };
  }

  it('answers every public v1 operation with data that validates against the spec', async () => {
    const { calls, absent } = await exercise();
    expect([...calls.keys()].sort()).toEqual(publicOperations.map((operation) => operation.operationId).sort());
    for (const operation of publicOperations) {
      const answer = calls.get(operation.operationId)!;
      const schema = successSchema(operation);
      if (absent.has(operation.operationId)) {
        expect(answer.status).toBe(404);
        expect(validateSchema('Problem', json(answer)).ok).toBe(true);
        continue;
      }
      expect(answer.status, `${operation.operationId}: ${answer.body.slice(0, 300)}`).toBeLessThan(300);
      if (!schema) {
        expect(answer.type, operation.operationId).toContain('application/atom+xml');
        expect(answer.body).toContain('<feed');
        continue;
      }
      const result = validateSchema(schema, json(answer));
      expect(result.ok ? [] : result.errors, `${operation.operationId} → ${schema}`).toEqual([]);
    }
  });

  it('never shows an applicant’s or a submitter’s personal data in a public answer', async () => {
    const dataset = loadSampleDataset(id);
    const personal = new Set<string>();
    for (const { registration } of dataset.requests) {
      const { applicant } = registration;
      for (const value of [applicant.identityProof.number, applicant.contact.phone, applicant.contact.email, applicant.name])
        if (value) personal.add(value);
    }
    for (const { submission } of dataset.feedback) {
      for (const value of [submission.submitter.name, submission.submitter.phone, submission.submitter.email])
        if (value) personal.add(value);
    }
    expect(personal.size).toBeGreaterThan(0);
    const { calls } = await exercise();
    const pages = [await call('/v1/items?limit=100'), await call('/v1/feedback?limit=100'), await call('/v1/changes?limit=100')];
    for (const [operationId, answer] of [...calls.entries(), ...pages.map((page): [string, Call] => ['list', page])]) {
      if (operationId === 'getRequest') continue; // the applicant's own request, read with their token
      for (const value of personal) expect(answer.body.includes(value), `${operationId} shows "${value}"`).toBe(false);
    }
  });

  it('serves lists with data, and the records named in them', async () => {
    const items = json<{ data: unknown[]; links: { next?: string } }>(await call('/v1/items?limit=5'));
    expect(items.data).toHaveLength(5);
    expect(items.links.next).toBeDefined();
    const changes = json<{ data: unknown[] }>(await call('/v1/changes?limit=5'));
    expect(changes.data.length).toBeGreaterThan(0);
    const report = json<{ consistent: boolean; departmentId: string }>(await call('/v1/reports/annual?year=2025'));
    expect(report).toMatchObject({ consistent: true, departmentId: id });
  });
});
