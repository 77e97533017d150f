import { describe, expect, it } from 'vitest';
import { remedyCases } from './remedy-cases';
import { remedyEvent, request } from './report-fixtures';
import { table4 } from './table4';

const decided = { on: '2025-02-10', outcome: 'denied.thirdPartyRights' } as const;

describe('remedy cases of a request', () => {
  it('pairs a decision with the earliest open case of its kind', () => {
    const r = request({
      receivedOn: '2025-01-10',
      decided,
      events: [
        remedyEvent('remedyFiled', '2025-03-01', { kind: 'reconsideration' }),
        remedyEvent('remedyFiled', '2025-03-05', { kind: 'litigationDirect' }),
        remedyEvent('remedyDecided', '2025-05-01', { kind: 'reconsideration', result: 'upheld' }),
        remedyEvent('remedyFiled', '2025-05-20', { kind: 'litigationAfterReconsideration' }),
      ],
    });
    expect(remedyCases(r)).toEqual([
      { kind: 'reconsideration', filedOn: '2025-03-01', decidedOn: '2025-05-01', result: 'upheld' },
      { kind: 'litigationDirect', filedOn: '2025-03-05' },
      { kind: 'litigationAfterReconsideration', filedOn: '2025-05-20' },
    ]);
  });

  it('takes a decision without a filing as filed that day, and one without a result as 其他结果', () => {
    const r = request({
      receivedOn: '2025-01-10',
      decided,
      events: [remedyEvent('remedyDecided', '2025-06-01', { kind: 'litigationDirect' })],
    });
    expect(remedyCases(r)).toEqual([{ kind: 'litigationDirect', filedOn: '2025-06-01', decidedOn: '2025-06-01', result: 'other' }]);
  });

  it('reads a remedy stored flat in details as well', () => {
    const flat = {
      type: 'remedyFiled' as const,
      on: '2025-03-01',
      recordedAt: '2025-03-01T10:00:00+08:00',
      details: { kind: 'reconsideration' },
    };
    expect(remedyCases(request({ receivedOn: '2025-01-10', decided, events: [flat] }))).toEqual([
      { kind: 'reconsideration', filedOn: '2025-03-01' },
    ]);
  });

  it('refuses an unknown kind or result, naming the request and the event', () => {
    const noKind = request({ receivedOn: '2025-01-10', decided, events: [remedyEvent('remedyFiled', '2025-03-01', { kind: 'appeal' })] });
    expect(() => remedyCases(noKind)).toThrow(/remedyFiled on 2025-03-01 has the remedy kind "appeal"/);
    const badResult = request({
      receivedOn: '2025-01-10',
      decided,
      events: [remedyEvent('remedyDecided', '2025-03-01', { kind: 'reconsideration', result: 'won' })],
    });
    expect(() => remedyCases(badResult)).toThrow('has the result "won"');
  });
});

describe('table 4: reconsideration and litigation', () => {
  const log = [
    request({
      receivedOn: '2024-09-01',
      decided: { on: '2024-09-20', outcome: 'denied.processInformation' },
      events: [
        remedyEvent('remedyFiled', '2024-11-01', { kind: 'reconsideration' }),
        remedyEvent('remedyDecided', '2025-01-20', { kind: 'reconsideration', result: 'upheld' }),
        remedyEvent('remedyFiled', '2025-02-10', { kind: 'litigationAfterReconsideration' }),
      ],
    }),
    request({
      receivedOn: '2025-03-01',
      decided: { on: '2025-03-20', outcome: 'unable.notHeld' },
      events: [
        remedyEvent('remedyFiled', '2025-04-01', { kind: 'reconsideration' }),
        remedyEvent('remedyDecided', '2025-06-01', { kind: 'reconsideration', result: 'corrected' }),
        remedyEvent('remedyFiled', '2025-04-02', { kind: 'litigationDirect' }),
        remedyEvent('remedyDecided', '2025-12-31', { kind: 'litigationDirect', result: 'other' }),
      ],
    }),
    request({
      receivedOn: '2023-01-05',
      decided: { on: '2023-01-20', outcome: 'granted' },
      events: [
        remedyEvent('remedyFiled', '2023-03-01', { kind: 'litigationDirect' }),
        remedyEvent('remedyDecided', '2024-03-01', { kind: 'litigationDirect', result: 'upheld' }),
      ],
    }),
  ];

  it('counts a case filed in the year by its result, or as pending when undecided on 31 December', () => {
    expect(table4(log, 2025)).toEqual({
      reconsideration: { upheld: 1, corrected: 1, other: 0, pending: 0, total: 2 },
      litigationDirect: { upheld: 0, corrected: 0, other: 1, pending: 0, total: 1 },
      litigationAfterReconsideration: { upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 },
    });
  });

  it('counts a case pending at the start of the year again, with the result it got that year', () => {
    expect(table4(log, 2024).reconsideration).toEqual({ upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 });
    expect(table4(log, 2025).reconsideration.upheld).toBe(1);
    expect(table4(log, 2024).litigationDirect).toEqual({ upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 });
  });

  it('leaves out cases decided before the year and cases filed after it', () => {
    expect(table4(log, 2026).litigationDirect.total).toBe(0);
    expect(table4(log, 2022).reconsideration.total).toBe(0);
    expect(table4(log, 2026).litigationAfterReconsideration).toEqual({ upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 });
  });
});
