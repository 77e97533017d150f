import { describe, expect, it } from 'vitest';
import { chineseDaysCalendar as calendar } from '../calendar/chinese-days-calendar';
import { countWorkingDays } from '../calendar/count-working-days';
import { layerCalendar } from '../calendar/layer-calendar';
import { parseCalendarLayer } from '../calendar/parse-calendar-layer';
import { computeRequestClock } from './compute-request-clock';
import type { RequestClockEvent } from './request-clock-event';

const received = (on: string): RequestClockEvent => ({ type: 'received', on });
const clockOf = (...events: RequestClockEvent[]) => computeRequestClock(calendar, events);

describe('computeRequestClock: the 20-working-day reply period (Art. 33)', () => {
  it('runs 20 working days from receipt: received 2024-09-20, due 2024-10-23', () => {
    expect(clockOf(received('2024-09-20'))).toEqual({
      receivedOn: '2024-09-20',
      startedOn: '2024-09-20',
      workingDays: 20,
      originalDueOn: '2024-10-23',
      replyDueOn: '2024-10-23',
      pauses: [],
      restarts: [],
      // 09-23…27 are 5, make-up Sun 09-29 is 6, Mon 09-30 is 7.
      supplementRequestDueOn: '2024-09-30',
      state: 'running',
      provisional: false,
      calendarVersion: calendar.version,
    });
  });

  it('counts the make-up Sunday as day 1: received 2025-09-26, due 2025-10-30', () => {
    expect(clockOf(received('2025-09-26')).replyDueOn).toBe('2025-10-30');
  });

  it('skips the Spring Festival: received 2025-01-20, due 2025-02-21', () => {
    expect(clockOf(received('2025-01-20')).replyDueOn).toBe('2025-02-21');
  });

  it('stops when the request is decided', () => {
    const clock = clockOf(received('2024-09-20'), { type: 'decided', on: '2024-10-10' });
    expect(clock).toMatchObject({ state: 'stopped', decidedOn: '2024-10-10', replyDueOn: '2024-10-23' });
  });
});

