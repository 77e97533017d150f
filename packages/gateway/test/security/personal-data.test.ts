/**
 * Applicants' personal data (names, phone numbers, identity-document numbers, e-mail addresses,
 * postal addresses) filed in disclosure requests and feedback reaches no public answer: every
 * public GET operation of the contract is walked through the gateway, every page at two page
 * sizes, every record, every representation the contract offers (JSON, CSV, Atom, CAP),
 * the changes feed included, after the department has replied to the feedback in public.
 */
import { randomInt, randomUUID } from 'node:crypto';
import { constants, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLIC_OPERATION_IDS, exampleOfSchema, getOperation, resolvedSchema, type Operation } from './contract-walk';
import { startDepartmentServer, type RunningDepartment } from '@gongkai/department-kit';
import { startFaultGateway, type FaultGateway } from '../faults/support/gateway';

// Each step waits on a condition (bounded at 40 s) rather than a clock: on a loaded 2-core
// machine a test may need far longer than the default 30 s without anything being wrong.
const SLOW_MACHINE = { timeout: 180_000 };

const STAFF_TOKEN = 'staff-token-of-the-security-test';
const tag = randomInt(100_000, 999_999);
/** Distinctive personal data of this run, so that a match cannot be anything else. */
const applicants = [0, 1, 2, 3].map((n) => ({
  name: `隐私测试人${tag}${'甲乙丙丁'[n]}`,
  phone: `139${tag}${n}${n}`,
  idNumber: `21010219900101${tag % 1000}${n}`,
  email: `pii-${tag}-${n}@example.org`,
  address: `沈阳市和平区隐私路${tag}号${n}室`,
}));
const needles = applicants.flatMap((a) => [a.name, a.phone, a.idNumber, a.email, a.address]);

let departments: RunningDepartment[] = [];
let running: FaultGateway;
const trackingNumbers: string[] = [];
const feedbackIds: string[] = [];

