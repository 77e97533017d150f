import { describe, expect, it } from 'vitest';
import { chineseDaysCalendar as calendar } from '../calendar/chinese-days-calendar';
import { ClockRuleError } from './clock-rule-error';
import { computeRequestClock } from './compute-request-clock';
import type { RequestClockEvent } from './request-clock-event';

const received: RequestClockEvent = { type: 'received', on: '2024-09-20' };
const clockOf = (...events: RequestClockEvent[]) => computeRequestClock(calendar, events);

describe('computeRequestClock: the event log itself', () => {
  it('needs a receipt: an empty log has no clock', () => {
    expect(() => clockOf()).toThrow(expect.objectContaining({ code: 'RECEIPT_MISSING' }));
  });

  it('must begin with the receipt', () => {
    expect(() => clockOf({ type: 'decided', on: '2024-09-20' }, received)).toThrow(
      expect.objectContaining({ code: 'RECEIPT_MISSING', eventIndex: 0 }),
    );
  });

  it('receives an application once', () => {
    expect(() => clockOf(received, { type: 'received', on: '2024-09-23' })).toThrow(expect.objectContaining({ code: 'RECEIVED_TWICE' }));
  });

  it('refuses an event dated before the receipt', () => {
    expect(() => clockOf(received, { type: 'consultationStarted', on: '2024-09-19', party: 'thirdParty' })).toThrow(
      expect.objectContaining({
        code: 'EVENT_BEFORE_RECEIPT',
        message:
          'Art. 31: nothing can happen to an application before its receipt on 2024-09-20; event 1 ("consultationStarted") is dated 2024-09-19',
      }),
    );
  });

  it('refuses events out of date order', () => {
    expect(() =>
      clockOf(received, { type: 'feeNoticeSent', on: '2024-10-08' }, { type: 'consultationStarted', on: '2024-10-07', party: 'agency' }),
    ).toThrow(expect.objectContaining({ code: 'EVENTS_OUT_OF_ORDER', eventIndex: 2 }));
  });

  it('allows several events on one day, in log order', () => {
    const clock = clockOf(
      received,
      { type: 'consultationStarted', on: '2024-10-08', party: 'thirdParty' },
      { type: 'consultationEnded', on: '2024-10-08', party: 'thirdParty' },
    );
    expect(clock.replyDueOn).toBe('2024-10-23');
  });

  it('refuses anything that moves the clock after the decision or a withdrawal', () => {
    expect(() => clockOf(received, { type: 'decided', on: '2024-10-10' }, { type: 'feeNoticeSent', on: '2024-10-11' })).toThrow(
      expect.objectContaining({ code: 'ALREADY_DECIDED' }),
    );
    expect(() => clockOf(received, { type: 'withdrawn', on: '2024-10-10' }, { type: 'decided', on: '2024-10-11' })).toThrow(
      expect.objectContaining({ code: 'ALREADY_WITHDRAWN' }),
    );
  });

  it('stops the clock without a decision when the applicant withdraws', () => {
    expect(clockOf(received, { type: 'withdrawn', on: '2024-10-10' })).toMatchObject({ state: 'stopped', replyDueOn: '2024-10-23' });
  });

  it('records reconsideration and litigation at any time without touching the clock', () => {
    const clock = clockOf(
      received,
      { type: 'remedyFiled', on: '2024-11-01' }, // e.g. against the failure to reply
      { type: 'decided', on: '2024-11-05' },
      { type: 'remedyDecided', on: '2025-01-10' },
    );
    expect(clock).toMatchObject({ state: 'stopped', decidedOn: '2024-11-05', replyDueOn: '2024-10-23' });
  });

  it('refuses an impossible date, an unknown event type and an unknown party coming from untyped input', () => {
    expect(() => clockOf({ type: 'received', on: '2024-02-30' })).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
    const unknown = JSON.parse('{ "type": "reopened", "on": "2024-10-01" }') as RequestClockEvent;
    expect(() => clockOf(received, unknown)).toThrow(expect.objectContaining({ code: 'UNKNOWN_EVENT' }));
    const stranger = JSON.parse('{ "type": "consultationStarted", "on": "2024-10-01", "party": "citizen" }') as RequestClockEvent;
    expect(() => clockOf(received, stranger)).toThrow(expect.objectContaining({ code: 'INVALID_PARTY' }));
  });

  it('throws ClockRuleError, which the HTTP layer maps to 422', () => {
    expect(() => clockOf()).toThrow(ClockRuleError);
  });
});
