import { describe, expect, it } from 'vitest';
import { chineseDaysCalendar as calendar } from '../calendar/chinese-days-calendar';
import { computeRequestClock } from './compute-request-clock';
import type { RequestClockEvent } from './request-clock-event';

const received: RequestClockEvent = { type: 'received', on: '2024-09-20' };
const extended = (on: string, workingDays = 20, reason = 'large volume of records'): RequestClockEvent => ({
  type: 'extended',
  on,
  workingDays,
  reason,
});
const clockOf = (...events: RequestClockEvent[]) => computeRequestClock(calendar, events);

describe('computeRequestClock: the extension (Art. 33)', () => {
  it('adds the extension after the original due date: 2024-09-20 + 20 + 20 → 2024-11-20', () => {
    expect(clockOf(received, extended('2024-10-15'))).toMatchObject({
      originalDueOn: '2024-10-23',
      replyDueOn: '2024-11-20',
      extension: { workingDays: 20, decidedOn: '2024-10-15', reason: 'large volume of records' },
    });
  });

  it('allows a shorter extension: +5 → 2024-10-30', () => {
    // 10-24, 10-25, 10-28, 10-29, 10-30.
    expect(clockOf(received, extended('2024-10-15', 5)).replyDueOn).toBe('2024-10-30');
  });

  it('may be decided on the due date itself', () => {
    expect(clockOf(received, extended('2024-10-23')).replyDueOn).toBe('2024-11-20');
  });

  it('is refused after the due date', () => {
    expect(() => clockOf(received, extended('2024-10-24'))).toThrow(
      expect.objectContaining({
        code: 'EXTENSION_AFTER_DUE_DATE',
        eventIndex: 1,
        message:
          'Art. 33: an extension must be decided on or before the reply due date 2024-10-23; it was decided on 2024-10-24, after the period ran out',
      }),
    );
  });

  it('measures "after the due date" against the pause-adjusted due date', () => {
    // A consultation paused (10-08, 10-15]: six working days, due 2024-10-31 instead of 10-23.
    const consulted: RequestClockEvent[] = [
      received,
      { type: 'consultationStarted', on: '2024-10-08', party: 'thirdParty' },
      { type: 'consultationEnded', on: '2024-10-15', party: 'thirdParty' },
    ];
    // 2024-10-31 + 20: 11-01, 11-04…08, 11-11…15, 11-18…22, 11-25…28.
    expect(clockOf(...consulted, extended('2024-10-30')).replyDueOn).toBe('2024-11-28');
    expect(() => clockOf(...consulted, extended('2024-11-01'))).toThrow(expect.objectContaining({ code: 'EXTENSION_AFTER_DUE_DATE' }));
  });

  it('may be decided during a pause, when the due date is not yet reached', () => {
    const clock = clockOf(received, { type: 'consultationStarted', on: '2024-10-08', party: 'agency' }, extended('2024-10-25'));
    expect(clock).toMatchObject({ state: 'paused', replyDueOn: null, extension: { decidedOn: '2024-10-25' } });
  });

  it('is granted only once', () => {
    expect(() => clockOf(received, extended('2024-10-10', 10), extended('2024-10-15', 5))).toThrow(
      expect.objectContaining({
        code: 'EXTENSION_ALREADY_GRANTED',
        eventIndex: 2,
        message:
          'Art. 33: the reply period may be extended once; 10 working days were granted on 2024-10-10, so the extension of 2024-10-15 is refused',
      }),
    );
  });

  it('is at most 20 working days and at least 1', () => {
    for (const workingDays of [21, 0, -3, 2.5]) {
      expect(() => clockOf(received, extended('2024-10-10', workingDays))).toThrow(
        expect.objectContaining({ code: 'EXTENSION_OUT_OF_RANGE' }),
      );
    }
  });

  it('states its reason', () => {
    expect(() => clockOf(received, extended('2024-10-10', 10, ' '))).toThrow(expect.objectContaining({ code: 'EXTENSION_REASON_MISSING' }));
  });

  it('ends supplementation: no supplement can be requested after an extension', () => {
    expect(() => clockOf(received, extended('2024-09-23', 10), { type: 'supplementRequested', on: '2024-09-24' })).toThrow(
      expect.objectContaining({ code: 'SUPPLEMENT_AFTER_EXTENSION' }),
    );
  });
});