describe('computeRequestClock: supplementation (补正, Art. 30)', () => {
  const requested = { type: 'supplementRequested', on: '2025-03-05' } as const;

  it('has no due date while the supplement is awaited', () => {
    expect(clockOf(received('2025-03-03'), requested)).toMatchObject({
      state: 'awaitingSupplement',
      replyDueOn: null,
      originalDueOn: '2025-03-31',
    });
  });

  it('restarts the 20-day clock when the supplement arrives', () => {
    // Received Mon 2025-03-03, supplement arrives Fri 2025-03-14. From 03-14: 03-17…21 (5),
    // 03-24…28 (10), 03-31…04-03 (14), Qingming rest Fri 04-04…Sun 04-06, 04-07…11 (19),
    // Mon 04-14 (20).
    const clock = clockOf(received('2025-03-03'), requested, { type: 'supplementReceived', on: '2025-03-14' });
    expect(clock).toMatchObject({
      receivedOn: '2025-03-03',
      startedOn: '2025-03-14',
      originalDueOn: '2025-04-14',
      replyDueOn: '2025-04-14',
      restarts: [{ on: '2025-03-14', reason: 'supplementReceived' }],
      state: 'running',
    });
  });

  it('drops the pauses from before the restart', () => {
    const clock = clockOf(
      received('2025-03-03'),
      { type: 'consultationStarted', on: '2025-03-04', party: 'agency' },
      { type: 'consultationEnded', on: '2025-03-05' },
      requested,
      { type: 'supplementReceived', on: '2025-03-14' },
    );
    expect(clock.pauses).toEqual([]);
    expect(clock.consultationDueOn).toBeUndefined();
    expect(clock.replyDueOn).toBe('2025-04-14');
  });

  it('accepts a request on the 7th working day after receipt and refuses one on the 8th', () => {
    // Received Mon 2025-03-03: 03-04…07 and 03-10…12 are the 7 working days.
    expect(clockOf(received('2025-03-03'), { type: 'supplementRequested', on: '2025-03-12' }).state).toBe('awaitingSupplement');
    expect(() => clockOf(received('2025-03-03'), { type: 'supplementRequested', on: '2025-03-13' })).toThrow(
      expect.objectContaining({
        code: 'SUPPLEMENT_REQUEST_TOO_LATE',
        eventIndex: 1,
        message:
          'Art. 30: a supplement must be requested within 7 working days of receipt (2025-03-03), i.e. by 2025-03-12; it was requested on 2025-03-13',
      }),
    );
  });

  it('counts the 7 days with the holiday calendar: 2024-09-20 may be asked until 2024-09-30', () => {
    expect(() => clockOf(received('2024-09-20'), { type: 'supplementRequested', on: '2024-10-08' })).toThrow(
      /by 2024-09-30; it was requested on 2024-10-08/,
    );
  });

  it('refuses a second notice before the supplement arrives: every correction is listed at once', () => {
    expect(() => clockOf(received('2025-03-03'), requested, { type: 'supplementRequested', on: '2025-03-06' })).toThrow(
      expect.objectContaining({ code: 'SUPPLEMENT_ALREADY_REQUESTED' }),
    );
  });

  it('allows another request when the supplement leaves the content unclear, 7 working days from its arrival', () => {
    const events: RequestClockEvent[] = [received('2025-03-03'), requested, { type: 'supplementReceived', on: '2025-03-14' }];
    expect(clockOf(...events).supplementRequestDueOn).toBe('2025-03-25');
    const clock = clockOf(...events, { type: 'supplementRequested', on: '2025-03-25' }, { type: 'supplementReceived', on: '2025-04-01' });
    expect(clock.restarts.map((restart) => restart.on)).toEqual(['2025-03-14', '2025-04-01']);
    expect(clock.startedOn).toBe('2025-04-01');
  });

  it('refuses a supplement nobody asked for', () => {
    expect(() => clockOf(received('2025-03-03'), { type: 'supplementReceived', on: '2025-03-04' })).toThrow(
      expect.objectContaining({ code: 'SUPPLEMENT_NOT_REQUESTED' }),
    );
  });

  it('refuses consultations, fee notices and extensions while the supplement is awaited', () => {
    for (const event of [
      { type: 'consultationStarted', on: '2025-03-06', party: 'thirdParty' },
      { type: 'feeNoticeSent', on: '2025-03-06' },
      { type: 'extended', on: '2025-03-06', workingDays: 5, reason: 'volume' },
    ] as const) {
      expect(() => clockOf(received('2025-03-03'), requested, event)).toThrow(expect.objectContaining({ code: 'AWAITING_SUPPLEMENT' }));
    }
  });

  it('lets a request be decided while awaiting the supplement (deemed abandoned)', () => {
    expect(clockOf(received('2025-03-03'), requested, { type: 'decided', on: '2025-04-30' })).toMatchObject({
      state: 'stopped',
      replyDueOn: null,
    });
  });
});