async function post(path: string, body: unknown): Promise<Record<string, unknown>> {
  const response = await running.get(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as Record<string, unknown>;
  if (response.status !== 201 && response.status !== 200) throw new Error(`${path} answered ${response.status}: ${JSON.stringify(answer)}`);
  return answer;
}

beforeAll(async () => {
  departments = await Promise.all(
    ['ln-finance', 'ln-housing', 'ln-emergency'].map((sample) =>
      startDepartmentServer({ sample, port: 0, host: '127.0.0.1', adminTokens: [STAFF_TOKEN] }),
    ),
  );
  running = await startFaultGateway(departments.map((d) => ({ id: d.department.id, url: d.url })));
  for (const [n, applicant] of applicants.entries()) {
    const departmentId = n % 2 ? 'ln-housing' : 'ln-finance';
    const request = exampleOfSchema('RequestSubmission') as Record<string, unknown>;
    const submitted = await post('/v1/requests', {
      ...request,
      departmentId,
      applicant: {
        type: 'naturalPerson',
        name: applicant.name,
        identityProof: { kind: 'residentIdCard', number: applicant.idNumber },
        contact: { phone: applicant.phone, email: applicant.email, address: applicant.address },
      },
    });
    trackingNumbers.push(String(submitted['trackingNumber']));
    const feedback = await post('/v1/feedback', {
      departmentId,
      kind: 'consultation',
      subject: '公开信息咨询',
      content: '请问本单位的办事指南在哪里可以查到？谢谢。',
      submitter: { realName: true, name: applicant.name, phone: applicant.phone, email: applicant.email },
      publishConsent: n < 3,
    });
    const feedbackId = String(feedback['id'] ?? feedback['feedbackId']);
    feedbackIds.push(feedbackId);
    // The department replies in public: the feedback is now on the public list, its submitter must not be.
    const department = departments.find((d) => d.department.id === departmentId)!;
    const replied = await fetch(`${department.url}/v1/admin/feedback/${encodeURIComponent(feedbackId)}/reply`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${STAFF_TOKEN}`, 'idempotency-key': randomUUID() },
      body: JSON.stringify({ content: '您好，办事指南在本单位门户网站的政府信息公开专栏。', repliedBy: '办公室', publish: true }),
    });
    if (replied.status >= 300) throw new Error(`reply answered ${replied.status}: ${await replied.text()}`);
  }
});
afterAll(async () => {
  await running?.close();
  await Promise.all(departments.map((d) => d.close()));
});

/** Where personal data shows up in an answer, with JSON escapes undone. */
function leaksIn(text: string): string[] {
  let normalised = text;
  try {
    normalised += JSON.stringify(JSON.parse(text));
  } catch {
    // CSV, Atom, CAP: the text as sent.
  }
  return needles.filter((needle) => normalised.includes(needle));
}

const mediaTypesOf = (operation: Operation) =>
  Object.keys((operation.object.responses['200'] as { content?: Record<string, unknown> } | undefined)?.content ?? {});

describe('applicant personal data in public answers', SLOW_MACHINE, () => {
  it('appears in no answer of any public GET operation, at any page size, in any representation', async () => {
    const leaks: string[] = [];
    const visited = new Map<string, number>();
    const ids: Record<string, Set<string>> = {
      departmentId: new Set(departments.map((d) => d.department.id)),
      trackingNumber: new Set(trackingNumbers),
      feedbackId: new Set(feedbackIds),
    };
    const idParameter: Record<string, string> = {
      items: 'itemId',
      fees: 'feeId',
      budgets: 'budgetId',
      alerts: 'alertId',
      feedback: 'feedbackId',
    };

    // The feedback filed without consent to publish is not public at all: its 404 is read too.
    const unpublished = new Set(feedbackIds.slice(3).map((id) => encodeURIComponent(id)));
    async function read(operation: Operation, path: string, accept: string): Promise<string> {
      const response = await running.get(path, { headers: { accept } });
      const bytes = Buffer.from(await response.arrayBuffer());
      // A bulk export comes gzipped: its records are read as the client reads them.
      const text = (
        response.headers.get('content-type')?.includes('gzip') ? gunzipSync(bytes, { finishFlush: constants.Z_SYNC_FLUSH }) : bytes
      ).toString();
      visited.set(operation.operationId, (visited.get(operation.operationId) ?? 0) + 1);
      // A request's status is the applicant's own, behind the token they were given: the public gets 401.
      const expected = operation.operationId === 'getRequest' ? 401 : [...unpublished].some((id) => path.includes(id)) ? 404 : 200;
      expect(response.status, `${accept} ${path}: ${text.slice(0, 200)}`).toBe(expected);
      for (const needle of leaksIn(text)) leaks.push(`${operation.operationId} ${path} (${accept}) shows ${needle}`);
      return text;
    }

    /** Reads a list from its first page to its end, collecting the ids of what it lists. */
    async function walk(operation: Operation, first: string, accept: string) {
      let path: string | undefined = first;
      for (let pages = 0; path && pages < 500; pages++) {
        const text = await read(operation, path, accept);
        if (!accept.includes('json') || !text.startsWith('{"data"')) return;
        const body = JSON.parse(text) as { data?: Array<{ id?: string }>; links?: { next?: string } };
        const noun = /^\/v1\/(\w+)/.exec(operation.path)?.[1] ?? '';
        for (const record of body.data ?? []) if (record.id && idParameter[noun]) (ids[idParameter[noun]!] ??= new Set()).add(record.id);
        path = body.links?.next;
      }
    }

    const gets = PUBLIC_OPERATION_IDS.map(getOperation).filter((operation) => operation.method === 'get');
    const query = (operation: Operation, extra: string) => {
      const required = operation.parameters.filter((p) => p.in === 'query' && p.required).map((p) => `${p.name}=2026`);
      const limit = operation.parameters.some((p) => p.name === 'limit') ? [extra] : [];
      const all = [...required, ...limit].filter(Boolean);
      return all.length ? `?${all.join('&')}` : '';
    };
    // Operations without a path parameter first: they list the ids the others need.
    for (const operation of gets.filter((o) => !o.path.includes('{')))
      for (const accept of mediaTypesOf(operation))
        for (const limit of ['limit=7', 'limit=100']) await walk(operation, `${operation.path}${query(operation, limit)}`, accept);
    for (const operation of gets.filter((o) => o.path.includes('{'))) {
      const name = /\{(\w+)\}/.exec(operation.path)![1]!;
      // A path parameter that is not an id (an export's kind): every value the contract allows.
      const parameter = operation.parameters.find((p) => p.name === name)!;
      const values = ids[name] ?? new Set((resolvedSchema(parameter.schema)['enum'] as string[] | undefined) ?? []);
      for (const id of values) {
        const path = operation.path.replace(`{${name}}`, encodeURIComponent(id));
        for (const accept of mediaTypesOf(operation)) await walk(operation, `${path}${query(operation, 'limit=100')}`, accept);
      }
    }

    expect(leaks).toEqual([]);
    if (process.env['GONGKAI_REPORT_COUNTS']) console.log(`personal-data walk: ${[...visited.values()].reduce((a, b) => a + b, 0)} GETs`);
    // The detector sees the data where it belongs: on the department's staff side.
    const staffView = await fetch(`${departments[0]!.url}/v1/admin/requests?limit=100`, {
      headers: { authorization: `Bearer ${STAFF_TOKEN}` },
    });
    expect(leaksIn(await staffView.text())).toContain(applicants[0]!.name);
    // Every public GET operation was read, and the feedback the test filed was found on the public list.
    expect(gets.filter((operation) => !visited.has(operation.operationId)).map((o) => o.operationId)).toEqual([]);
    expect(feedbackIds.slice(0, 3).every((id) => ids['feedbackId']!.has(id))).toBe(true);
  });
});
