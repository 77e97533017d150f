import { describe, expect, it } from 'vitest';
import { chineseDaysCalendar as calendar } from '../calendar/chinese-days-calendar';
import { computeRequestClock } from './compute-request-clock';
import { isOverdue, repliedOnTime } from './reply-timeliness';
import type { RequestClockEvent } from './request-clock-event';

const received: RequestClockEvent = { type: 'received', on: '2024-09-20' };
const clockOf = (...events: RequestClockEvent[]) => computeRequestClock(calendar, events);

describe('isOverdue', () => {
  it('is not overdue on the due date, and overdue the day after', () => {
    const clock = clockOf(received); // due 2024-10-23
    expect(isOverdue(clock, '2024-10-23')).toBe(false);
    expect(isOverdue(clock, '2024-10-24')).toBe(true);
  });

  it('is never overdue while the clock is paused or awaiting a supplement', () => {
    expect(isOverdue(clockOf(received, { type: 'consultationStarted', on: '2024-10-08', party: 'thirdParty' }), '2025-06-01')).toBe(false);
    expect(isOverdue(clockOf(received, { type: 'supplementRequested', on: '2024-09-23' }), '2025-06-01')).toBe(false);
  });

  it('stays overdue when the decision came late, and is not when it came in time', () => {
    expect(isOverdue(clockOf(received, { type: 'decided', on: '2024-11-01' }), '2024-11-01')).toBe(true);
    expect(isOverdue(clockOf(received, { type: 'decided', on: '2024-10-23' }), '2025-06-01')).toBe(false);
  });

  it('is not overdue once the application is withdrawn', () => {
    expect(isOverdue(clockOf(received, { type: 'withdrawn', on: '2024-10-01' }), '2025-06-01')).toBe(false);
  });
});

describe('repliedOnTime', () => {
  it('is unknown until the request is decided', () => {
    expect(repliedOnTime(clockOf(received))).toBeUndefined();
  });

  it('compares the decision with the reply due date, extension included', () => {
    expect(repliedOnTime(clockOf(received, { type: 'decided', on: '2024-10-23' }))).toBe(true);
    expect(repliedOnTime(clockOf(received, { type: 'decided', on: '2024-10-24' }))).toBe(false);
    const extended: RequestClockEvent = { type: 'extended', on: '2024-10-15', workingDays: 20, reason: 'volume' };
    expect(repliedOnTime(clockOf(received, extended, { type: 'decided', on: '2024-11-20' }))).toBe(true);
  });

  it('counts a decision taken while the clock was stopped as on time', () => {
    expect(repliedOnTime(clockOf(received, { type: 'supplementRequested', on: '2024-09-23' }, { type: 'decided', on: '2025-01-10' }))).toBe(
      true,
    );
  });
});