describe('computeRequestClock: consultation (Arts. 32–34)', () => {
  const started = { type: 'consultationStarted', on: '2024-10-08', party: 'thirdParty' } as const;
  const ended = { type: 'consultationEnded', on: '2024-10-15', party: 'thirdParty' } as const;

  it('stops the clock while the consultee has the request, and says when the 15 days end', () => {
    // The consultee's 15: 10-09, 10-10, 10-11, Sat 10-12 (make-up), 10-14…18, 10-21…25, 10-28.
    expect(clockOf(received('2024-09-20'), started)).toMatchObject({
      state: 'paused',
      replyDueOn: null,
      pauses: [{ from: '2024-10-08', reason: 'thirdPartyConsultation' }],
      consultationDueOn: '2024-10-28',
    });
  });

  it('moves the due date by exactly the paused working days (Art. 33)', () => {
    const clock = clockOf(received('2024-09-20'), started, ended);
    // (10-08, 10-15] holds 10-09, 10-10, 10-11, Sat 10-12 (make-up), 10-14, 10-15: 6 working days,
    // so 2024-10-23 + 6 → 10-24, 10-25, 10-28, 10-29, 10-30, 10-31.
    expect(countWorkingDays(calendar, '2024-10-08', '2024-10-15').workingDays).toBe(6);
    expect(clock).toMatchObject({ state: 'running', originalDueOn: '2024-10-23', replyDueOn: '2024-10-31' });
    expect(countWorkingDays(calendar, clock.originalDueOn, clock.replyDueOn!).workingDays).toBe(6);
    expect(clock.pauses).toEqual([
      { from: '2024-10-08', to: '2024-10-15', until: '2024-10-28', endedBy: 'event', reason: 'thirdPartyConsultation' },
    ]);
  });

  it('Arts. 32, 34: ends the pause on its own when the 15 working days pass without an answer, and the clock runs again', () => {
    // Paused on the window's last day (10-28); from 10-29 the 15 paused working days move 10-23 to
    // 10-24, 25, 28, 29, 30, 31, 11-01, 04…08, 11, 12, 13.
    expect(computeRequestClock(calendar, [received('2024-09-20'), started], {}, '2024-10-28')).toMatchObject({
      state: 'paused',
      replyDueOn: null,
    });
    const resumed = computeRequestClock(calendar, [received('2024-09-20'), started], {}, '2024-10-29');
    expect(resumed).toMatchObject({ state: 'running', replyDueOn: '2024-11-13', consultationDueOn: '2024-10-28' });
    expect(resumed.pauses).toEqual([
      { from: '2024-10-08', to: '2024-10-28', until: '2024-10-28', endedBy: 'window', reason: 'thirdPartyConsultation' },
    ]);
  });

  it('Arts. 32, 33: excludes at most the window, however late the answer is recorded', () => {
    const clock = clockOf(received('2024-09-20'), started, { ...ended, on: '2024-12-02' });
    expect(clock).toMatchObject({ state: 'running', replyDueOn: '2024-11-13' });
    expect(clock.pauses[0]).toMatchObject({ to: '2024-10-28', endedBy: 'window' });
  });

  it('Art. 32: counts the 15 working days from the third party’s recorded receipt of the request', () => {
    // Received by the third party on Thu 10-10: 10-11, Sat 10-12 (make-up), 10-14…18, 10-21…25,
    // 10-28, 29, 30. The pause (10-08, 10-30] holds 17 working days: 10-23 + 17 → 2024-11-15.
    const delivered = { ...started, deliveredOn: '2024-10-10' };
    expect(clockOf(received('2024-09-20'), delivered)).toMatchObject({ consultationDueOn: '2024-10-30', state: 'paused' });
    expect(computeRequestClock(calendar, [received('2024-09-20'), delivered], {}, '2024-10-31')).toMatchObject({
      state: 'running',
      replyDueOn: '2024-11-15',
    });
    expect(() => clockOf(received('2024-09-20'), { ...started, deliveredOn: '2024-10-07' })).toThrow(
      expect.objectContaining({ code: 'DELIVERY_BEFORE_NOTICE' }),
    );
  });

  it('runs consultations of a third party and an agency side by side', () => {
    const clock = clockOf(received('2024-09-20'), started, { type: 'consultationStarted', on: '2024-10-10', party: 'agency' }, ended, {
      type: 'consultationEnded',
      on: '2024-10-18',
      party: 'agency',
    });
    // Paused (10-08, 10-18]: 10-09…11, 10-12, 10-14…18 = 9 working days after 10-23.
    expect(clock.replyDueOn).toBe('2024-11-05');
    expect(clock.consultationDueOn).toBe('2024-10-30');
  });

  it('needs the party when several consultations are open', () => {
    expect(() =>
      clockOf(
        received('2024-09-20'),
        started,
        { type: 'consultationStarted', on: '2024-10-10', party: 'agency' },
        { type: 'consultationEnded', on: '2024-10-15' },
      ),
    ).toThrow(expect.objectContaining({ code: 'CONSULTATION_AMBIGUOUS' }));
  });

  it('refuses a consultation that ends without having started', () => {
    expect(() => clockOf(received('2024-09-20'), ended)).toThrow(
      expect.objectContaining({
        code: 'CONSULTATION_NOT_STARTED',
        message: 'Art. 33: a consultation of the thirdParty ended on 2024-10-15 but none was open',
      }),
    );
  });

  it('refuses a second consultation of the same party while one is open', () => {
    expect(() => clockOf(received('2024-09-20'), started, { ...started, on: '2024-10-09' })).toThrow(
      expect.objectContaining({ code: 'CONSULTATION_ALREADY_STARTED' }),
    );
  });
});

