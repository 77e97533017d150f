import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../document';
import type { Alert, Budget, DisclosureItem, FeeSchedule } from '../generated/openapi-types';
import { alertToCap } from './cap';
import { itemsToAtom } from './atom';
import { toCsv } from './csv';
import { budgetsToCsv, feesToCsv } from './csv-tables';

const example = <T>(name: string): T => (openApiDocument.components.schemas[name]?.['examples'] as T[])[0] as T;

describe('CSV', () => {
  it('starts with a byte-order mark and ends lines with CRLF', () => {
    expect(toCsv(['a', 'b'], [[1, 'x']])).toBe('\uFEFFa,b\r\n1,x\r\n');
  });

  it('quotes commas, quotes and line breaks', () => {
    expect(toCsv(['a'], [['辽宁,沈阳'], ['say "hi"'], ['two\nlines']])).toBe('\uFEFFa\r\n"辽宁,沈阳"\r\n"say ""hi"""\r\n"two\nlines"\r\n');
  });

  it('defuses cells a spreadsheet would run as formulas, but keeps negative amounts', () => {
    expect(toCsv(['a'], [['=HYPERLINK("x")'], ['-12.50'], ['-cmd'], ['@SUM(A1)']])).toBe(
      '\uFEFFa\r\n"\'=HYPERLINK(""x"")"\r\n-12.50\r\n\'-cmd\r\n\'@SUM(A1)\r\n',
    );
  });

  it('writes a fee schedule as one row with its amount as a decimal string', () => {
    const lines = feesToCsv([example<FeeSchedule>('FeeSchedule')]).split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFid,departmentId,code,name,amount,unit,upTo,legalBasis,approvingAuthority,approvalDocumentNumber,collectingBody,divisionCode,divisionName,level,validFrom,validTo,status,publishedAt',
    );
    expect(lines[1]).toContain(',农村宅基地使用证工本费,5.00,元/本,false,');
  });

  it('writes a budget as one row per line plus the three public expenses', () => {
    const budget = example<Budget>('Budget');
    const rows = budgetsToCsv([budget]).trimEnd().split('\r\n');
    expect(rows).toHaveLength(1 + budget.revenue.length + budget.expenditure.length + 5);
    expect(rows).toContain('ln-finance:budget-2026,ln-finance,2026,budget,threePublicExpenses,,公务接待费,180000.00');
  });
});

describe('Atom', () => {
  it('lists items with links, categories and escaped text', () => {
    const item = { ...example<DisclosureItem>('DisclosureItem'), title: 'A & B <c>' };
    const xml = itemsToAtom([item], { baseUrl: 'https://data.example.gov.cn', selfPath: '/v1/feeds/items' });
    expect(xml).toContain('<title>A &amp; B &lt;c&gt;</title>');
    expect(xml).toContain('<link href="https://data.example.gov.cn/v1/items/ln-finance%3A2026-000123"/>');
    expect(xml).toContain('<category term="budgetsAndFinalAccounts" label="财政预算、决算信息"/>');
    expect(xml).toContain(`<updated>${item.updatedAt}</updated>`);
  });

  it('links an item’s own page only when it is an http(s) URL', () => {
    const base = example<DisclosureItem>('DisclosureItem');
    const links = (url: string) =>
      itemsToAtom([{ ...base, url }], { baseUrl: 'https://x.gov.cn', selfPath: '/v1/feeds/items' }).match(/rel="alternate"[^>]*/g) ?? [];
    for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', 'vbscript:msgbox(1)', 'file:///etc/passwd', 'data:text/html,x'])
      expect(links(url), url).toEqual([]);
    expect(links('https://czt.ln.gov.cn/a.html')).toHaveLength(1);
  });
});

describe('a department that leaves out fields', () => {
  it('still gets a feed, with the missing values empty', () => {
    const partial = {
      id: 'ln-a:1',
      title: '标题',
      publishedAt: '2026-03-01T09:00:00+08:00',
      category: 'plans',
    } as unknown as DisclosureItem;
    const xml = itemsToAtom([partial], { baseUrl: 'https://x.gov.cn', selfPath: '/v1/feeds/items' });
    expect(xml).toContain('<updated>2026-03-01T09:00:00+08:00</updated>');
    expect(xml).toContain('<author><name></name></author>');
  });
});

describe('CAP 1.2', () => {
  it('maps colour to CAP severity and the hazard type to a CAP category', () => {
    const xml = alertToCap(example<Alert>('Alert'));
    expect(xml).toContain('<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">');
    expect(xml).toContain('<severity>Severe</severity>');
    expect(xml).toContain('<category>Met</category>');
    expect(xml).toContain('<msgType>Alert</msgType>');
    expect(xml).toContain('<geocode><valueName>GB/T 2260</valueName><value>210900</value></geocode>');
    expect(xml).toContain('<identifier>ln-emergency:alert-2026-0007@r1</identifier>');
    expect(xml).not.toContain('<references>');
  });

  it('is what the contract’s AlertCap example shows for its Alert example, so implementers in any language can follow either', () => {
    const examples = openApiDocument.components['examples'] as Record<string, { value: unknown }>;
    expect(alertToCap(examples['Alert']!.value as Alert).trimEnd()).toBe(String(examples['AlertCap']!.value).trimEnd());
  });

  it('gives an update its own identifier and references the original notice', () => {
    const alert = { ...example<Alert>('Alert'), revision: 3, msgType: 'update' as const };
    const xml = alertToCap(alert);
    expect(xml).toContain('<identifier>ln-emergency:alert-2026-0007@r3</identifier>');
    expect(xml).toContain(`<references>ln-emergency,ln-emergency:alert-2026-0007@r1,${alert.issuedAt}</references>`);
  });
});

describe('CSV of records that lack fields', () => {
  // A list cut down by `fields=`, or a department's answer, may lack any field: a row, never a TypeError.
  it('writes a row for each record, empty where a field is missing', async () => {
    const { itemsToCsv, feesToCsv, alertsToCsv, budgetsToCsv } = await import('./csv-tables');
    const csv = itemsToCsv([{ id: 'ln-a:2026-000001', title: '标题' } as never]);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(2);
    expect(csv).toContain('ln-a:2026-000001');
    for (const toCsv of [feesToCsv, alertsToCsv, budgetsToCsv] as Array<(records: never[]) => string>)
      expect(() => toCsv([{ id: 'ln-a:x' } as never])).not.toThrow();
  });
});
