import { describe, expect, it } from 'vitest';
import { openApiDocument } from './document';
import { validateSchema, type SchemaName } from './validate';

const schemaNames = Object.keys(openApiDocument.components.schemas) as SchemaName[];

describe('validateSchema', () => {
  it.each(schemaNames)('accepts every example of %s', (name) => {
    const examples = (openApiDocument.components.schemas[name]?.['examples'] ?? []) as unknown[];
    expect(examples.length, `${name} has no examples`).toBeGreaterThan(0);
    for (const example of examples) {
      const result = validateSchema(name, example);
      expect(result.ok ? [] : result.errors).toEqual([]);
    }
  });

  it('accepts every example of every operation', () => {
    const examples = openApiDocument.components['examples'] as Record<string, { value: unknown }>;
    let checked = 0;
    for (const item of Object.values(openApiDocument.paths)) {
      for (const operation of Object.values(item)) {
        const contents = [
          operation?.requestBody?.content,
          ...Object.values(operation?.responses ?? {}).map((r) => (r as { content?: Record<string, unknown> }).content),
        ];
        for (const content of contents) {
          const json = content?.['application/json'] as
            { schema: { $ref: string }; examples?: Record<string, { $ref: string }> } | undefined;
          if (!json?.examples) continue;
          const name = json.schema.$ref.replace('#/components/schemas/', '') as SchemaName;
          for (const ref of Object.values(json.examples)) {
            const example = examples[ref.$ref.replace('#/components/examples/', '')];
            const result = validateSchema(name, example?.value);
            expect(result.ok ? [] : result.errors, `${operation?.operationId} ${ref.$ref}`).toEqual([]);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(60);
  });

  it('names a missing field and the rule', () => {
    const result = validateSchema('RequestSubmission', {
      departmentId: 'ln-finance',
      applicant: {
        type: 'naturalPerson',
        identityProof: { kind: 'residentIdCard', number: '210102199001011234' },
        contact: { phone: '13800000000' },
      },
      description: '申请公开2025年度三公经费决算明细',
      form: 'electronic',
      delivery: 'email',
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toContainEqual({ pointer: '/applicant/name', message: 'is required' });
  });

  it('names an unknown field instead of ignoring it', () => {
    const result = validateSchema('WithdrawalInput', { reason: '已废止', reasn: 'typo' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([{ pointer: '/reasn', message: 'is not a known field' }]);
  });

  it('lists the allowed values of an enum', () => {
    const result = validateSchema('Severity', 'purple');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.message).toBe('must be one of: red, orange, yellow, blue');
  });

  it('refuses money carried as a number or without two decimals, naming the money rule', () => {
    for (const amount of [12.5, '12.5', '1e3', '012.00']) {
      const result = validateSchema('Money', amount);
      expect(result.ok, String(amount)).toBe(false);
    }
    const result = validateSchema('FeeStandard', { amount: '12.5', unit: '元/件' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0]?.pointer).toBe('/amount');
      expect(result.errors[0]?.message).toContain('Money');
    }
  });

  it('explains a bad date format', () => {
    const result = validateSchema('RequestEventInput', { type: 'extended', on: '2026/06/05', workingDays: 10, reason: 'x' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toContainEqual({ pointer: '/on', message: 'must be a date as YYYY-MM-DD' });
  });

  it('requires an offset on timestamps', () => {
    expect(validateSchema('Timestamp', '2026-05-15T09:00:00+08:00').ok).toBe(true);
    expect(validateSchema('Timestamp', '2026-05-15T09:00:00').ok).toBe(false);
  });

  it('checks document numbers against GB/T 9704 (full year in 〔〕, no leading zero)', () => {
    const item = (documentNumber: string) => ({
      title: '通知',
      category: 'regulations',
      validity: 'valid',
      issuingBody: '辽宁省财政厅',
      division: { code: '210000', name: '辽宁省' },
      level: 'provincial',
      formedAt: '2026-01-05',
      documentNumber,
    });
    expect(validateSchema('ItemInput', item('辽财预〔2026〕12号')).ok).toBe(true);
    expect(validateSchema('ItemInput', item('辽财预〔26〕12号')).ok).toBe(false);
    expect(validateSchema('ItemInput', item('辽财预〔2026〕012号')).ok).toBe(false);
    expect(validateSchema('ItemInput', item('辽财预[2026]12号')).ok).toBe(false);
    const result = validateSchema('ItemInput', item('辽财预〔2026〕012号'));
    if (!result.ok) expect(result.errors[0]?.message).toContain('the full year in 〔〕, the number without 第 or leading zeros');
  });
});