describe('computeRequestClock: processing-fee wait (国办函〔2020〕109号, unverified)', () => {
  const events: RequestClockEvent[] = [
    received('2024-09-20'),
    { type: 'feeNoticeSent', on: '2024-10-08' },
    { type: 'feePaid', on: '2024-10-15' },
  ];

  it('pauses from the notice to the payment by default', () => {
    expect(computeRequestClock(calendar, events)).toMatchObject({
      replyDueOn: '2024-10-31',
      pauses: [{ from: '2024-10-08', to: '2024-10-15', reason: 'feeNotice' }],
    });
  });

  it('keeps running when the operator turns the rule off', () => {
    expect(computeRequestClock(calendar, events, { feePaymentPausesClock: false })).toMatchObject({ replyDueOn: '2024-10-23', pauses: [] });
  });

  it('refuses a payment without a notice and a second notice while one is unpaid', () => {
    expect(() => clockOf(received('2024-09-20'), { type: 'feePaid', on: '2024-10-08' })).toThrow(
      expect.objectContaining({ code: 'FEE_NOT_NOTIFIED' }),
    );
    expect(() => clockOf(...events.slice(0, 2), { type: 'feeNoticeSent', on: '2024-10-09' })).toThrow(
      expect.objectContaining({ code: 'FEE_NOTICE_ALREADY_SENT' }),
    );
  });
});

describe('computeRequestClock: years the calendar does not cover', () => {
  it('is provisional past 2026, and firm once the operator adds the year', () => {
    // 2026-12-15 + 20 reaches January 2027, counted Monday–Friday until a schedule exists.
    // New Year's Day rests even before the 2027 schedule exists.
    expect(clockOf(received('2026-12-15'))).toMatchObject({ replyDueOn: '2027-01-13', provisional: true });
    const layer2027 = parseCalendarLayer(
      { format: 'gongkai-calendar-layer/1', years: { '2027': { restDays: ['2027-01-01'], makeUpWorkDays: [] } } },
      'hypothetical-2027.json', // made-up, not the State Council's schedule
    );
    const withYear = layerCalendar(calendar, layer2027);
    expect(computeRequestClock(withYear, [received('2026-12-15')])).toMatchObject({
      replyDueOn: '2027-01-13',
      provisional: false,
      calendarVersion: withYear.version,
    });
  });

  it('is provisional when only a consultee deadline reaches the uncovered year', () => {
    const clock = clockOf(
      received('2026-12-01'),
      { type: 'consultationStarted', on: '2026-12-20', party: 'thirdParty' },
      { type: 'consultationEnded', on: '2026-12-21' },
    );
    // Reply due 2026-12-30 (one day paused), but the consultee's 15 from Sun 12-20 run
    // 12-21…25, 12-28…31, then (New Year's Day resting) 2027-01-04…08 and Mon 01-11 by the weekday fallback.
    expect(clock).toMatchObject({ replyDueOn: '2026-12-30', consultationDueOn: '2027-01-11', provisional: true });
  });
});

