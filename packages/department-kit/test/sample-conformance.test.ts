import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getOperation } from '@gongkai/spec';
import { runConformance, type ConformanceReport, type Exchange } from '@gongkai/conformance';
import { startDepartmentServer, type RunningDepartment } from '../src/cli/serve-command';
import { loadSampleDataset, SAMPLE_DEPARTMENT_IDS } from '../src/dataset/sample-datasets';
import { ADMIN_TOKEN } from './support/department-server';

// The contract test of the kit is the conformance suite itself: one source of truth for what a
// department must do. What only the kit can know (its sample data) is checked here besides.
describe.each(SAMPLE_DEPARTMENT_IDS)('serve --sample %s', (id) => {
  let running: RunningDepartment;
  let report: ConformanceReport;
  const exchanges: Exchange[] = [];
  beforeAll(async () => {
    running = await startDepartmentServer({ sample: id, port: 0, host: '127.0.0.1', adminTokens: [ADMIN_TOKEN] });
    report = await runConformance({
      baseUrl: running.url,
      token: ADMIN_TOKEN,
      allowWrites: true,
      onExchange: (exchange) => exchanges.push(exchange),
    });
  });
  afterAll(() => running.close());

  it('passes every check of @gongkai/conformance', () => {
    expect(report.results.filter((result) => result.status === 'failed').map(({ id: check, failures }) => ({ check, failures }))).toEqual(
      [],
    );
    expect(report.summary.passed).toBeGreaterThan(100);
  });

  it('never shows an applicant’s or a submitter’s personal data in a public answer', () => {
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
    const public_ = exchanges.filter(
      (exchange) => exchange.operationId && !exchange.credentialed && !getOperation(exchange.operationId).admin,
    );
    expect(public_.length).toBeGreaterThan(100);
    for (const exchange of public_) {
      const body = exchange.response.body.toString('utf8');
      for (const value of personal)
        expect(body.includes(value), `${exchange.request.method} ${exchange.request.url} shows "${value}"`).toBe(false);
    }
  });

  it('serves lists with data, and the records named in them', async () => {
    const json = async (path: string) => (await fetch(`${running.url}${path}`)).json();
    const items = (await json('/v1/items?limit=5')) as { data: unknown[]; links: { next?: string } };
    expect(items.data).toHaveLength(5);
    expect(items.links.next).toBeDefined();
    const changes = (await json('/v1/changes?limit=5')) as { data: unknown[] };
    expect(changes.data.length).toBeGreaterThan(0);
    const annual = (await json('/v1/reports/annual?year=2025')) as { consistent: boolean; departmentId: string };
    expect(annual).toMatchObject({ consistent: true, departmentId: id });
  });
});
