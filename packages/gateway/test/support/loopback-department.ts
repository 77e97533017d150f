/**
 * A department on loopback for the gateway's federation and fault tests: a real HTTP server that
 * speaks enough of the v1 contract (keyset-paged lists, single resources, the changes feed, writes
 * with Idempotency-Key, reports) and can be made slow, failing or unreachable on demand. The
 * end-to-end tests use the real department kit; this one exists to inject faults and count calls.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash } from 'node:crypto';
import { emptyRemedyCountsRow, emptyRequestCountsColumn, checkAnnualReport, type AnnualReport, type Change } from '@gongkai/spec';

export interface Record_ {
  id: string;
  [field: string]: unknown;
}

export interface LoopbackDepartmentOptions {
  id: string;
  items?: Record_[];
  fees?: Record_[];
  budgets?: Record_[];
  alerts?: Record_[];
  feedback?: Record_[];
  changes?: Change[];
}

export interface Behaviour {
  /** Delay before answering, in ms. */
  delayMs: number;
  /** Answer every request with this status (e.g. 500). */
  failWith: number | null;
  /** The largest page the department hands out, whatever `limit` asks (departments may page smaller). */
  pageCap: number;
  /** Flag the first page's `meta.total` as an estimate, as a department does past its search count limit. */
  estimateTotal: boolean;
}

interface Answer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

const LIST_SORT: Record<string, string> = {
  items: '-publishedAt',
  fees: '-publishedAt',
  budgets: '-publishedAt',
  alerts: '-issuedAt',
  feedback: '-submittedAt',
};

function compare(a: Record_, b: Record_, field: string, desc: boolean): number {
  const va = String(a[field] ?? ''),
    vb = String(b[field] ?? '');
  const ta = Date.parse(va),
    tb = Date.parse(vb);
  const primary = Number.isNaN(ta) || Number.isNaN(tb) ? (va < vb ? -1 : va > vb ? 1 : 0) : ta - tb;
  const order = primary !== 0 ? primary : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  return desc ? -order : order;
}

export class LoopbackDepartment {
  readonly calls: string[] = [];
  /** Requests answered 304 because the gateway revalidated with our ETag. */
  notModified = 0;
  readonly writes: Array<{ path: string; key: string | undefined; body: string }> = [];
  readonly behaviour: Behaviour = { delayMs: 0, failWith: null, pageCap: 100, estimateTotal: false };
  private server: Server | undefined;
  private port = 0;
  private readonly idempotency = new Map<string, { body: string; answer: string }>();

  constructor(readonly options: LoopbackDepartmentOptions) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** How many calls a path (without query) received. */
  callsTo(path: string): number {
    return this.calls.filter((call) => call.split('?')[0] === path).length;
  }

  async start(port = 0): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.keepAliveTimeout = 1000;
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  /** Stops listening: the gateway then finds the port closed (connection refused). */
  async stop(): Promise<void> {
    if (!this.server) return;
    const server = this.server;
    this.server = undefined;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }

  /** Listens again on the same port. */
  async restart(): Promise<void> {
    await this.start(this.port);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://x');
    this.calls.push(`${url.pathname}${url.search}`);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (this.behaviour.delayMs) await new Promise((r) => setTimeout(r, this.behaviour.delayMs));
    if (this.behaviour.failWith)
      return this.send(res, this.behaviour.failWith, {
        type: 'urn:gongkai:problem:internal',
        title: 'Broken on purpose',
        status: this.behaviour.failWith,
      });
    const answer = this.route(req.method ?? 'GET', url, req.headers, Buffer.concat(chunks).toString('utf8'));
    this.send(res, answer.status, answer.body, answer.headers, req.headers['if-none-match']);
  }

