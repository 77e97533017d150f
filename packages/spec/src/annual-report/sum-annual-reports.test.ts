import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnnualReport } from '../generated/openapi-types';
import { validateSchema } from '../validate';
import { consistentReports, exampleColumn, remedyRow, reportOf } from './annual-report.arbitrary';
import { cellAt, cellPaths } from './count-tree';
import { emptyRequestCountsColumn } from './empty-counts';
import { moneyToFen } from './money';
import { sumAnnualReports } from './sum-annual-reports';
import { TABLE3_COLUMNS } from './table-layout';

const options = { year: 2025, generatedAt: '2026-04-01T09:00:00+08:00' };

function expectValid(report: AnnualReport): void {
  const result = validateSchema('AnnualReport', report);
  expect(result.ok ? [] : result.errors).toEqual([]);
}

describe('sumAnnualReports', () => {
  it('sums every cell of tables 2, 3 and 4 and the other matters', () => {
    const a = reportOf('ln-finance', { naturalPerson: exampleColumn() }, { table4: { reconsideration: remedyRow(2, 1, 0, 1) } });
    const b = reportOf(
      'ln-emergency',
      { naturalPerson: exampleColumn(), legalServiceOrganization: exampleColumn() },
      { table4: { reconsideration: remedyRow(0, 0, 1, 0) } },
    );
    const sum = sumAnnualReports([a, b], options);
    expect(sum.table2.normativeDocuments).toEqual({ issued: 12, repealed: 2, inForce: 46 });
    expect(sum.table2.licensing).toEqual({ decisions: 824 });
    expect(sum.table3.naturalPerson.newReceived).toBe(36);
    expect(sum.table3.legalServiceOrganization.outcomes.unable.notHeld).toBe(3);
    expect(sum.table3.total.outcomes.total).toBe(60);
    expect(sum.table4.reconsideration).toEqual(remedyRow(2, 1, 1, 1));
    expect(sum.otherMatters).toEqual({ processingFeesCollected: '760.00', processingFeeCases: 2 });
    expect(sum.consistent).toBe(true);
    expectValid(sum);
  });

  it('adds up the corrections of published years by year and row', () => {
    const a = { ...reportOf('ln-finance', {}), corrections: [{ year: 2024, row: 'licensing' as const, decisions: 2, detail: '…' }] };
    const b = {
      ...reportOf('ln-emergency', {}),
      corrections: [
        { year: 2024, row: 'licensing' as const, decisions: 3, detail: '…' },
        { year: 2024, row: 'penalties' as const, decisions: 1, detail: '…' },
      ],
    };
    const sum = sumAnnualReports([a, b, reportOf('ln-housing', {})], options);
    expect(sum.corrections?.map(({ year, row, decisions }) => [year, row, decisions])).toEqual([
      [2024, 'licensing', 5],
      [2024, 'penalties', 1],
    ]);
    expectValid(sum);
    expect(sumAnnualReports([reportOf('ln-housing', {})], options).corrections).toBeUndefined();
  });

  it('lists every department and names none as its own', () => {
    const sum = sumAnnualReports([reportOf('ln-finance', {}), reportOf('ln-emergency', {})], options);
    expect(sum.departments).toEqual(['ln-finance', 'ln-emergency']);
    expect(sum).not.toHaveProperty('departmentId');
    expect(sum).not.toHaveProperty('publishedAt');
    expect(sum.generatedAt).toBe(options.generatedAt);
  });

  it('is due on the latest due date: 31 March once a government’s own report is in it', () => {
    const department = reportOf('ln-finance', {}, { dueOn: '2026-01-31' });
    const government = reportOf('ln-zhangwu', {}, { dueOn: '2026-03-31' });
    expect(sumAnnualReports([government, department], options).dueOn).toBe('2026-03-31');
    expect(sumAnnualReports([department], options).dueOn).toBe('2026-01-31');
  });

  it('sums the fees that are stated, and is null only when none is', () => {
    const stated = reportOf('ln-finance', {}, { feesFen: 120_000_000n });
    const unpublished = reportOf('ln-emergency', {}, { feesFen: null });
    expect(sumAnnualReports([stated, unpublished], options).table2.fees).toEqual({ amount: '1200000.00', tenThousandYuan: '120.0000' });
    expect(sumAnnualReports([unpublished], options).table2.fees).toEqual({ amount: null, tenThousandYuan: null });
  });

  it('states the summed fees in 万元 from the summed fen, not from the rounded figures', () => {
    const half = (id: string) => reportOf(id, {}, { feesFen: 50n }); // ¥0.50 each, 0.0001 万元 each once rounded
    const fees = sumAnnualReports([half('a'), half('b'), half('c')], options).table2.fees;
    expect(fees).toEqual({ amount: '1.50', tenThousandYuan: '0.0002' });
  });

  it('recomputes the checks, so an inconsistent department shows in the sum', () => {
    const broken = reportOf('ln-emergency', { naturalPerson: exampleColumn() });
    broken.table3.naturalPerson.carriedForward = 0;
    const sum = sumAnnualReports([reportOf('ln-finance', { naturalPerson: exampleColumn() }), broken], options);
    expect(sum.consistent).toBe(false);
    expect(sum.checks.filter((c) => !c.passed).map((c) => `${c.rule} ${c.target}`)).toEqual([
      'table3.balance naturalPerson',
      'table3.totalColumn total.carriedForward',
    ]);
  });

  it('sums no report to an empty, consistent report due on 31 March', () => {
    const sum = sumAnnualReports([], options);
    expect(sum.departments).toEqual([]);
    expect(sum.dueOn).toBe('2026-03-31');
    expect(sum.table3.total).toEqual(emptyRequestCountsColumn());
    expect(sum.table2.fees).toEqual({ amount: null, tenThousandYuan: null });
    expect(sum.consistent).toBe(true);
    expectValid(sum);
  });

  it('is partial when a part is, and keeps every part’s failures', () => {
    const failure = { department: 'ln-tieling', status: 504, detail: 'did not answer within 3000 ms' };
    const { departmentId: _own, ...part } = { ...reportOf('ln-finance', {}), partial: true, failures: [failure] };
    const sum = sumAnnualReports([part, reportOf('ln-emergency', {})], options);
    expect(sum.partial).toBe(true);
    expect(sum.failures).toEqual([failure]);
    expectValid(sum);
    expect(sumAnnualReports([reportOf('ln-emergency', {})], options)).not.toHaveProperty('partial');
  });

  it('refuses a report of another year', () => {
    expect(() => sumAnnualReports([reportOf('ln-finance', {}, { year: 2024 })], options)).toThrow(
      'a report of 2024 (ln-finance) cannot be summed into 2025',
    );
  });

  it('refuses to count a department twice', () => {
    expect(() => sumAnnualReports([reportOf('ln-finance', {}), reportOf('ln-finance', {})], options)).toThrow(
      '"ln-finance" is in more than one report',
    );
  });

  it('keeps consistent reports consistent, cell by cell (property)', () => {
    fc.assert(
      fc.property(consistentReports(), (reports) => {
        for (const report of reports) expect(report.consistent).toBe(true);
        const sum = sumAnnualReports(reports, options);
        expect(sum.consistent).toBe(true);
        for (const column of TABLE3_COLUMNS) {
          for (const row of cellPaths(sum.table3[column])) {
            expect(cellAt(sum.table3[column], row)).toBe(reports.reduce((n, r) => n + cellAt(r.table3[column], row), 0));
          }
        }
        const statedFees = reports.filter((r) => r.table2.fees.amount !== null);
        if (statedFees.length === 0) expect(sum.table2.fees.amount).toBeNull();
        else
          expect(moneyToFen(sum.table2.fees.amount ?? '')).toBe(
            statedFees.reduce((n, r) => n + moneyToFen(r.table2.fees.amount ?? ''), 0n),
          );
        expectValid(sum);
      }),
      { numRuns: 150 },
    );
  });

  it('sums in any grouping to the same tables (property)', () => {
    fc.assert(
      fc.property(consistentReports(), fc.nat(), (reports, cut) => {
        const at = reports.length === 0 ? 0 : cut % (reports.length + 1);
        const whole = sumAnnualReports(reports, options);
        const inTwo = sumAnnualReports(
          [sumAnnualReports(reports.slice(0, at), options), sumAnnualReports(reports.slice(at), options)],
          options,
        );
        const tables = ({ table2, table3, table4, otherMatters, checks }: AnnualReport) => ({
          table2,
          table3,
          table4,
          otherMatters,
          checks,
        });
        expect(tables(inTwo)).toEqual(tables(whole));
      }),
      { numRuns: 100 },
    );
  });
});