describe('computeRequestClock: deferred reply (延迟答复, Art. 35)', () => {
  const deferred = { type: 'deferred', on: '2024-10-21', until: '2024-12-20', reason: '申请数量明显超过合理范围，理由合理' } as const;

  it('Art. 35: replaces the due date with the deferred date notified to the applicant', () => {
    const clock = clockOf(received('2024-09-20'), deferred);
    expect(clock).toMatchObject({ originalDueOn: '2024-10-23', replyDueOn: '2024-12-20', deferral: { decidedOn: '2024-10-21' } });
    expect(clockOf(received('2024-09-20'), deferred, { type: 'decided', on: '2024-12-18' })).toMatchObject({ state: 'stopped' });
  });

  it('Art. 35: is decided by the due date, to a later date, once, and not extended afterwards', () => {
    expect(() => clockOf(received('2024-09-20'), { ...deferred, on: '2024-10-24' })).toThrow(
      expect.objectContaining({ code: 'DEFERRAL_AFTER_DUE_DATE' }),
    );
    expect(() => clockOf(received('2024-09-20'), { ...deferred, until: '2024-10-23' })).toThrow(
      expect.objectContaining({ code: 'DEFERRAL_NOT_LATER' }),
    );
    expect(() => clockOf(received('2024-09-20'), deferred, { ...deferred, on: '2024-10-22' })).toThrow(
      expect.objectContaining({ code: 'REPLY_DEFERRED' }),
    );
    expect(() => clockOf(received('2024-09-20'), deferred, { type: 'extended', on: '2024-10-22', workingDays: 5, reason: '延期' })).toThrow(
      expect.objectContaining({ code: 'REPLY_DEFERRED' }),
    );
  });
});

describe('computeRequestClock: a decision corrected by reconsideration or litigation', () => {
  const log: RequestClockEvent[] = [
    received('2024-09-20'),
    { type: 'decided', on: '2024-10-10' },
    { type: 'remedyFiled', on: '2024-11-01' },
    { type: 'remedyDecided', on: '2025-01-06', result: 'corrected' },
  ];

  it('reopens the request with 20 working days from the correction, Spring Festival 2025 counted as published', () => {
    // From Mon 2025-01-06: 7–10 (4), 13–17 (9), 20–24 (14), make-up Sun 26 (15), 27 (16), rest 28 January
    // to 4 February, 5–7 (19), make-up Sat 8 February (20).
    expect(clockOf(...log)).toMatchObject({
      state: 'running',
      decidedOn: '2024-10-10',
      reopened: { on: '2025-01-06', dueOn: '2025-02-08' },
    });
    expect(clockOf(...log, { type: 'reDecided', on: '2025-02-07' })).toMatchObject({
      state: 'stopped',
      reopened: { on: '2025-01-06', dueOn: '2025-02-08', decidedOn: '2025-02-07' },
    });
  });

  it('takes a new reply only after a correction, and nothing else while reopened', () => {
    expect(() => clockOf(received('2024-09-20'), { type: 'decided', on: '2024-10-10' }, { type: 'reDecided', on: '2024-10-11' })).toThrow(
      expect.objectContaining({ code: 'NOT_REOPENED' }),
    );
    expect(() =>
      clockOf(
        received('2024-09-20'),
        { type: 'decided', on: '2024-10-10' },
        { type: 'remedyDecided', on: '2025-01-06', result: 'upheld' },
        {
          type: 'reDecided',
          on: '2025-01-07',
        },
      ),
    ).toThrow(expect.objectContaining({ code: 'NOT_REOPENED' }));
    expect(() => clockOf(...log, { type: 'extended', on: '2025-01-07', workingDays: 5, reason: '延期' })).toThrow(
      expect.objectContaining({ code: 'ALREADY_DECIDED' }),
    );
  });
});