  private send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}, ifNoneMatch?: string): void {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    const etag = `"${createHash('sha256').update(text).digest('base64url').slice(0, 20)}"`;
    if (status === 200 && ifNoneMatch === etag) {
      this.notModified++;
      res.writeHead(304, { etag });
      res.end();
      return;
    }
    res.writeHead(status, { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json', etag, ...headers });
    res.end(text);
  }

  private route(method: string, url: URL, headers: IncomingMessage['headers'], body: string): Answer {
    const id = this.options.id;
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent); // ['v1', 'items', ...]
    if (method === 'POST') return this.write(url.pathname, headers['idempotency-key'] as string | undefined, body);
    if (parts[1] === 'departments' && parts[2] === id) return { status: 200, body: this.department() };
    if (parts[1] === 'changes') return { status: 200, body: this.changes(url) };
    if (parts[1] === 'reports' && parts[2] === 'annual')
      return { status: 200, body: this.annualReport(Number(url.searchParams.get('year'))) };
    if (parts[1] === 'compliance')
      return { status: 200, body: { asOf: '2026-11-26', generatedAt: '2026-11-26T10:00:00+08:00', departments: [{ departmentId: id }] } };
    if (parts[1] === 'requests' && parts[2]) {
      return headers.authorization === 'Bearer good-token'
        ? { status: 200, body: { trackingNumber: parts[2], departmentId: id } }
        : { status: 404, body: { type: 'urn:gongkai:problem:not-found', title: 'Not found', status: 404 } };
    }
    const collection = parts[1] as keyof LoopbackDepartmentOptions;
    const records = (this.options[collection] as Record_[] | undefined) ?? [];
    if (parts.length === 2 && LIST_SORT[collection]) return { status: 200, body: this.page(collection, records, url) };
    if (parts.length >= 3) {
      const record = records.find((r) => r.id === parts[2]);
      if (!record)
        return {
          status: 404,
          body: { type: 'urn:gongkai:problem:not-found', title: 'Not found', status: 404, detail: `No ${collection} ${parts[2]}` },
        };
      if (parts[3] === 'history')
        return {
          status: 200,
          body: { data: [{ revision: 1, action: 'created', recordedAt: record['publishedAt'], item: record }], meta: {}, links: {} },
        };
      return { status: 200, body: record };
    }
    return { status: 404, body: { type: 'urn:gongkai:problem:not-found', title: 'Not found', status: 404 } };
  }

  private page(collection: string, records: Record_[], url: URL) {
    const sort = url.searchParams.get('sort') ?? LIST_SORT[collection]!;
    const desc = sort.startsWith('-');
    const field = desc ? sort.slice(1) : sort;
    const category = url.searchParams.get('category');
    const sorted = records.filter((r) => !category || r['category'] === category).sort((a, b) => compare(a, b, field, desc));
    const cursor = url.searchParams.get('cursor');
    const after = cursor ? (JSON.parse(Buffer.from(cursor, 'base64url').toString()) as Record_) : undefined;
    const remaining = after ? sorted.filter((r) => compare(r, after, field, desc) > 0) : sorted;
    const limit = Math.min(Number(url.searchParams.get('limit') ?? 20), this.behaviour.pageCap);
    const data = remaining.slice(0, limit);
    const last = data.at(-1);
    const links: Record<string, string> = {};
    if (remaining.length > limit && last) {
      const next = new URLSearchParams(url.searchParams);
      next.set('cursor', Buffer.from(JSON.stringify({ id: last.id, [field]: last[field] })).toString('base64url'));
      links['next'] = `/v1/${collection}?${next.toString()}`;
    }
    // Like the department kit: the total on the first page only.
    const meta = cursor ? {} : { total: sorted.length, ...(this.behaviour.estimateTotal ? { totalIsEstimate: true } : {}) };
    return { data, meta, links };
  }

  private changes(url: URL) {
    const changes = this.options.changes ?? [];
    const since = Number(url.searchParams.get('since') ?? 0);
    const limit = Math.min(Number(url.searchParams.get('limit') ?? 20), this.behaviour.pageCap);
    const resourceType = url.searchParams.get('resourceType');
    const matching = changes.filter((c) => c.sequence > since && (!resourceType || c.resourceType === resourceType));
    const data = matching.slice(0, limit);
    const cursor = String(data.at(-1)?.sequence ?? since);
    const more = matching.length > data.length;
    return { data, meta: { cursor }, links: more ? { next: `/v1/changes?since=${cursor}` } : {} };
  }

  private write(path: string, key: string | undefined, body: string): Answer {
    this.writes.push({ path, key, body });
    if (key && this.idempotency.has(key)) {
      const first = this.idempotency.get(key)!;
      if (first.body !== body)
        return {
          status: 422,
          body: { type: 'urn:gongkai:problem:idempotency-key-reused', title: 'Idempotency-Key reused with a different body', status: 422 },
        };
      return { status: 201, body: first.answer, headers: { 'idempotent-replayed': 'true' } };
    }
    const trackingNumber = `${this.options.id}:YSQ-2026-${String(this.writes.length).padStart(6, '0')}`;
    const answer = JSON.stringify({
      trackingNumber,
      accessToken: 'x'.repeat(32),
      status: 'received',
      receivedOn: '2026-11-26',
      replyDueOn: '2026-12-24',
      provisional: false,
      calendarVersion: 'chinese-days@1.5.7',
    });
    if (key) this.idempotency.set(key, { body, answer });
    return { status: 201, body: answer, headers: { location: `/v1/requests/${trackingNumber}` } };
  }

  private department() {
    return {
      id: this.options.id,
      name: `${this.options.id} 测试部门`,
      kind: 'governmentDepartment',
      level: 'provincial',
      division: { code: '210000', name: '辽宁省' },
      disclosureOffice: {
        name: '政务公开办公室',
        address: '沈阳市',
        officeHours: '工作日',
        phone: '024-00000000',
        acceptedChannels: ['inPerson', 'online'],
      },
      guide: { summary: '公开指南', updatedAt: '2026-01-01T09:00:00+08:00' },
    };
  }

  private annualReport(year: number): AnnualReport {
    const column = emptyRequestCountsColumn();
    const natural = { ...column, newReceived: 2, outcomes: { ...column.outcomes, granted: 2, total: 2 } };
    const tables = {
      table3: {
        naturalPerson: natural,
        commercialEnterprise: column,
        researchInstitution: column,
        socialWelfareOrganization: column,
        legalServiceOrganization: column,
        otherOrganization: column,
        total: natural,
      },
      table4: {
        reconsideration: emptyRemedyCountsRow(),
        litigationDirect: emptyRemedyCountsRow(),
        litigationAfterReconsideration: emptyRemedyCountsRow(),
      },
    };
    const checks = checkAnnualReport(tables);
    return {
      departmentId: this.options.id,
      departments: [this.options.id],
      year,
      format: '2021',
      generatedAt: '2026-11-26T10:00:00+08:00',
      dueOn: `${year + 1}-01-31`,
      table2: {
        rules: { issued: 0, repealed: 0, inForce: 0 },
        normativeDocuments: { issued: 1, repealed: 0, inForce: 3 },
        licensing: { decisions: 0 },
        penalties: { decisions: 0 },
        coercion: { decisions: 0 },
        fees: { amount: '100.00', tenThousandYuan: '0.0100' },
      },
      ...tables,
      otherMatters: { processingFeesCollected: '0.00', processingFeeCases: 0 },
      checks,
      consistent: checks.every((c) => c.passed),
    };
  }
}

/** Items with many ties, for property-style federation tests. */
export function generatedItems(department: string, count: number, seed: number): Record_[] {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: count }, (_, index) => {
    const day = 1 + Math.floor(random() * 20);
    const hour = Math.floor(random() * 3) + 8; // few distinct timestamps: many ties broken by id
    const publishedAt = `2026-03-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00+08:00`;
    return {
      id: `${department}:2026-${String(index).padStart(6, '0')}`,
      departmentId: department,
      title: `测试信息${index}`,
      publishedAt,
      category: index % 3 === 0 ? 'plans' : 'statistics',
    };
  });
}
