import { describe, expect, it } from 'vitest';
import { remedyEvent, request } from './report-fixtures';
import { requestClosing, requestHandlings } from './request-closing';

describe('requestClosing', () => {
  it('is open until decided or withdrawn', () => {
    expect(requestClosing(request({ receivedOn: '2025-03-01' }))).toBeUndefined();
  });

  it('takes the decision’s date and outcome', () => {
    expect(requestClosing(request({ receivedOn: '2025-03-01', decided: { on: '2025-03-20', outcome: 'partial' } }))).toEqual({
      kind: 'decided',
      on: '2025-03-20',
      outcome: 'partial',
    });
  });

  it('reads the outcome from the decided event when the request carries no decision', () => {
    const { decision: _decision, ...logOnly } = request({
      receivedOn: '2025-03-01',
      decided: { on: '2025-03-20', outcome: 'unable.notHeld' },
    });
    expect(requestClosing(logOnly)).toEqual({ kind: 'decided', on: '2025-03-20', outcome: 'unable.notHeld' });
  });

  it('counts a decided event that names no outcome as other.other', () => {
    const bare = request({
      receivedOn: '2025-03-01',
      events: [{ type: 'decided', on: '2025-03-09', recordedAt: '2025-03-09T10:00:00+08:00' }],
    });
    expect(requestClosing(bare)).toEqual({ kind: 'decided', on: '2025-03-09', outcome: 'other.other' });
  });

  it('refuses an outcome that is not a row of table 3', () => {
    const bad = request({
      receivedOn: '2025-03-01',
      events: [
        {
          type: 'decided',
          on: '2025-03-09',
          recordedAt: '2025-03-09T10:00:00+08:00',
          details: { decision: { outcome: 'granted.mostly' } },
        },
      ],
    });
    expect(() => requestClosing(bad)).toThrow('not a row of table 3');
  });

  it('takes the withdrawal’s date when the applicant withdrew', () => {
    expect(requestClosing(request({ receivedOn: '2025-03-01', withdrawnOn: '2025-03-05' }))).toEqual({
      kind: 'withdrawn',
      on: '2025-03-05',
    });
  });

  it('dates a withdrawn status without a withdrawal event by the latest event', () => {
    const withdrawn = {
      ...request({
        receivedOn: '2025-03-01',
        events: [{ type: 'supplementRequested', on: '2025-03-04', recordedAt: '2025-03-04T10:00:00+08:00' }],
      }),
      status: 'withdrawn' as const,
    };
    expect(requestClosing(withdrawn)).toEqual({ kind: 'withdrawn', on: '2025-03-04' });
  });

  it('reads a closing dated before the receipt date as the receipt date', () => {
    expect(requestClosing(request({ receivedOn: '2025-03-01', decided: { on: '2025-02-27', outcome: 'granted' } }))?.on).toBe('2025-03-01');
  });
});

describe('requestHandlings', () => {
  it('adds a handling received on the day a remedy corrected the decision, closed by the new reply', () => {
    const base = request({ receivedOn: '2024-09-20', decided: { on: '2024-10-10', outcome: 'denied.thirdPartyRights' } });
    const reopened = {
      ...base,
      events: [
        ...base.events,
        remedyEvent('remedyFiled', '2024-11-01', { kind: 'reconsideration' }),
        remedyEvent('remedyDecided', '2025-01-06', { kind: 'reconsideration', result: 'corrected' }),
      ],
    };
    expect(requestHandlings(reopened)).toEqual([
      { receivedOn: '2024-09-20', reopened: false, closing: { kind: 'decided', on: '2024-10-10', outcome: 'denied.thirdPartyRights' } },
      { receivedOn: '2025-01-06', reopened: true },
    ]);
    const answered = {
      ...reopened,
      events: [
        ...reopened.events,
        {
          type: 'reDecided' as const,
          on: '2025-02-07',
          recordedAt: '2025-02-07T10:00:00+08:00',
          details: { decision: { outcome: 'granted' } },
        },
      ],
    };
    expect(requestHandlings(answered)[1]).toEqual({
      receivedOn: '2025-01-06',
      reopened: true,
      closing: { kind: 'decided', on: '2025-02-07', outcome: 'granted' },
    });
    // The first handling keeps its own outcome even though the request's decision is now the new one.
    expect(
      requestClosing({ ...answered, decision: { decidedOn: '2025-02-07', outcome: 'granted', outcomeGroup: 'granted' } }),
    ).toMatchObject({
      outcome: 'denied.thirdPartyRights',
    });
  });

  it('is one handling when a remedy upholds the decision', () => {
    const base = request({ receivedOn: '2024-09-20', decided: { on: '2024-10-10', outcome: 'granted' } });
    const upheld = {
      ...base,
      events: [...base.events, remedyEvent('remedyDecided', '2025-01-06', { kind: 'reconsideration', result: 'upheld' })],
    };
    expect(requestHandlings(upheld)).toHaveLength(1);
  });
});
